<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Models;

/**
 * `pending` sent to the IRP, answer awaited; `queued` waiting for a GSP to recover; `generated`
 * IRN issued; `failed` refused (see `gstn_errors`); `cancelled` IRN cancelled. New states may be
 * added; treat unknown values as `pending`.
 *
 * Open enum: values are plain strings; a value this SDK version does not list is kept as is (isKnown() is false).
 */
final class DocumentStatus
{
    public const PENDING = 'pending';
    public const QUEUED = 'queued';
    public const GENERATED = 'generated';
    public const FAILED = 'failed';
    public const CANCELLED = 'cancelled';

    public const VALUES = [
        self::PENDING,
        self::QUEUED,
        self::GENERATED,
        self::FAILED,
        self::CANCELLED,
    ];

    public static function isKnown(?string $value): bool
    {
        return in_array($value, self::VALUES, true);
    }
}
