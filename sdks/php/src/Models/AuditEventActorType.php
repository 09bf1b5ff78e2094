<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Models;

/**
 * `system`: the server itself (e.g. an endpoint disabled after failing).
 *
 * Open enum: values are plain strings; a value this SDK version does not list is kept as is (isKnown() is false).
 */
final class AuditEventActorType
{
    public const API_KEY = 'api_key';
    public const CLIENT = 'client';
    public const ANONYMOUS = 'anonymous';
    public const SYSTEM = 'system';

    public const VALUES = [
        self::API_KEY,
        self::CLIENT,
        self::ANONYMOUS,
        self::SYSTEM,
    ];

    public static function isKnown(?string $value): bool
    {
        return in_array($value, self::VALUES, true);
    }
}
