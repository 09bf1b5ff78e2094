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

/** Operations of the gstin details resource. Arguments are named; every method takes an optional RequestOptions last. */
final class GstinDetailsService
{
    public function __construct(private readonly Context $ctx)
    {
    }

    private function getRequest(string $gstin): ApiRequest
    {
        return new ApiRequest(
            'GET',
            '/v1/gstin-details/' . ApiRequest::segment($gstin),
            'getGstinDetails',
            Auth::Gstin,
            idempotent: false,
        );
    }

    /**
     * Look up a taxpayer's GSTIN (deprecated).
     *
     * Deprecated (sunset 2027-03-05): use `getTaxpayer` (`GET /v1/taxpayers/{gstin}`), which
     * answers the same body. This path was too easy to confuse with `GET /v1/gstins/{gstin}` (a
     * GSTIN registered with einvoice). Until the sunset it works unchanged and every answer
     * carries `Deprecation`, `Sunset` and `Link: <guide>; rel="deprecation"`.
     *
     * GET /v1/gstin-details/{gstin} (getGstinDetails).
     *
     * @deprecated the spec marks this operation deprecated.
     */
    public function get(string $gstin, ?RequestOptions $options = null): Models\GstinDetails
    {
        return $this->getWithResponse($gstin, $options)->data;
    }

    /**
     * Look up a taxpayer's GSTIN (deprecated).
     *
     * GET /v1/gstin-details/{gstin} (getGstinDetails).
     *
     * @deprecated the spec marks this operation deprecated.
     *
     * Like get(), with the final response (status, headers, Idempotent-Replayed) around the result.
     */
    public function getWithResponse(string $gstin, ?RequestOptions $options = null): Response
    {
        return $this->ctx->execute($this->getRequest($gstin), static fn ($d) => Models\GstinDetails::fromArray($d), $options);
    }
}
