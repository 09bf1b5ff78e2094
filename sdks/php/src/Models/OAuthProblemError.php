<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Models;

/** Open enum: values are plain strings; a value this SDK version does not list is kept as is (isKnown() is false). */
final class OAuthProblemError
{
    public const INVALID_REQUEST = 'invalid_request';
    public const INVALID_CLIENT = 'invalid_client';
    public const INVALID_GRANT = 'invalid_grant';
    public const UNAUTHORIZED_CLIENT = 'unauthorized_client';
    public const UNSUPPORTED_GRANT_TYPE = 'unsupported_grant_type';
    public const INVALID_SCOPE = 'invalid_scope';

    public const VALUES = [
        self::INVALID_REQUEST,
        self::INVALID_CLIENT,
        self::INVALID_GRANT,
        self::UNAUTHORIZED_CLIENT,
        self::UNSUPPORTED_GRANT_TYPE,
        self::INVALID_SCOPE,
    ];

    public static function isKnown(?string $value): bool
    {
        return in_array($value, self::VALUES, true);
    }
}
