<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Models;

/**
 * `sandbox` routes to the built-in IRP simulator; `production` to the configured GSPs.
 *
 * Open enum: values are plain strings; a value this SDK version does not list is kept as is (isKnown() is false).
 */
final class Environment
{
    public const SANDBOX = 'sandbox';
    public const PRODUCTION = 'production';

    public const VALUES = [
        self::SANDBOX,
        self::PRODUCTION,
    ];

    public static function isKnown(?string $value): bool
    {
        return in_array($value, self::VALUES, true);
    }
}
