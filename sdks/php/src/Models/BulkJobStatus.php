<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Models;

/**
 * `queued`: waiting for a server to (re)start it; `running`: a server is relaying its records (or
 * will resume them after a restart); `completed`: every record has an outcome.
 *
 * Open enum: values are plain strings; a value this SDK version does not list is kept as is (isKnown() is false).
 */
final class BulkJobStatus
{
    public const QUEUED = 'queued';
    public const RUNNING = 'running';
    public const COMPLETED = 'completed';

    public const VALUES = [
        self::QUEUED,
        self::RUNNING,
        self::COMPLETED,
    ];

    public static function isKnown(?string $value): bool
    {
        return in_array($value, self::VALUES, true);
    }
}
