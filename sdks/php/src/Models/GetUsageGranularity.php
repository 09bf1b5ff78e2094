<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Models;

/** Open enum: values are plain strings; a value this SDK version does not list is kept as is (isKnown() is false). */
final class GetUsageGranularity
{
    public const DAY = 'day';
    public const MONTH = 'month';

    public const VALUES = [
        self::DAY,
        self::MONTH,
    ];

    public static function isKnown(?string $value): bool
    {
        return in_array($value, self::VALUES, true);
    }
}
