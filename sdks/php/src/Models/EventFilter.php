<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Models;

/**
 * An event type, or `*` for all of them.
 *
 * Open enum: values are plain strings; a value this SDK version does not list is kept as is (isKnown() is false).
 */
final class EventFilter
{
    public const EMPTY = '*';
    public const IRN_GENERATED = 'irn.generated';
    public const IRN_FAILED = 'irn.failed';
    public const IRN_CANCELLED = 'irn.cancelled';
    public const NOTE_GENERATED = 'note.generated';
    public const EWB_GENERATED = 'ewb.generated';
    public const EWB_VEHICLE_UPDATED = 'ewb.vehicle_updated';
    public const EWB_EXTENDED = 'ewb.extended';
    public const EWB_CANCELLED = 'ewb.cancelled';
    public const BULK_COMPLETED = 'bulk.completed';
    public const WEBHOOK_ENDPOINT_DISABLED = 'webhook_endpoint.disabled';

    public const VALUES = [
        self::EMPTY,
        self::IRN_GENERATED,
        self::IRN_FAILED,
        self::IRN_CANCELLED,
        self::NOTE_GENERATED,
        self::EWB_GENERATED,
        self::EWB_VEHICLE_UPDATED,
        self::EWB_EXTENDED,
        self::EWB_CANCELLED,
        self::BULK_COMPLETED,
        self::WEBHOOK_ENDPOINT_DISABLED,
    ];

    public static function isKnown(?string $value): bool
    {
        return in_array($value, self::VALUES, true);
    }
}
