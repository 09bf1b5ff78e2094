<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Services;

use Einvoice\Core\ApiRequest;
use Einvoice\Core\Auth;
use Einvoice\Core\AutoPager;
use Einvoice\Core\Context;
use Einvoice\Core\RequestOptions;
use Einvoice\Core\Response;
use Einvoice\Models;

/** Operations of the usage resource. Arguments are named; every method takes an optional RequestOptions last. */
final class UsageService
{
    public function __construct(private readonly Context $ctx)
    {
    }

    private function getUsageRequest(?string $from, ?string $to, ?string $granularity): ApiRequest
    {
        return new ApiRequest(
            'GET',
            '/v1/usage',
            'getUsage',
            Auth::Account,
            idempotent: false,
            query: ApiRequest::params(['from' => $from, 'to' => $to, 'granularity' => $granularity]),
        );
    }

    /**
     * Get the account's usage.
     *
     * What the account used, per IST calendar day or month, to bill from: IRNs generated
     * (`generateIrn`), e-way bills generated (`generateEwb`), cancellations (`cancelIrn`,
     * `cancelEwb`), notes (`generateNote`), bulk records (the documents each `bulkGenerateIrn` job
     * accepted, not the calls), reconciliation reads (`getIrn`, `getIrnByDocument`, `getEwb`,
     * `listDocuments`, `exportDocuments`) and every other authenticated call. Counted from the
     * request log, the source of truth: successful answers (2xx) only, and a replay
     * (`Idempotent-Replayed: true`) is not counted again. Every period of the range is listed,
     * zeros included, oldest first. A range spans at most 366 days with `granularity=day` and 1830
     * with `month`. In the sandbox, `irns_generated + notes + bulk_records` of the current month
     * is what the monthly IRN quota (100 by default) counts.
     *
     * GET /v1/usage (getUsage).
     */
    public function getUsage(?string $from = null, ?string $to = null, ?string $granularity = null, ?RequestOptions $options = null): Models\Usage
    {
        return $this->getUsageWithResponse($from, $to, $granularity, $options)->data;
    }

    /**
     * Get the account's usage.
     *
     * GET /v1/usage (getUsage).
     *
     * Like getUsage(), with the final response (status, headers, Idempotent-Replayed) around the result.
     */
    public function getUsageWithResponse(?string $from = null, ?string $to = null, ?string $granularity = null, ?RequestOptions $options = null): Response
    {
        return $this->ctx->execute($this->getUsageRequest($from, $to, $granularity), static fn ($d) => Models\Usage::fromArray($d), $options);
    }

    private function exportUsageRequest(?string $from, ?string $to, ?string $granularity): ApiRequest
    {
        return new ApiRequest(
            'GET',
            '/v1/usage/export',
            'exportUsage',
            Auth::Account,
            idempotent: false,
            query: ApiRequest::params(['from' => $from, 'to' => $to, 'granularity' => $granularity]),
        );
    }

    /**
     * Export the account's usage as NDJSON.
     *
     * The periods of `getUsage` (same parameters, same counting) as newline-delimited JSON, one
     * `UsagePeriod` per line, oldest first.
     *
     * GET /v1/usage/export (exportUsage).
     *
     * @return list<mixed> the NDJSON items
     */
    public function exportUsage(?string $from = null, ?string $to = null, ?string $granularity = null, ?RequestOptions $options = null): array
    {
        return $this->ctx->executeNdjson($this->exportUsageRequest($from, $to, $granularity), static fn ($d) => $d, $options);
    }
}
