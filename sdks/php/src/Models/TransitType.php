<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Models;

/**
 * Where goods in transit are (with `consignmentStatus` `T`): `R` road, `W` warehouse, `O` others.
 *
 * Open enum: values are plain strings; a value this SDK version does not list is kept as is (isKnown() is false).
 */
final class TransitType
{
    public const ROAD = 'R';
    public const WAREHOUSE = 'W';
    public const OTHERS = 'O';

    public const VALUES = [
        self::ROAD,
        self::WAREHOUSE,
        self::OTHERS,
    ];

    public static function isKnown(?string $value): bool
    {
        return in_array($value, self::VALUES, true);
    }
}
