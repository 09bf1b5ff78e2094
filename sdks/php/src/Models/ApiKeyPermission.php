<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Models;

/**
 * `read`: every GET of account-level operations. `documents`: read, and create OAuth credentials
 * and their secrets. `admin`: everything account-level (tenants only when the key is not bound to
 * one).
 *
 * Open enum: values are plain strings; a value this SDK version does not list is kept as is (isKnown() is false).
 */
final class ApiKeyPermission
{
    public const READ = 'read';
    public const DOCUMENTS = 'documents';
    public const ADMIN = 'admin';

    public const VALUES = [
        self::READ,
        self::DOCUMENTS,
        self::ADMIN,
    ];

    public static function isKnown(?string $value): bool
    {
        return in_array($value, self::VALUES, true);
    }
}
