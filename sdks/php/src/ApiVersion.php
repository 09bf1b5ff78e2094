<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice;

/**
 * The dated API version this SDK was generated for (the spec's info.x-api-version).
 */
final class ApiVersion
{
    /** Sent in Einvoice-Version unless the client's apiVersion says otherwise. */
    public const VALUE = '2026-12-05';
}
