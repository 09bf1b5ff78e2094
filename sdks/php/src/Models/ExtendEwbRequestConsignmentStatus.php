<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Models;

/**
 * `M` in movement, `T` in transit.
 *
 * Open enum: values are plain strings; a value this SDK version does not list is kept as is (isKnown() is false).
 */
final class ExtendEwbRequestConsignmentStatus
{
    public const M = 'M';
    public const T = 'T';

    public const VALUES = [
        self::M,
        self::T,
    ];

    public static function isKnown(?string $value): bool
    {
        return in_array($value, self::VALUES, true);
    }
}
