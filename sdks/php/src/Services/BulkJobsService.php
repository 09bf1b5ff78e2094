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

/** Operations of the bulk jobs resource. Arguments are named; every method takes an optional RequestOptions last. */
final class BulkJobsService
{
    public function __construct(private readonly Context $ctx)
    {
    }

    private function getRequest(string $id): ApiRequest
    {
        return new ApiRequest(
            'GET',
            '/v1/irn/bulk/' . ApiRequest::segment($id),
            'getBulkJob',
            Auth::Gstin,
            idempotent: false,
        );
    }

    /**
     * Get a bulk job.
     *
     * A bulk job's status and progress: how many records have each outcome so far and how many are
     * still `pending`. `queued`: no server is running it at this moment (it is due again shortly);
     * `running`: a server is relaying its records (after a restart, the first server to claim it
     * resumes it); `completed`: every record has an outcome and `bulk.completed` was sent. The
     * per-record results are listed by `listBulkJobResults`. A job of another GSTIN or account
     * answers 404.
     *
     * GET /v1/irn/bulk/{id} (getBulkJob).
     */
    public function get(string $id, ?RequestOptions $options = null): Models\BulkJob
    {
        return $this->getWithResponse($id, $options)->data;
    }

    /**
     * Get a bulk job.
     *
     * GET /v1/irn/bulk/{id} (getBulkJob).
     *
     * Like get(), with the final response (status, headers, Idempotent-Replayed) around the result.
     */
    public function getWithResponse(string $id, ?RequestOptions $options = null): Response
    {
        return $this->ctx->execute($this->getRequest($id), static fn ($d) => Models\BulkJob::fromArray($d), $options);
    }

    private function listResultsRequest(string $id, ?int $limit, ?string $startingAfter): ApiRequest
    {
        return new ApiRequest(
            'GET',
            '/v1/irn/bulk/' . ApiRequest::segment($id) . '/results',
            'listBulkJobResults',
            Auth::Gstin,
            idempotent: false,
            query: ApiRequest::params(['limit' => $limit, 'starting_after' => $startingAfter]),
        );
    }

    /**
     * List a bulk job's per-record results.
     *
     * One entry per document of the job, in request order (by `index`), with its outcome so far:
     * `pending` (not relayed yet, or in flight), `generated`, `replayed` (the document already had
     * an IRN), `queued` (no GSP reachable: the outage queue finishes it and sends `irn.generated`
     * or `irn.failed`) or `failed` (with the problem and NIC codes). An entry's `document` is as
     * it was when the record got its outcome. Cursor pagination: pass `next_cursor` as
     * `starting_after` until `has_more` is false.
     *
     * GET /v1/irn/bulk/{id}/results (listBulkJobResults).
     */
    public function listResults(string $id, ?int $limit = null, ?string $startingAfter = null, ?RequestOptions $options = null): Models\BulkJobResultList
    {
        return $this->listResultsWithResponse($id, $limit, $startingAfter, $options)->data;
    }

    /**
     * List a bulk job's per-record results.
     *
     * GET /v1/irn/bulk/{id}/results (listBulkJobResults).
     *
     * Like listResults(), with the final response (status, headers, Idempotent-Replayed) around the result.
     */
    public function listResultsWithResponse(string $id, ?int $limit = null, ?string $startingAfter = null, ?RequestOptions $options = null): Response
    {
        return $this->ctx->execute($this->listResultsRequest($id, $limit, $startingAfter), static fn ($d) => Models\BulkJobResultList::fromArray($d), $options);
    }

    /** Every item of every page, fetched lazily as you iterate (listBulkJobResults). */
    public function listResultsAutoPaging(string $id, ?int $limit = null, ?string $startingAfter = null, ?RequestOptions $options = null): AutoPager
    {
        $first = $this->listResultsRequest($id, $limit, $startingAfter);
        return new AutoPager(function (?string $cursor) use ($first, $options): array {
            $req = $cursor === null ? $first : $first->withQuery('starting_after', $cursor);
            $p = $this->ctx->execute($req, static fn ($d) => Models\BulkJobResultList::fromArray($d), $options)->data;
            return ['data' => $p->data ?? [], 'has_more' => (bool) $p->hasMore, 'next_cursor' => $p->nextCursor];
        });
    }
}
