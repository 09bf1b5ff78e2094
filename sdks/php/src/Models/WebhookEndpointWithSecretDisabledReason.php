<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Models;

/**
 * Why it is disabled: `manual` (through the API) or `failing` (automatically, after every attempt
 * failed for the configured period, 5 days by default). Null when enabled.
 *
 * Open enum: values are plain strings; a value this SDK version does not list is kept as is (isKnown() is false).
 */
final class WebhookEndpointWithSecretDisabledReason
{
    public const MANUAL = 'manual';
    public const FAILING = 'failing';

    public const VALUES = [
        self::MANUAL,
        self::FAILING,
    ];

    public static function isKnown(?string $value): bool
    {
        return in_array($value, self::VALUES, true);
    }
}
