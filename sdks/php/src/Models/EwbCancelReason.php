<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Models;

/**
 * Why an e-way bill is cancelled (NIC `cancelRsnCode`): `1` duplicate, `2` order cancelled, `3`
 * data entry mistake, `4` others.
 *
 * Open enum: values are plain strings; a value this SDK version does not list is kept as is (isKnown() is false).
 */
final class EwbCancelReason
{
    public const DUPLICATE = '1';
    public const ORDER_CANCELLED = '2';
    public const DATA_ENTRY_MISTAKE = '3';
    public const OTHERS = '4';

    public const VALUES = [
        self::DUPLICATE,
        self::ORDER_CANCELLED,
        self::DATA_ENTRY_MISTAKE,
        self::OTHERS,
    ];

    public static function isKnown(?string $value): bool
    {
        return in_array($value, self::VALUES, true);
    }
}
