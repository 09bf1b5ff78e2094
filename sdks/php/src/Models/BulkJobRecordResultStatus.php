<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Models;

/** Open enum: values are plain strings; a value this SDK version does not list is kept as is (isKnown() is false). */
final class BulkJobRecordResultStatus
{
    public const PENDING = 'pending';
    public const GENERATED = 'generated';
    public const REPLAYED = 'replayed';
    public const QUEUED = 'queued';
    public const FAILED = 'failed';

    public const VALUES = [
        self::PENDING,
        self::GENERATED,
        self::REPLAYED,
        self::QUEUED,
        self::FAILED,
    ];

    public static function isKnown(?string $value): bool
    {
        return in_array($value, self::VALUES, true);
    }
}
