<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Models;

/**
 * `ready`: the GSTINs run at `frozen_time`. `advancing` is reserved for an advance that is still
 * being applied.
 *
 * Open enum: values are plain strings; a value this SDK version does not list is kept as is (isKnown() is false).
 */
final class TestClockStatus
{
    public const READY = 'ready';
    public const ADVANCING = 'advancing';

    public const VALUES = [
        self::READY,
        self::ADVANCING,
    ];

    public static function isKnown(?string $value): bool
    {
        return in_array($value, self::VALUES, true);
    }
}
