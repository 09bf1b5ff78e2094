<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Models;

/**
 * `1` natural calamity, `2` law and order, `4` transshipment, `5` accident, `99` others.
 *
 * Open enum: values are plain strings; a value this SDK version does not list is kept as is (isKnown() is false).
 */
final class ExtendEwbRequestExtnRsnCode
{
    public const V1 = '1';
    public const V2 = '2';
    public const V4 = '4';
    public const V5 = '5';
    public const V99 = '99';

    public const VALUES = [
        self::V1,
        self::V2,
        self::V4,
        self::V5,
        self::V99,
    ];

    public static function isKnown(?string $value): bool
    {
        return in_array($value, self::VALUES, true);
    }
}
