<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Models;

/**
 * `irn:write`, `ewb:write`, `notes:write` or `read`.
 *
 * Open enum: values are plain strings; a value this SDK version does not list is kept as is (isKnown() is false).
 */
final class Scope
{
    public const IRN_WRITE = 'irn:write';
    public const EWB_WRITE = 'ewb:write';
    public const NOTES_WRITE = 'notes:write';
    public const READ = 'read';

    public const VALUES = [
        self::IRN_WRITE,
        self::EWB_WRITE,
        self::NOTES_WRITE,
        self::READ,
    ];

    public static function isKnown(?string $value): bool
    {
        return in_array($value, self::VALUES, true);
    }
}
