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

/** Operations of the taxpayers resource. Arguments are named; every method takes an optional RequestOptions last. */
final class TaxpayersService
{
    public function __construct(private readonly Context $ctx)
    {
    }

    private function getRequest(string $gstin): ApiRequest
    {
        return new ApiRequest(
            'GET',
            '/v1/taxpayers/' . ApiRequest::segment($gstin),
            'getTaxpayer',
            Auth::Gstin,
            idempotent: false,
        );
    }

    /**
     * Look up a taxpayer's GSTIN.
     *
     * NIC's Get GSTIN Details: legal and trade name, address, taxpayer type, status and block
     * status of any GSTIN, as the IRP knows it. Use it to fill `BuyerDtls` and to catch a
     * cancelled buyer (3029) before you invoice. Answers 422 with NIC code 3028 for a GSTIN the
     * IRP does not know.
     *
     * GET /v1/taxpayers/{gstin} (getTaxpayer).
     */
    public function get(string $gstin, ?RequestOptions $options = null): Models\GstinDetails
    {
        return $this->getWithResponse($gstin, $options)->data;
    }

    /**
     * Look up a taxpayer's GSTIN.
     *
     * GET /v1/taxpayers/{gstin} (getTaxpayer).
     *
     * Like get(), with the final response (status, headers, Idempotent-Replayed) around the result.
     */
    public function getWithResponse(string $gstin, ?RequestOptions $options = null): Response
    {
        return $this->ctx->execute($this->getRequest($gstin), static fn ($d) => Models\GstinDetails::fromArray($d), $options);
    }
}
