<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Models;

/**
 * Why Part-B changes (NIC `reasonCode`): `1` breakdown, `2` transshipment, `3` others, `4` first
 * time.
 *
 * Open enum: values are plain strings; a value this SDK version does not list is kept as is (isKnown() is false).
 */
final class VehicleUpdateReason
{
    public const BREAKDOWN = '1';
    public const TRANSSHIPMENT = '2';
    public const OTHERS = '3';
    public const FIRST_TIME = '4';

    public const VALUES = [
        self::BREAKDOWN,
        self::TRANSSHIPMENT,
        self::OTHERS,
        self::FIRST_TIME,
    ];

    public static function isKnown(?string $value): bool
    {
        return in_array($value, self::VALUES, true);
    }
}
