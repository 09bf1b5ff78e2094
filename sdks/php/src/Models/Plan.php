<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Models;

/**
 * Rate-limit plan: `developer` 10 requests/s, `standard` 100 requests/s, `custom` as agreed.
 *
 * Open enum: values are plain strings; a value this SDK version does not list is kept as is (isKnown() is false).
 */
final class Plan
{
    public const DEVELOPER = 'developer';
    public const STANDARD = 'standard';
    public const CUSTOM = 'custom';

    public const VALUES = [
        self::DEVELOPER,
        self::STANDARD,
        self::CUSTOM,
    ];

    public static function isKnown(?string $value): bool
    {
        return in_array($value, self::VALUES, true);
    }
}
