<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Models;

/** Open enum: values are plain strings; a value this SDK version does not list is kept as is (isKnown() is false). */
final class UpstreamAttemptOutcome
{
    public const SUCCESS = 'success';
    public const NIC_ERROR = 'nic_error';
    public const TIMEOUT = 'timeout';
    public const CONNECTION_ERROR = 'connection_error';
    public const HTTP_ERROR = 'http_error';
    public const CIRCUIT_OPEN = 'circuit_open';
    public const RECONCILED = 'reconciled';

    public const VALUES = [
        self::SUCCESS,
        self::NIC_ERROR,
        self::TIMEOUT,
        self::CONNECTION_ERROR,
        self::HTTP_ERROR,
        self::CIRCUIT_OPEN,
        self::RECONCILED,
    ];

    public static function isKnown(?string $value): bool
    {
        return in_array($value, self::VALUES, true);
    }
}
