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

/** Operations of the sandbox resource. Arguments are named; every method takes an optional RequestOptions last. */
final class SandboxService
{
    public function __construct(private readonly Context $ctx)
    {
    }

    private function setFaultsRequest(Models\SandboxFaultsRequest|array $body): ApiRequest
    {
        return new ApiRequest(
            'POST',
            '/v1/sandbox/faults',
            'setSandboxFaults',
            Auth::Gstin,
            idempotent: true,
            body: $body,
        );
    }

    /**
     * Rehearse a failure (sandbox only).
     *
     * Makes the next `count` requests of the token's GSTIN meet a failure, so you can rehearse how
     * your integration handles it: `duplicate` (NIC answers 2150 for the next generate),
     * `irn_expired` (NIC answers 2283 on reads), `timeout_after_commit` (the IRP registers the IRN
     * but the answer never arrives; einvoice reconciles), `gsp_outage` (every GSP is down;
     * documents queue), or `nic_error` with a NIC `code`. Replaces the GSTIN's pending faults;
     * `count` 0 clears them. Production credentials get 403.
     *
     * POST /v1/sandbox/faults (setSandboxFaults).
     */
    public function setFaults(Models\SandboxFaultsRequest|array $body, ?RequestOptions $options = null): Models\SandboxFaults
    {
        return $this->setFaultsWithResponse($body, $options)->data;
    }

    /**
     * Rehearse a failure (sandbox only).
     *
     * POST /v1/sandbox/faults (setSandboxFaults).
     *
     * Like setFaults(), with the final response (status, headers, Idempotent-Replayed) around the result.
     */
    public function setFaultsWithResponse(Models\SandboxFaultsRequest|array $body, ?RequestOptions $options = null): Response
    {
        return $this->ctx->execute($this->setFaultsRequest($body), static fn ($d) => Models\SandboxFaults::fromArray($d), $options);
    }
}
