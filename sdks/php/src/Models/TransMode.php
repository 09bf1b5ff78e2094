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
    public const V1 = '1';
    public const V2 = '2';
    public const V3 = '3';
    public const V4 = '4';

    public const VALUES = [
        self::V1,
        self::V2,
        self::V3,
        self::V4,
    ];

    public static function isKnown(?string $value): bool
    {
        return in_array($value, self::VALUES, true);
    }
}
