<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Models;

/** Open enum: values are plain strings; a value this SDK version does not list is kept as is (isKnown() is false). */
final class AuditEventType
{
    public const GSTIN_REGISTERED = 'gstin.registered';
    public const GSTIN_UPDATED = 'gstin.updated';
    public const GSTIN_DELETED = 'gstin.deleted';
    public const CREDENTIAL_CREATED = 'credential.created';
    public const CREDENTIAL_REVOKED = 'credential.revoked';
    public const CREDENTIAL_SECRET_ADDED = 'credential.secret_added';
    public const CREDENTIAL_SECRET_REVOKED = 'credential.secret_revoked';
    public const AUTH_FAILED = 'auth.failed';
    public const AUTH_FORBIDDEN = 'auth.forbidden';
    public const WEBHOOK_ENDPOINT_SECRET_ROTATED = 'webhook_endpoint.secret_rotated';
    public const WEBHOOK_ENDPOINT_DISABLED = 'webhook_endpoint.disabled';
    public const ONBOARDING_LINK_CREATED = 'onboarding_link.created';
    public const ONBOARDING_LINK_CONNECTED = 'onboarding_link.connected';
    public const ONBOARDING_LINK_FAILED = 'onboarding_link.failed';
    public const ONBOARDING_LINK_REVOKED = 'onboarding_link.revoked';
    public const TENANT_CREATED = 'tenant.created';
    public const TENANT_UPDATED = 'tenant.updated';
    public const API_KEY_CREATED = 'api_key.created';
    public const API_KEY_ROLLED = 'api_key.rolled';
    public const API_KEY_REVOKED = 'api_key.revoked';

    public const VALUES = [
        self::GSTIN_REGISTERED,
        self::GSTIN_UPDATED,
        self::GSTIN_DELETED,
        self::CREDENTIAL_CREATED,
        self::CREDENTIAL_REVOKED,
        self::CREDENTIAL_SECRET_ADDED,
        self::CREDENTIAL_SECRET_REVOKED,
        self::AUTH_FAILED,
        self::AUTH_FORBIDDEN,
        self::WEBHOOK_ENDPOINT_SECRET_ROTATED,
        self::WEBHOOK_ENDPOINT_DISABLED,
        self::ONBOARDING_LINK_CREATED,
        self::ONBOARDING_LINK_CONNECTED,
        self::ONBOARDING_LINK_FAILED,
        self::ONBOARDING_LINK_REVOKED,
        self::TENANT_CREATED,
        self::TENANT_UPDATED,
        self::API_KEY_CREATED,
        self::API_KEY_ROLLED,
        self::API_KEY_REVOKED,
    ];

    public static function isKnown(?string $value): bool
    {
        return in_array($value, self::VALUES, true);
    }
}
