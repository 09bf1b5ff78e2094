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

/** Operations of the logs resource. Arguments are named; every method takes an optional RequestOptions last. */
final class LogsService
{
    public function __construct(private readonly Context $ctx)
    {
    }

    private function listRequest(?string $irn, ?string $gstin, ?string $operation, ?string $status, ?string $from, ?string $to, ?int $limit, ?string $startingAfter): ApiRequest
    {
        return new ApiRequest(
            'GET',
            '/v1/logs',
            'listRequestLogs',
            Auth::AccountOrGstin,
            idempotent: false,
            query: ApiRequest::params(['irn' => $irn, 'gstin' => $gstin, 'operation' => $operation, 'status' => $status, 'from' => $from, 'to' => $to, 'limit' => $limit, 'starting_after' => $startingAfter]),
        );
    }

    /**
     * List request logs.
     *
     * Every API call, newest first, with status, latency breakdown (auth, validation, queue,
     * upstream, storage, total) and the upstream retry chain (each attempt's GSP, status, NIC code
     * and latency). With the account key you see every GSTIN of the account; with a GSTIN token
     * (`read`) only that GSTIN's calls. Pages carry summaries (no bodies), so a 100-row page stays
     * light; `getRequestLog` and `exportRequestLogs` return the redacted request and response
     * bodies. Payloads are redacted: authorization headers, client secrets, IRP passwords and
     * tokens are never stored.
     *
     * GET /v1/logs (listRequestLogs).
     */
    public function list(?string $irn = null, ?string $gstin = null, ?string $operation = null, ?string $status = null, ?string $from = null, ?string $to = null, ?int $limit = null, ?string $startingAfter = null, ?RequestOptions $options = null): Models\RequestLogList
    {
        return $this->listWithResponse($irn, $gstin, $operation, $status, $from, $to, $limit, $startingAfter, $options)->data;
    }

    /**
     * List request logs.
     *
     * GET /v1/logs (listRequestLogs).
     *
     * Like list(), with the final response (status, headers, Idempotent-Replayed) around the result.
     */
    public function listWithResponse(?string $irn = null, ?string $gstin = null, ?string $operation = null, ?string $status = null, ?string $from = null, ?string $to = null, ?int $limit = null, ?string $startingAfter = null, ?RequestOptions $options = null): Response
    {
        return $this->ctx->execute($this->listRequest($irn, $gstin, $operation, $status, $from, $to, $limit, $startingAfter), static fn ($d) => Models\RequestLogList::fromArray($d), $options);
    }

    /** Every item of every page, fetched lazily as you iterate (listRequestLogs). */
    public function listAutoPaging(?string $irn = null, ?string $gstin = null, ?string $operation = null, ?string $status = null, ?string $from = null, ?string $to = null, ?int $limit = null, ?string $startingAfter = null, ?RequestOptions $options = null): AutoPager
    {
        $first = $this->listRequest($irn, $gstin, $operation, $status, $from, $to, $limit, $startingAfter);
        return new AutoPager(function (?string $cursor) use ($first, $options): array {
            $req = $cursor === null ? $first : $first->withQuery('starting_after', $cursor);
            $p = $this->ctx->execute($req, static fn ($d) => Models\RequestLogList::fromArray($d), $options)->data;
            return ['data' => $p->data ?? [], 'has_more' => (bool) $p->hasMore, 'next_cursor' => $p->nextCursor];
        });
    }

    private function exportRequest(?string $irn, ?string $gstin, ?string $operation, ?string $status, ?string $from, ?string $to): ApiRequest
    {
        return new ApiRequest(
            'GET',
            '/v1/logs/export',
            'exportRequestLogs',
            Auth::AccountOrGstin,
            idempotent: false,
            query: ApiRequest::params(['irn' => $irn, 'gstin' => $gstin, 'operation' => $operation, 'status' => $status, 'from' => $from, 'to' => $to]),
        );
    }

    /**
     * Export request logs as NDJSON.
     *
     * Streams every matching request log as newline-delimited JSON, oldest first. Same filters and
     * visibility as `listRequestLogs`, no pagination.
     *
     * GET /v1/logs/export (exportRequestLogs).
     *
     * @return list<Models\RequestLog> the NDJSON items
     */
    public function export(?string $irn = null, ?string $gstin = null, ?string $operation = null, ?string $status = null, ?string $from = null, ?string $to = null, ?RequestOptions $options = null): array
    {
        return $this->ctx->executeNdjson($this->exportRequest($irn, $gstin, $operation, $status, $from, $to), static fn ($d) => Models\RequestLog::fromArray($d), $options);
    }

    private function getRequest(string $logId): ApiRequest
    {
        return new ApiRequest(
            'GET',
            '/v1/logs/' . ApiRequest::segment($logId),
            'getRequestLog',
            Auth::AccountOrGstin,
            idempotent: false,
        );
    }

    /**
     * Get one request log.
     *
     * One call with its redacted request and response bodies, latency breakdown and upstream retry
     * chain.
     *
     * GET /v1/logs/{log_id} (getRequestLog).
     */
    public function get(string $logId, ?RequestOptions $options = null): Models\RequestLog
    {
        return $this->getWithResponse($logId, $options)->data;
    }

    /**
     * Get one request log.
     *
     * GET /v1/logs/{log_id} (getRequestLog).
     *
     * Like get(), with the final response (status, headers, Idempotent-Replayed) around the result.
     */
    public function getWithResponse(string $logId, ?RequestOptions $options = null): Response
    {
        return $this->ctx->execute($this->getRequest($logId), static fn ($d) => Models\RequestLog::fromArray($d), $options);
    }
}
