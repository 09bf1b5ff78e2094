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

/** Operations of the notes resource. Arguments are named; every method takes an optional RequestOptions last. */
final class NotesService
{
    public function __construct(private readonly Context $ctx)
    {
    }

    private function generateRequest(Models\NoteRequest|array $body): ApiRequest
    {
        return new ApiRequest(
            'POST',
            '/v1/notes',
            'generateNote',
            Auth::Gstin,
            idempotent: true,
            body: $body,
        );
    }

    /**
     * Generate a credit or debit note.
     *
     * Registers a credit note (`CRN`) or debit note (`DBN`) and returns its IRN. The body is the
     * INV-01 JSON with `DocDtls.Typ` `CRN` or `DBN` and `RefDtls.PrecDocDtls` naming the original
     * invoice (required here, even where an IRP would accept it missing, so your returns
     * reconcile). Amounts stay positive. Notes cannot carry an e-way bill (`EwbDtls` is refused
     * with 2252/4010). Same idempotency, duplicate and queueing behaviour as `generateIrn`.
     *
     * POST /v1/notes (generateNote).
     */
    public function generate(Models\NoteRequest|array $body, ?RequestOptions $options = null): Models\IrnDocument
    {
        return $this->generateWithResponse($body, $options)->data;
    }

    /**
     * Generate a credit or debit note.
     *
     * POST /v1/notes (generateNote).
     *
     * Like generate(), with the final response (status, headers, Idempotent-Replayed) around the result.
     */
    public function generateWithResponse(Models\NoteRequest|array $body, ?RequestOptions $options = null): Response
    {
        return $this->ctx->execute($this->generateRequest($body), static fn ($d) => Models\IrnDocument::fromArray($d), $options);
    }
}
