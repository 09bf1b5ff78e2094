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

/** Operations of the audit events resource. Arguments are named; every method takes an optional RequestOptions last. */
final class AuditEventsService
{
    public function __construct(private readonly Context $ctx)
    {
    }

    private function listRequest(?string $type, ?string $gstin, ?string $from, ?string $to, ?int $limit, ?string $startingAfter): ApiRequest
    {
        return new ApiRequest(
            'GET',
            '/v1/audit-events',
            'listAuditEvents',
            Auth::Account,
            idempotent: false,
            query: ApiRequest::params(['type' => $type, 'gstin' => $gstin, 'from' => $from, 'to' => $to, 'limit' => $limit, 'starting_after' => $startingAfter]),
        );
    }

    /**
     * List security audit events.
     *
     * The account's immutable audit trail, newest first: credential and secret creation, rotation
     * and revocation, GSTIN registration, failed client authentication and authorisation failures
     * (wrong scope, another GSTIN's document). Entries cannot be changed or deleted through any
     * API.
     *
     * GET /v1/audit-events (listAuditEvents).
     */
    public function list(?string $type = null, ?string $gstin = null, ?string $from = null, ?string $to = null, ?int $limit = null, ?string $startingAfter = null, ?RequestOptions $options = null): Models\AuditEventList
    {
        return $this->listWithResponse($type, $gstin, $from, $to, $limit, $startingAfter, $options)->data;
    }

    /**
     * List security audit events.
     *
     * GET /v1/audit-events (listAuditEvents).
     *
     * Like list(), with the final response (status, headers, Idempotent-Replayed) around the result.
     */
    public function listWithResponse(?string $type = null, ?string $gstin = null, ?string $from = null, ?string $to = null, ?int $limit = null, ?string $startingAfter = null, ?RequestOptions $options = null): Response
    {
        return $this->ctx->execute($this->listRequest($type, $gstin, $from, $to, $limit, $startingAfter), static fn ($d) => Models\AuditEventList::fromArray($d), $options);
    }

    /** Every item of every page, fetched lazily as you iterate (listAuditEvents). */
    public function listAutoPaging(?string $type = null, ?string $gstin = null, ?string $from = null, ?string $to = null, ?int $limit = null, ?string $startingAfter = null, ?RequestOptions $options = null): AutoPager
    {
        $first = $this->listRequest($type, $gstin, $from, $to, $limit, $startingAfter);
        return new AutoPager(function (?string $cursor) use ($first, $options): array {
            $req = $cursor === null ? $first : $first->withQuery('starting_after', $cursor);
            $p = $this->ctx->execute($req, static fn ($d) => Models\AuditEventList::fromArray($d), $options)->data;
            return ['data' => $p->data ?? [], 'has_more' => (bool) $p->hasMore, 'next_cursor' => $p->nextCursor];
        });
    }
}
