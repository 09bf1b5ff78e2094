<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Models;

/**
 * `disabled`: no new deliveries; pending ones wait until it is enabled again. Same as `enabled`.
 *
 * Open enum: values are plain strings; a value this SDK version does not list is kept as is (isKnown() is false).
 */
final class WebhookEndpointStatus
{
    public const ENABLED = 'enabled';
    public const DISABLED = 'disabled';

    public const VALUES = [
        self::ENABLED,
        self::DISABLED,
    ];

    public static function isKnown(?string $value): bool
    {
        return in_array($value, self::VALUES, true);
    }
}
