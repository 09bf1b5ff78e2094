<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Models;

/**
 * Why validity is extended (NIC `extnRsnCode`): `1` natural calamity, `2` law and order, `4`
 * transshipment, `5` accident, `99` others.
 *
 * Open enum: values are plain strings; a value this SDK version does not list is kept as is (isKnown() is false).
 */
final class ExtensionReason
{
    public const NATURAL_CALAMITY = '1';
    public const LAW_AND_ORDER = '2';
    public const TRANSSHIPMENT = '4';
    public const ACCIDENT = '5';
    public const OTHERS = '99';

    public const VALUES = [
        self::NATURAL_CALAMITY,
        self::LAW_AND_ORDER,
        self::TRANSSHIPMENT,
        self::ACCIDENT,
        self::OTHERS,
    ];

    public static function isKnown(?string $value): bool
    {
        return in_array($value, self::VALUES, true);
    }
}
