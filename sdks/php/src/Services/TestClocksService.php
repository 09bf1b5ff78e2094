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

/** Operations of the test clocks resource. Arguments are named; every method takes an optional RequestOptions last. */
final class TestClocksService
{
    public function __construct(private readonly Context $ctx)
    {
    }

    private function listRequest(?int $limit, ?string $startingAfter): ApiRequest
    {
        return new ApiRequest(
            'GET',
            '/v1/test_clocks',
            'listTestClocks',
            Auth::AccountOrGstin,
            idempotent: false,
            query: ApiRequest::params(['limit' => $limit, 'starting_after' => $startingAfter]),
        );
    }

    /**
     * List test clocks (sandbox only).
     *
     * The account's test clocks, newest first (with a GSTIN token: the clocks the GSTIN follows),
     * a page at a time: pass `next_cursor` as `starting_after` for the next page. Production
     * credentials get 403 `sandbox_only`.
     *
     * GET /v1/test_clocks (listTestClocks).
     */
    public function list(?int $limit = null, ?string $startingAfter = null, ?RequestOptions $options = null): Models\TestClockList
    {
        return $this->listWithResponse($limit, $startingAfter, $options)->data;
    }

    /**
     * List test clocks (sandbox only).
     *
     * GET /v1/test_clocks (listTestClocks).
     *
     * Like list(), with the final response (status, headers, Idempotent-Replayed) around the result.
     */
    public function listWithResponse(?int $limit = null, ?string $startingAfter = null, ?RequestOptions $options = null): Response
    {
        return $this->ctx->execute($this->listRequest($limit, $startingAfter), static fn ($d) => Models\TestClockList::fromArray($d), $options);
    }

    /** Every item of every page, fetched lazily as you iterate (listTestClocks). */
    public function listAutoPaging(?int $limit = null, ?string $startingAfter = null, ?RequestOptions $options = null): AutoPager
    {
        $first = $this->listRequest($limit, $startingAfter);
        return new AutoPager(function (?string $cursor) use ($first, $options): array {
            $req = $cursor === null ? $first : $first->withQuery('starting_after', $cursor);
            $p = $this->ctx->execute($req, static fn ($d) => Models\TestClockList::fromArray($d), $options)->data;
            return ['data' => $p->data ?? [], 'has_more' => (bool) $p->hasMore, 'next_cursor' => $p->nextCursor];
        });
    }

    private function createRequest(Models\CreateTestClockRequest|array $body): ApiRequest
    {
        return new ApiRequest(
            'POST',
            '/v1/test_clocks',
            'createTestClock',
            Auth::AccountOrGstin,
            idempotent: true,
            body: $body,
        );
    }

    /**
     * Create a test clock (sandbox only).
     *
     * Creates a clock frozen at `frozen_time` (default: now) and attaches GSTINs to it. From then
     * on everything time-dependent for those GSTINs follows the clock instead of the wall clock,
     * here and at the sandbox IRP: the IRN cancellation window and `cancellable_until`, e-way bill
     * validity, the extension window and its codes, the 24-hour e-way bill cancellation limit and
     * the IRP's 2-day retrieval window. The clock stays frozen until you advance it
     * (`advanceTestClock`); it never moves backwards.
     *
     * Our own time follows it too, for GSTIN access tokens: a token issued while its GSTIN is on a
     * clock expires TTL after the clock's instant at issue, so advancing past that answers 401
     * `invalid_token` (fetch a new token; drive the clock with the account API key, which does not
     * expire), and an `Idempotency-Key` used with such a token is retained on the clock (24 hours
     * by default), so a replay after advancing past that is a new request. Retries follow it as
     * well: advancing by Δ brings the next attempt of the GSTIN's queued documents and of its
     * pending webhook deliveries Δ closer, so a retry the clock passes is made at once.
     *
     * With a GSTIN access token the clock is attached to the token's GSTIN (`gstins` may name only
     * it). With the account API key, name the account's sandbox GSTINs in `gstins`, or set
     * `whole_account: true` so every sandbox GSTIN without a clock of its own follows it. A GSTIN
     * follows at most one clock (409 `gstin_has_test_clock`); an account has at most one
     * whole-account clock. Production credentials get 403 `sandbox_only`.
     *
     * POST /v1/test_clocks (createTestClock).
     */
    public function create(Models\CreateTestClockRequest|array $body, ?RequestOptions $options = null): Models\TestClock
    {
        return $this->createWithResponse($body, $options)->data;
    }

