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

/** Operations of the irn resource. Arguments are named; every method takes an optional RequestOptions last. */
final class IrnService
{
    public function __construct(private readonly Context $ctx)
    {
    }

    private function generateRequest(Models\Invoice|array $body): ApiRequest
    {
        return new ApiRequest(
            'POST',
            '/v1/irn',
            'generateIrn',
            Auth::Gstin,
            idempotent: true,
            body: $body,
        );
    }

    /**
     * Generate an IRN for an invoice
     *
     * POST /v1/irn (generateIrn).
     */
    public function generate(Models\Invoice|array $body, ?RequestOptions $options = null): Models\IrnDocument
    {
        return $this->generateWithResponse($body, $options)->data;
    }

    /**
     * Generate an IRN for an invoice
     *
     * POST /v1/irn (generateIrn).
     *
     * With the final response (status, headers, Idempotent-Replayed) around the result.
     */
    public function generateWithResponse(Models\Invoice|array $body, ?RequestOptions $options = null): Response
    {
        return $this->ctx->execute($this->generateRequest($body), static fn ($d) => Models\IrnDocument::fromArray($d), $options);
    }

    private function bulkGenerateRequest(Models\BulkGenerateRequest|array $body): ApiRequest
    {
        return new ApiRequest(
            'POST',
            '/v1/irn/bulk',
            'bulkGenerateIrn',
            Auth::Gstin,
            idempotent: true,
            body: $body,
        );
    }

    /**
     * Generate IRNs for up to 5,000 invoices
     *
     * POST /v1/irn/bulk (bulkGenerateIrn).
     */
    public function bulkGenerate(Models\BulkGenerateRequest|array $body, ?RequestOptions $options = null): Models\BulkGenerateResult
    {
        return $this->bulkGenerateWithResponse($body, $options)->data;
    }

    /**
     * Generate IRNs for up to 5,000 invoices
     *
     * POST /v1/irn/bulk (bulkGenerateIrn).
     *
     * With the final response (status, headers, Idempotent-Replayed) around the result.
     */
    public function bulkGenerateWithResponse(Models\BulkGenerateRequest|array $body, ?RequestOptions $options = null): Response
    {
        return $this->ctx->execute($this->bulkGenerateRequest($body), static fn ($d) => Models\BulkGenerateResult::fromArray($d), $options);
    }

    private function getByDocumentRequest(string $docType, string $docNo, string $docDate): ApiRequest
    {
        return new ApiRequest(
            'GET',
            '/v1/irn/by-document',
            'getIrnByDocument',
            Auth::Gstin,
            idempotent: false,
            query: ApiRequest::params(['doc_type' => $docType, 'doc_no' => $docNo, 'doc_date' => $docDate]),
        );
    }

    /**
     * Find the IRN of a document
     *
     * GET /v1/irn/by-document (getIrnByDocument).
     */
    public function getByDocument(string $docType, string $docNo, string $docDate, ?RequestOptions $options = null): Models\IrnDocument
    {
        return $this->getByDocumentWithResponse($docType, $docNo, $docDate, $options)->data;
    }

    /**
     * Find the IRN of a document
     *
     * GET /v1/irn/by-document (getIrnByDocument).
     *
     * With the final response (status, headers, Idempotent-Replayed) around the result.
     */
    public function getByDocumentWithResponse(string $docType, string $docNo, string $docDate, ?RequestOptions $options = null): Response
    {
        return $this->ctx->execute($this->getByDocumentRequest($docType, $docNo, $docDate), static fn ($d) => Models\IrnDocument::fromArray($d), $options);
    }

    private function getRequest(string $irn): ApiRequest
    {
        return new ApiRequest(
            'GET',
            '/v1/irn/' . ApiRequest::segment($irn),
            'getIrn',
            Auth::Gstin,
            idempotent: false,
        );
    }

    /**
     * Get an IRN
     *
     * GET /v1/irn/{irn} (getIrn).
     */
    public function get(string $irn, ?RequestOptions $options = null): Models\IrnDocument
    {
        return $this->getWithResponse($irn, $options)->data;
    }

    /**
     * Get an IRN
     *
     * GET /v1/irn/{irn} (getIrn).
     *
     * With the final response (status, headers, Idempotent-Replayed) around the result.
     */
    public function getWithResponse(string $irn, ?RequestOptions $options = null): Response
    {
        return $this->ctx->execute($this->getRequest($irn), static fn ($d) => Models\IrnDocument::fromArray($d), $options);
    }

    private function cancelRequest(string $irn, Models\CancelIrnRequest|array $body): ApiRequest
    {
        return new ApiRequest(
            'POST',
            '/v1/irn/' . ApiRequest::segment($irn) . '/cancel',
            'cancelIrn',
            Auth::Gstin,
            idempotent: true,
            body: $body,
        );
    }

    /**
     * Cancel an IRN
     *
     * POST /v1/irn/{irn}/cancel (cancelIrn).
     */
    public function cancel(string $irn, Models\CancelIrnRequest|array $body, ?RequestOptions $options = null): Models\IrnDocument
    {
        return $this->cancelWithResponse($irn, $body, $options)->data;
    }

    /**
     * Cancel an IRN
     *
     * POST /v1/irn/{irn}/cancel (cancelIrn).
     *
     * With the final response (status, headers, Idempotent-Replayed) around the result.
     */
    public function cancelWithResponse(string $irn, Models\CancelIrnRequest|array $body, ?RequestOptions $options = null): Response
    {
        return $this->ctx->execute($this->cancelRequest($irn, $body), static fn ($d) => Models\IrnDocument::fromArray($d), $options);
    }
}
