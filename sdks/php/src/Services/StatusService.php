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
     * Health of every GSP and IRP
     *
     * GET /v1/status (getStatus).
     */
    public function get(?RequestOptions $options = null): Models\Status
    {
        return $this->getWithResponse($options)->data;
    }

    /**
     * Health of every GSP and IRP
     *
     * GET /v1/status (getStatus).
     *
     * With the final response (status, headers, Idempotent-Replayed) around the result.
     */
    public function getWithResponse(?RequestOptions $options = null): Response
    {
        return $this->ctx->execute($this->getRequest(), static fn ($d) => Models\Status::fromArray($d), $options);
    }
}
