<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Models;

/**
 * With `T`: `R` road, `W` warehouse, `O` others.
 *
 * Open enum: values are plain strings; a value this SDK version does not list is kept as is (isKnown() is false).
 */
final class ExtendEwbRequestTransitType
{
    public const R = 'R';
    public const W = 'W';
    public const O = 'O';

    public const VALUES = [
        self::R,
        self::W,
        self::O,
    ];

    public static function isKnown(?string $value): bool
    {
        return in_array($value, self::VALUES, true);
    }
}
