<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Models;

/**
 * `operational`, `degraded` (slow or failing some calls), `down`. New values may be added.
 *
 * Open enum: values are plain strings; a value this SDK version does not list is kept as is (isKnown() is false).
 */
final class HealthState
{
    public const OPERATIONAL = 'operational';
    public const DEGRADED = 'degraded';
    public const DOWN = 'down';

    public const VALUES = [
        self::OPERATIONAL,
        self::DEGRADED,
        self::DOWN,
    ];

    public static function isKnown(?string $value): bool
    {
        return in_array($value, self::VALUES, true);
    }
}
