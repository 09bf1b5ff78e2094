<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Models;

/**
 * `refused`: the route refused this login on a document's call and is unusable for the GSTIN until
 * the users are replaced.
 *
 * Open enum: values are plain strings; a value this SDK version does not list is kept as is (isKnown() is false).
 */
final class GspRouteUserStatus
{
    public const ACTIVE = 'active';
    public const REFUSED = 'refused';

    public const VALUES = [
        self::ACTIVE,
        self::REFUSED,
    ];

    public static function isKnown(?string $value): bool
    {
        return in_array($value, self::VALUES, true);
    }
}
