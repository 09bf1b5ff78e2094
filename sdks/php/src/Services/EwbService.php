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

/** Operations of the ewb resource. Arguments are named; every method takes an optional RequestOptions last. */
final class EwbService
{
    public function __construct(private readonly Context $ctx)
    {
    }

    private function generateRequest(Models\GenerateEwbRequest|array $body): ApiRequest
    {
        return new ApiRequest(
            'POST',
            '/v1/ewb',
            'generateEwb',
            Auth::Gstin,
            idempotent: true,
            body: $body,
        );
    }

    /**
     * Generate an e-way bill from an IRN
     *
     * POST /v1/ewb (generateEwb).
     */
    public function generate(Models\GenerateEwbRequest|array $body, ?RequestOptions $options = null): Models\EwayBill
    {
        return $this->generateWithResponse($body, $options)->data;
    }

    /**
     * Generate an e-way bill from an IRN
     *
     * POST /v1/ewb (generateEwb).
     *
     * With the final response (status, headers, Idempotent-Replayed) around the result.
     */
    public function generateWithResponse(Models\GenerateEwbRequest|array $body, ?RequestOptions $options = null): Response
    {
        return $this->ctx->execute($this->generateRequest($body), static fn ($d) => Models\EwayBill::fromArray($d), $options);
    }

    private function getRequest(string $ewbNo): ApiRequest
    {
        return new ApiRequest(
            'GET',
            '/v1/ewb/' . ApiRequest::segment($ewbNo),
            'getEwb',
            Auth::Gstin,
            idempotent: false,
        );
    }

    /**
     * Get an e-way bill
     *
     * GET /v1/ewb/{ewb_no} (getEwb).
     */
    public function get(string $ewbNo, ?RequestOptions $options = null): Models\EwayBill
    {
        return $this->getWithResponse($ewbNo, $options)->data;
    }

    /**
     * Get an e-way bill
     *
     * GET /v1/ewb/{ewb_no} (getEwb).
     *
     * With the final response (status, headers, Idempotent-Replayed) around the result.
     */
    public function getWithResponse(string $ewbNo, ?RequestOptions $options = null): Response
    {
        return $this->ctx->execute($this->getRequest($ewbNo), static fn ($d) => Models\EwayBill::fromArray($d), $options);
    }

    private function updateVehicleRequest(string $ewbNo, Models\UpdateEwbVehicleRequest|array $body): ApiRequest
    {
        return new ApiRequest(
            'POST',
            '/v1/ewb/' . ApiRequest::segment($ewbNo) . '/vehicle',
            'updateEwbVehicle',
            Auth::Gstin,
            idempotent: true,
            body: $body,
        );
    }

    /**
     * Update Part-B (vehicle or transport document)
     *
     * POST /v1/ewb/{ewb_no}/vehicle (updateEwbVehicle).
     */
    public function updateVehicle(string $ewbNo, Models\UpdateEwbVehicleRequest|array $body, ?RequestOptions $options = null): Models\EwayBill
    {
        return $this->updateVehicleWithResponse($ewbNo, $body, $options)->data;
    }

    /**
     * Update Part-B (vehicle or transport document)
     *
     * POST /v1/ewb/{ewb_no}/vehicle (updateEwbVehicle).
     *
     * With the final response (status, headers, Idempotent-Replayed) around the result.
     */
    public function updateVehicleWithResponse(string $ewbNo, Models\UpdateEwbVehicleRequest|array $body, ?RequestOptions $options = null): Response
    {
        return $this->ctx->execute($this->updateVehicleRequest($ewbNo, $body), static fn ($d) => Models\EwayBill::fromArray($d), $options);
    }

    private function extendRequest(string $ewbNo, Models\ExtendEwbRequest|array $body): ApiRequest
    {
        return new ApiRequest(
            'POST',
            '/v1/ewb/' . ApiRequest::segment($ewbNo) . '/extend',
            'extendEwb',
            Auth::Gstin,
            idempotent: true,
            body: $body,
        );
    }

    /**
     * Extend an e-way bill's validity
     *
     * POST /v1/ewb/{ewb_no}/extend (extendEwb).
     */
    public function extend(string $ewbNo, Models\ExtendEwbRequest|array $body, ?RequestOptions $options = null): Models\EwayBill
    {
        return $this->extendWithResponse($ewbNo, $body, $options)->data;
    }

    /**
     * Extend an e-way bill's validity
     *
     * POST /v1/ewb/{ewb_no}/extend (extendEwb).
     *
     * With the final response (status, headers, Idempotent-Replayed) around the result.
     */
    public function extendWithResponse(string $ewbNo, Models\ExtendEwbRequest|array $body, ?RequestOptions $options = null): Response
    {
        return $this->ctx->execute($this->extendRequest($ewbNo, $body), static fn ($d) => Models\EwayBill::fromArray($d), $options);
    }

    private function cancelRequest(string $ewbNo, Models\CancelEwbRequest|array $body): ApiRequest
    {
        return new ApiRequest(
            'POST',
            '/v1/ewb/' . ApiRequest::segment($ewbNo) . '/cancel',
            'cancelEwb',
            Auth::Gstin,
            idempotent: true,
            body: $body,
        );
    }

    /**
     * Cancel an e-way bill
     *
     * POST /v1/ewb/{ewb_no}/cancel (cancelEwb).
     */
    public function cancel(string $ewbNo, Models\CancelEwbRequest|array $body, ?RequestOptions $options = null): Models\EwayBill
    {
        return $this->cancelWithResponse($ewbNo, $body, $options)->data;
    }

    /**
     * Cancel an e-way bill
     *
     * POST /v1/ewb/{ewb_no}/cancel (cancelEwb).
     *
     * With the final response (status, headers, Idempotent-Replayed) around the result.
     */
    public function cancelWithResponse(string $ewbNo, Models\CancelEwbRequest|array $body, ?RequestOptions $options = null): Response
    {
        return $this->ctx->execute($this->cancelRequest($ewbNo, $body), static fn ($d) => Models\EwayBill::fromArray($d), $options);
    }
}