    /**
     * Create a test clock (sandbox only).
     *
     * POST /v1/test_clocks (createTestClock).
     *
     * Like create(), with the final response (status, headers, Idempotent-Replayed) around the result.
     */
    public function createWithResponse(Models\CreateTestClockRequest|array $body, ?RequestOptions $options = null): Response
    {
        return $this->ctx->execute($this->createRequest($body), static fn ($d) => Models\TestClock::fromArray($d), $options);
    }

    private function getRequest(string $testClockId): ApiRequest
    {
        return new ApiRequest(
            'GET',
            '/v1/test_clocks/' . ApiRequest::segment($testClockId),
            'getTestClock',
            Auth::AccountOrGstin,
            idempotent: false,
        );
    }

    /**
     * Retrieve a test clock (sandbox only).
     *
     * One test clock. Production credentials get 403 `sandbox_only`.
     *
     * GET /v1/test_clocks/{test_clock_id} (getTestClock).
     */
    public function get(string $testClockId, ?RequestOptions $options = null): Models\TestClock
    {
        return $this->getWithResponse($testClockId, $options)->data;
    }

    /**
     * Retrieve a test clock (sandbox only).
     *
     * GET /v1/test_clocks/{test_clock_id} (getTestClock).
     *
     * Like get(), with the final response (status, headers, Idempotent-Replayed) around the result.
     */
    public function getWithResponse(string $testClockId, ?RequestOptions $options = null): Response
    {
        return $this->ctx->execute($this->getRequest($testClockId), static fn ($d) => Models\TestClock::fromArray($d), $options);
    }

    private function deleteRequest(string $testClockId): ApiRequest
    {
        return new ApiRequest(
            'DELETE',
            '/v1/test_clocks/' . ApiRequest::segment($testClockId),
            'deleteTestClock',
            Auth::AccountOrGstin,
            idempotent: false,
        );
    }

    /**
     * Delete a test clock (sandbox only).
     *
     * Deletes the clock; its GSTINs follow the wall clock again. Documents made under the clock
     * keep the times they were given (an IRN acknowledged at the clock's time stays so).
     * Production credentials get 403 `sandbox_only`.
     *
     * DELETE /v1/test_clocks/{test_clock_id} (deleteTestClock).
     */
    public function delete(string $testClockId, ?RequestOptions $options = null): Models\DeletedTestClock
    {
        return $this->deleteWithResponse($testClockId, $options)->data;
    }

    /**
     * Delete a test clock (sandbox only).
     *
     * DELETE /v1/test_clocks/{test_clock_id} (deleteTestClock).
     *
     * Like delete(), with the final response (status, headers, Idempotent-Replayed) around the result.
     */
    public function deleteWithResponse(string $testClockId, ?RequestOptions $options = null): Response
    {
        return $this->ctx->execute($this->deleteRequest($testClockId), static fn ($d) => Models\DeletedTestClock::fromArray($d), $options);
    }

    private function advanceRequest(string $testClockId, Models\AdvanceTestClockRequest|array $body): ApiRequest
    {
        return new ApiRequest(
            'POST',
            '/v1/test_clocks/' . ApiRequest::segment($testClockId) . '/advance',
            'advanceTestClock',
            Auth::AccountOrGstin,
            idempotent: true,
            body: $body,
        );
    }

    /**
     * Advance a test clock (sandbox only).
     *
     * Moves the clock forward, to `frozen_time` or by `advance_by_seconds` (exactly one of them).
     * A time that is not later than the clock's is 422 `test_clock_backwards`. The clock is
     * `ready` again when this answers. Production credentials get 403 `sandbox_only`.
     *
     * POST /v1/test_clocks/{test_clock_id}/advance (advanceTestClock).
     */
    public function advance(string $testClockId, Models\AdvanceTestClockRequest|array $body, ?RequestOptions $options = null): Models\TestClock
    {
        return $this->advanceWithResponse($testClockId, $body, $options)->data;
    }

    /**
     * Advance a test clock (sandbox only).
     *
     * POST /v1/test_clocks/{test_clock_id}/advance (advanceTestClock).
     *
     * Like advance(), with the final response (status, headers, Idempotent-Replayed) around the result.
     */
    public function advanceWithResponse(string $testClockId, Models\AdvanceTestClockRequest|array $body, ?RequestOptions $options = null): Response
    {
        return $this->ctx->execute($this->advanceRequest($testClockId, $body), static fn ($d) => Models\TestClock::fromArray($d), $options);
    }
}
