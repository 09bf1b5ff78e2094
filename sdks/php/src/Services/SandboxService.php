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
     * Rehearse a failure (sandbox only)
     *
     * POST /v1/sandbox/faults (setSandboxFaults).
     */
    public function setFaults(Models\SandboxFaultsRequest|array $body, ?RequestOptions $options = null): Models\SandboxFaults
    {
        return $this->setFaultsWithResponse($body, $options)->data;
    }

    /**
     * Rehearse a failure (sandbox only)
     *
     * POST /v1/sandbox/faults (setSandboxFaults).
     *
     * With the final response (status, headers, Idempotent-Replayed) around the result.
     */
    public function setFaultsWithResponse(Models\SandboxFaultsRequest|array $body, ?RequestOptions $options = null): Response
    {
        return $this->ctx->execute($this->setFaultsRequest($body), static fn ($d) => Models\SandboxFaults::fromArray($d), $options);
    }
}
