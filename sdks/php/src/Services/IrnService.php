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
     * Generate an IRN for an invoice.
     *
     * Registers an invoice (`DocDtls.Typ` `INV`; use `generateNote` for `CRN`/`DBN`) with the IRP
     * and returns the IRN, acknowledgement, signed invoice and signed QR code. The body is the NIC
     * INV-01 v1.1 JSON. `SellerDtls.Gstin` must be the token's GSTIN (403 otherwise).
     *
     * - The invoice is checked against the schema and the IRP's business rules **before** any
     *   upstream call; a refusal is a 422 with the NIC code the IRP would have given
     *   (`gstn_errors`).
     * - Send an `Idempotency-Key` and retry freely. Without one, a repeated document still never
     *   yields a second IRN: the IRP's duplicate answer (2150) is resolved to the original IRN and
     *   returned with `Idempotent-Replayed: true`; if the original's content differs, 409 with a
     *   diff.
     * - If `EwbDtls` is present an e-way bill is generated too; if that part fails the IRN still
     *   succeeds and `info` carries `EWBERR` with the NIC codes.
     * - `Prefer: wait=N` (default 30 s) bounds the whole answer: when the IRP has not answered
     *   within N seconds (no GSP reachable, or an attempt still in flight), you get 202 with the
     *   document `queued`; the attempt goes on in the background and fires `irn.generated` or
     *   `irn.failed`. Poll `getIrnByDocument` or wait for the webhook. A retry with the same
     *   `Idempotency-Key` reports where it stands (never a second submission) and, once it is
     *   final, replays that outcome: a document that ended `failed` answers 422 `document_failed`
     *   under that key (correct it if needed and submit again with a new key).
     * - When the outcome is unknown (the IRP's answer was lost, the server crashed mid-call, or
     *   the IRP answered 2150 without returning the original) the document stays `pending` and the
     *   reconciler asks the IRP until it knows: it records the IRN (`irn.generated`), or `failed`
     *   only when the IRP does not hold the document and refuses it (`irn.failed`), and completes
     *   the request's `Idempotency-Key` with that outcome. `getStatus` counts what is
     *   `unresolved`.
     *
     * POST /v1/irn (generateIrn).
     */
    public function generate(Models\Invoice|array $body, ?RequestOptions $options = null): Models\IrnDocument
    {
        return $this->generateWithResponse($body, $options)->data;
    }

    /**
     * Generate an IRN for an invoice.
     *
     * POST /v1/irn (generateIrn).
     *
     * Like generate(), with the final response (status, headers, Idempotent-Replayed) around the result.
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
     * Generate IRNs for up to 5,000 invoices.
     *
     * Creates a bulk job: the documents are stored once, then validated and relayed concurrently,
     * each on its own. When every record has an outcome within the wait (`Prefer: wait=N`, default
     * 30 s), the answer is `200` with one result per document **in request order**: the IRN
     * document on success, NIC codes on failure. The call succeeds even when some records fail;
     * check each `results[i].status`.
     *
     * When the job cannot finish within the wait, the answer is `202` with the job (`object:
     * bulk_job`, its progress, `Location: /v1/irn/bulk/{id}`) and the records go on in the
     * background. The job is durable: if the server restarts, it resumes the records without an
     * outcome by itself; nothing needs to be resubmitted. Follow it with `getBulkJob` and
     * `listBulkJobResults`, or wait for `bulk.completed`.
     *
     * A resubmission with the same `Idempotency-Key` answers the same job as it stands then (`200`
     * once it is completed, `202` before; `Idempotent-Replayed: true`), never a new job; the same
     * key with another body is `422`. Each record is also idempotent through its document's
     * identity (GSTIN, type, number, financial year): a record whose document already has an IRN
     * comes back `replayed`, and a new job (new key) with the same documents only relays the ones
     * without an IRN. Webhooks fire per record and once per job as `bulk.completed`. More than
     * 5,000 documents, or a body over 50 MB, is refused with 413.
     *
     * POST /v1/irn/bulk (bulkGenerateIrn).
     */
    public function bulkGenerate(Models\BulkGenerateRequest|array $body, ?RequestOptions $options = null): Models\BulkGenerateResult
    {
        return $this->bulkGenerateWithResponse($body, $options)->data;
    }

    /**
     * Generate IRNs for up to 5,000 invoices.
     *
     * POST /v1/irn/bulk (bulkGenerateIrn).
     *
     * Like bulkGenerate(), with the final response (status, headers, Idempotent-Replayed) around the result.
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
     * Find the IRN of a document.
     *
     * Looks a document up by type, number and date (NIC's Get IRN by document details). Answers
     * from einvoice's archive, so it works long after NIC's ~2-day window; document numbers match
     * case-insensitively, as the IRP does. 404 when the GSTIN never registered that document here.
     *
     * GET /v1/irn/by-document (getIrnByDocument).
     */
    public function getByDocument(string $docType, string $docNo, string $docDate, ?RequestOptions $options = null): Models\IrnDocument
    {
        return $this->getByDocumentWithResponse($docType, $docNo, $docDate, $options)->data;
    }

    /**
     * Find the IRN of a document.
     *
     * GET /v1/irn/by-document (getIrnByDocument).
     *
     * Like getByDocument(), with the final response (status, headers, Idempotent-Replayed) around the result.
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
     * Get an IRN.
     *
     * Returns the document with its signed invoice and signed QR code. Served from einvoice's
     * permanent archive (NIC keeps them only ~2 days). An IRN of another GSTIN answers 404.
     *
     * GET /v1/irn/{irn} (getIrn).
     */
    public function get(string $irn, ?RequestOptions $options = null): Models\IrnDocument
    {
        return $this->getWithResponse($irn, $options)->data;
    }

    /**
     * Get an IRN.
     *
     * GET /v1/irn/{irn} (getIrn).
     *
     * Like get(), with the final response (status, headers, Idempotent-Replayed) around the result.
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
     * Cancel an IRN.
     *
     * Cancels an IRN (NIC Cancel IRN). Allowed within 24 hours of `AckDt` (see
     * `cancellable_until`; later gives 2270) and only once every e-way bill of the invoice is
     * cancelled (2230 otherwise). Reasons: `1` duplicate, `2` data entry mistake, `3` order
     * cancelled, `4` others. Cancelling does not free the document number: issue a new number or a
     * credit note. Cancelling an already cancelled IRN returns it unchanged (200), it is not an
     * error.
     *
     * If the IRP's answer is lost (503), the cancellation may still have taken effect: the
     * reconciler asks the IRP and, if it did, records it and sends `irn.cancelled`; retrying with
     * the same `Idempotency-Key` is safe either way.
     *
     * POST /v1/irn/{irn}/cancel (cancelIrn).
     */
    public function cancel(string $irn, Models\CancelIrnRequest|array $body, ?RequestOptions $options = null): Models\IrnDocument
    {
        return $this->cancelWithResponse($irn, $body, $options)->data;
    }

    /**
     * Cancel an IRN.
     *
     * POST /v1/irn/{irn}/cancel (cancelIrn).
     *
     * Like cancel(), with the final response (status, headers, Idempotent-Replayed) around the result.
     */
    public function cancelWithResponse(string $irn, Models\CancelIrnRequest|array $body, ?RequestOptions $options = null): Response
    {
        return $this->ctx->execute($this->cancelRequest($irn, $body), static fn ($d) => Models\IrnDocument::fromArray($d), $options);
    }
}
