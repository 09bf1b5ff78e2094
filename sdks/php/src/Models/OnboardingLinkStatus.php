<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Models;

/**
 * `pending`: usable (`failure` holds the IRP's last refusal, if any). `connected`: the IRP
 * accepted the user and it is stored (the link is spent). `failed`: 5 attempts were refused.
 * `expired`: not used before `expires_at`. `revoked`: by `revokeOnboardingLink`, or replaced by a
 * newer link for the GSTIN.
 *
 * Open enum: values are plain strings; a value this SDK version does not list is kept as is (isKnown() is false).
 */
final class OnboardingLinkStatus
{
    public const PENDING = 'pending';
    public const CONNECTED = 'connected';
    public const FAILED = 'failed';
    public const EXPIRED = 'expired';
    public const REVOKED = 'revoked';

    public const VALUES = [
        self::PENDING,
        self::CONNECTED,
        self::FAILED,
        self::EXPIRED,
        self::REVOKED,
    ];

    public static function isKnown(?string $value): bool
    {
        return in_array($value, self::VALUES, true);
    }
}
