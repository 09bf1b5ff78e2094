<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Models;

/** Open enum: values are plain strings; a value this SDK version does not list is kept as is (isKnown() is false). */
final class SandboxFaultMode
{
    public const DUPLICATE = 'duplicate';
    public const IRN_EXPIRED = 'irn_expired';
    public const TIMEOUT_AFTER_COMMIT = 'timeout_after_commit';
    public const GSP_OUTAGE = 'gsp_outage';
    public const NIC_ERROR = 'nic_error';

    public const VALUES = [
        self::DUPLICATE,
        self::IRN_EXPIRED,
        self::TIMEOUT_AFTER_COMMIT,
        self::GSP_OUTAGE,
        self::NIC_ERROR,
    ];

    public static function isKnown(?string $value): bool
    {
        return in_array($value, self::VALUES, true);
    }
}
