<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Models;

/**
 * `CRN` credit note, `DBN` debit note.
 *
 * Open enum: values are plain strings; a value this SDK version does not list is kept as is (isKnown() is false).
 */
final class NoteRequestDocDtlsTyp
{
    public const CRN = 'CRN';
    public const DBN = 'DBN';

    public const VALUES = [
        self::CRN,
        self::DBN,
    ];

    public static function isKnown(?string $value): bool
    {
        return in_array($value, self::VALUES, true);
    }
}
