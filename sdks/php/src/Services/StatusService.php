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

/** Operations of the status resource. Arguments are named; every method takes an optional RequestOptions last. */
final class StatusService
{
    public function __construct(private readonly Context $ctx)
    {
    }

    private function getRequest(): ApiRequest
    {
        return new ApiRequest(
            'GET',
            '/v1/status',
            'getStatus',
            Auth::None,
            idempotent: false,
        );
    }

    /**
     * Health of every GSP and IRP.
     *
     * Public, no authentication. The health of each GSP route and each IRP (NIC1, NIC2) as
     * einvoice sees it: circuit-breaker state, recent latency and error rate. The SDKs read it to
     * back off while an IRP is `down` instead of spending retries. Cached for 5 seconds.
     *
     * A route's circuit opens after consecutive failures; once its probe is due it reads
     * `half_open` (whether or not a call has come since) and its status is at worst `degraded`,
     * since only a call can probe it. A successful probe closes the circuit, and the route is
     * `operational` again at once: its failures before that no longer count (`last_error_at` still
     * says when the last one was).
     *
     * GET /v1/status (getStatus).
     */
    public function get(?RequestOptions $options = null): Models\Status
    {
        return $this->getWithResponse($options)->data;
    }

    /**
     * Health of every GSP and IRP.
     *
     * GET /v1/status (getStatus).
     *
     * Like get(), with the final response (status, headers, Idempotent-Replayed) around the result.
     */
    public function getWithResponse(?RequestOptions $options = null): Response
    {
        return $this->ctx->execute($this->getRequest(), static fn ($d) => Models\Status::fromArray($d), $options);
    }
}
