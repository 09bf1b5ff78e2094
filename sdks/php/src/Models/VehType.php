<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Models;

/**
 * `R` regular, `O` over-dimensional cargo.
 *
 * Open enum: values are plain strings; a value this SDK version does not list is kept as is (isKnown() is false).
 */
final class VehType
{
    public const REGULAR = 'R';
    public const OVER_DIMENSIONAL_CARGO = 'O';

    public const VALUES = [
        self::REGULAR,
        self::OVER_DIMENSIONAL_CARGO,
    ];

    public static function isKnown(?string $value): bool
    {
        return in_array($value, self::VALUES, true);
    }
}
