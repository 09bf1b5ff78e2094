<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Models;

/**
 * `M` in movement, `T` in transit.
 *
 * Open enum: values are plain strings; a value this SDK version does not list is kept as is (isKnown() is false).
 */
final class ConsignmentStatus
{
    public const IN_MOVEMENT = 'M';
    public const IN_TRANSIT = 'T';

    public const VALUES = [
        self::IN_MOVEMENT,
        self::IN_TRANSIT,
    ];

    public static function isKnown(?string $value): bool
    {
        return in_array($value, self::VALUES, true);
    }
}
