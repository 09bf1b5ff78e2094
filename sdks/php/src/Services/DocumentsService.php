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

/** Operations of the documents resource. Arguments are named; every method takes an optional RequestOptions last. */
final class DocumentsService
{
    public function __construct(private readonly Context $ctx)
    {
    }

    private function listRequest(?string $from, ?string $to, ?string $docType, ?string $status, ?int $limit, ?string $startingAfter): ApiRequest
    {
        return new ApiRequest(
            'GET',
            '/v1/documents',
            'listDocuments',
            Auth::Gstin,
            idempotent: false,
            query: ApiRequest::params(['from' => $from, 'to' => $to, 'doc_type' => $docType, 'status' => $status, 'limit' => $limit, 'starting_after' => $startingAfter]),
        );
    }

    /**
     * List documents for reconciliation.
     *
     * Everything the token's GSTIN registered through einvoice (invoices, credit and debit notes,
     * their e-way bill numbers), newest first, filtered by document date period, type and status.
     * Cursor pagination: pass `next_cursor` as `starting_after` until `has_more` is false (the
     * SDKs iterate for you). Use `exportDocuments` for whole periods.
     *
     * GET /v1/documents (listDocuments).
     */
    public function list(?string $from = null, ?string $to = null, ?string $docType = null, ?string $status = null, ?int $limit = null, ?string $startingAfter = null, ?RequestOptions $options = null): Models\DocumentList
    {
        return $this->listWithResponse($from, $to, $docType, $status, $limit, $startingAfter, $options)->data;
    }

    /**
     * List documents for reconciliation.
     *
     * GET /v1/documents (listDocuments).
     *
     * Like list(), with the final response (status, headers, Idempotent-Replayed) around the result.
     */
    public function listWithResponse(?string $from = null, ?string $to = null, ?string $docType = null, ?string $status = null, ?int $limit = null, ?string $startingAfter = null, ?RequestOptions $options = null): Response
    {
        return $this->ctx->execute($this->listRequest($from, $to, $docType, $status, $limit, $startingAfter), static fn ($d) => Models\DocumentList::fromArray($d), $options);
    }

    /** Every item of every page, fetched lazily as you iterate (listDocuments). */
    public function listAutoPaging(?string $from = null, ?string $to = null, ?string $docType = null, ?string $status = null, ?int $limit = null, ?string $startingAfter = null, ?RequestOptions $options = null): AutoPager
    {
        $first = $this->listRequest($from, $to, $docType, $status, $limit, $startingAfter);
        return new AutoPager(function (?string $cursor) use ($first, $options): array {
            $req = $cursor === null ? $first : $first->withQuery('starting_after', $cursor);
            $p = $this->ctx->execute($req, static fn ($d) => Models\DocumentList::fromArray($d), $options)->data;
            return ['data' => $p->data ?? [], 'has_more' => (bool) $p->hasMore, 'next_cursor' => $p->nextCursor];
        });
    }

    private function exportRequest(?string $from, ?string $to, ?string $docType, ?string $status): ApiRequest
    {
        return new ApiRequest(
            'GET',
            '/v1/documents/export',
            'exportDocuments',
            Auth::Gstin,
            idempotent: false,
            query: ApiRequest::params(['from' => $from, 'to' => $to, 'doc_type' => $docType, 'status' => $status]),
        );
    }

    /**
     * Export documents as NDJSON.
     *
     * Streams every matching document as newline-delimited JSON (one `DocumentSummary` per line,
     * oldest first), for loading into a spreadsheet or warehouse. Same filters as `listDocuments`,
     * no pagination.
     *
     * GET /v1/documents/export (exportDocuments).
     *
     * @return list<Models\DocumentSummary> the NDJSON items
     */
    public function export(?string $from = null, ?string $to = null, ?string $docType = null, ?string $status = null, ?RequestOptions $options = null): array
    {
        return $this->ctx->executeNdjson($this->exportRequest($from, $to, $docType, $status), static fn ($d) => Models\DocumentSummary::fromArray($d), $options);
    }
}
