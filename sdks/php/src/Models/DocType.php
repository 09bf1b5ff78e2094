<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Models;

/**
 * `INV` invoice, `CRN` credit note, `DBN` debit note.
 *
 * Open enum: values are plain strings; a value this SDK version does not list is kept as is (isKnown() is false).
 */
final class DocType
{
    public const INV = 'INV';
    public const CRN = 'CRN';
    public const DBN = 'DBN';

    public const VALUES = [
        self::INV,
        self::CRN,
        self::DBN,
    ];

    public static function isKnown(?string $value): bool
    {
        return in_array($value, self::VALUES, true);
    }
}
