<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Models;

/**
 * Supply type. `B2B`; `SEZWP`/`SEZWOP` supply to SEZ with/without payment; `EXPWP`/`EXPWOP` export
 * with/without payment; `DEXP` deemed export.
 *
 * Open enum: values are plain strings; a value this SDK version does not list is kept as is (isKnown() is false).
 */
final class TranDtlsSupTyp
{
    public const B2_B = 'B2B';
    public const SEZWP = 'SEZWP';
    public const SEZWOP = 'SEZWOP';
    public const EXPWP = 'EXPWP';
    public const EXPWOP = 'EXPWOP';
    public const DEXP = 'DEXP';

    public const VALUES = [
        self::B2_B,
        self::SEZWP,
        self::SEZWOP,
        self::EXPWP,
        self::EXPWOP,
        self::DEXP,
    ];

    public static function isKnown(?string $value): bool
    {
        return in_array($value, self::VALUES, true);
    }
}
