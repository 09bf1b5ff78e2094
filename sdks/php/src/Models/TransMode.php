<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Models;

/**
 * `1` road, `2` rail, `3` air, `4` ship.
 *
 * Open enum: values are plain strings; a value this SDK version does not list is kept as is (isKnown() is false).
 */
final class TransMode
{
    public const ROAD = '1';
    public const RAIL = '2';
    public const AIR = '3';
    public const SHIP = '4';

    public const VALUES = [
        self::ROAD,
        self::RAIL,
        self::AIR,
        self::SHIP,
    ];

    public static function isKnown(?string $value): bool
    {
        return in_array($value, self::VALUES, true);
    }
}
