<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Models;

/**
 * `part_a` generated without vehicle (no validity yet); `active`; `cancelled`; `expired`.
 *
 * Open enum: values are plain strings; a value this SDK version does not list is kept as is (isKnown() is false).
 */
final class EwbStatus
{
    public const PART_A = 'part_a';
    public const ACTIVE = 'active';
    public const CANCELLED = 'cancelled';
    public const EXPIRED = 'expired';

    public const VALUES = [
        self::PART_A,
        self::ACTIVE,
        self::CANCELLED,
        self::EXPIRED,
    ];

    public static function isKnown(?string $value): bool
    {
        return in_array($value, self::VALUES, true);
    }
}
