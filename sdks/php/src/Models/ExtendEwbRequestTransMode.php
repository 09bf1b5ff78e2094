<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Models;

/**
 * `5` in transit (with `consignmentStatus` `T`).
 *
 * Open enum: values are plain strings; a value this SDK version does not list is kept as is (isKnown() is false).
 */
final class ExtendEwbRequestTransMode
{
    public const V1 = '1';
    public const V2 = '2';
    public const V3 = '3';
    public const V4 = '4';
    public const V5 = '5';

    public const VALUES = [
        self::V1,
        self::V2,
        self::V3,
        self::V4,
        self::V5,
    ];

    public static function isKnown(?string $value): bool
    {
        return in_array($value, self::VALUES, true);
    }
}
