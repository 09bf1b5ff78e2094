<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Models;

/**
 * `pending` waiting for its next attempt; `succeeded`; `dead` the whole schedule failed
 * (dead-letter queue).
 *
 * Open enum: values are plain strings; a value this SDK version does not list is kept as is (isKnown() is false).
 */
final class DeliveryStatus
{
    public const PENDING = 'pending';
    public const SUCCEEDED = 'succeeded';
    public const DEAD = 'dead';

    public const VALUES = [
        self::PENDING,
        self::SUCCEEDED,
        self::DEAD,
    ];

    public static function isKnown(?string $value): bool
    {
        return in_array($value, self::VALUES, true);
    }
}
