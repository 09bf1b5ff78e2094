// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.services;

import dev.einvoice.core.ApiRequest;
import dev.einvoice.core.ApiResponse;
import dev.einvoice.core.Auth;
import dev.einvoice.core.ClientContext;
import dev.einvoice.core.RequestOptions;
import dev.einvoice.models.BulkGenerateRequest;
import dev.einvoice.models.BulkGenerateResult;
import dev.einvoice.models.CancelIrnRequest;
import dev.einvoice.models.Invoice;
import dev.einvoice.models.IrnDocument;
import dev.einvoice.models.IrnGetByDocumentParams;

/**
 * Operations of the {@code irn} resource. Every method has an overload taking {@link
 * RequestOptions}.
 */
@SuppressWarnings("unused")
public final class IrnService {
  private final ClientContext ctx;

  public IrnService(ClientContext ctx) {
    this.ctx = ctx;
  }

  private ApiRequest generateRequest(Invoice body) {
    return ApiRequest.builder("POST", "/v1/irn")
        .operationId("generateIrn")
        .auth(Auth.GSTIN)
        .idempotent(true)
        .body(body)
        .build();
  }

  /**
   * Generate an IRN for an invoice
   *
   * <p>{@code POST /v1/irn} ({@code generateIrn}).
   */
  public IrnDocument generate(Invoice body) {
    return generate(body, RequestOptions.none());
  }

  /**
   * Generate an IRN for an invoice
   *
   * <p>{@code POST /v1/irn} ({@code generateIrn}).
   */
  public IrnDocument generate(Invoice body, RequestOptions options) {
    return generateWithResponse(body, options).data();
  }

  /**
   * Generate an IRN for an invoice
   *
   * <p>{@code POST /v1/irn} ({@code generateIrn}).
   */
  public ApiResponse<IrnDocument> generateWithResponse(Invoice body) {
    return generateWithResponse(body, RequestOptions.none());
  }

  /**
   * Generate an IRN for an invoice
   *
   * <p>{@code POST /v1/irn} ({@code generateIrn}).
   */
  public ApiResponse<IrnDocument> generateWithResponse(Invoice body, RequestOptions options) {
    return ctx.execute(generateRequest(body), IrnDocument.class, options);
  }

  private ApiRequest bulkGenerateRequest(BulkGenerateRequest body) {
    return ApiRequest.builder("POST", "/v1/irn/bulk")
        .operationId("bulkGenerateIrn")
        .auth(Auth.GSTIN)
        .idempotent(true)
        .body(body)
        .build();
  }

  /**
   * Generate IRNs for up to 5,000 invoices
   *
   * <p>{@code POST /v1/irn/bulk} ({@code bulkGenerateIrn}).
   */
  public BulkGenerateResult bulkGenerate(BulkGenerateRequest body) {
    return bulkGenerate(body, RequestOptions.none());
  }

  /**
   * Generate IRNs for up to 5,000 invoices
   *
   * <p>{@code POST /v1/irn/bulk} ({@code bulkGenerateIrn}).
   */
  public BulkGenerateResult bulkGenerate(BulkGenerateRequest body, RequestOptions options) {
    return bulkGenerateWithResponse(body, options).data();
  }

  /**
   * Generate IRNs for up to 5,000 invoices
   *
   * <p>{@code POST /v1/irn/bulk} ({@code bulkGenerateIrn}).
   */
  public ApiResponse<BulkGenerateResult> bulkGenerateWithResponse(BulkGenerateRequest body) {
    return bulkGenerateWithResponse(body, RequestOptions.none());
  }

  /**
   * Generate IRNs for up to 5,000 invoices
   *
   * <p>{@code POST /v1/irn/bulk} ({@code bulkGenerateIrn}).
   */
  public ApiResponse<BulkGenerateResult> bulkGenerateWithResponse(
      BulkGenerateRequest body, RequestOptions options) {
    return ctx.execute(bulkGenerateRequest(body), BulkGenerateResult.class, options);
  }

  private ApiRequest getByDocumentRequest(IrnGetByDocumentParams params) {
    return ApiRequest.builder("GET", "/v1/irn/by-document")
        .operationId("getIrnByDocument")
        .auth(Auth.GSTIN)
        .idempotent(false)
        .query(params == null ? null : params.toQuery())
        .headers(params == null ? null : params.toHeaders())
        .build();
  }

  /**
   * Find the IRN of a document
   *
   * <p>{@code GET /v1/irn/by-document} ({@code getIrnByDocument}).
   */
  public IrnDocument getByDocument(IrnGetByDocumentParams params) {
    return getByDocument(params, RequestOptions.none());
  }

  /**
   * Find the IRN of a document
   *
   * <p>{@code GET /v1/irn/by-document} ({@code getIrnByDocument}).
   */
  public IrnDocument getByDocument(IrnGetByDocumentParams params, RequestOptions options) {
    return getByDocumentWithResponse(params, options).data();
  }

  /**
   * Find the IRN of a document
   *
   * <p>{@code GET /v1/irn/by-document} ({@code getIrnByDocument}).
   */
  public ApiResponse<IrnDocument> getByDocumentWithResponse(IrnGetByDocumentParams params) {
    return getByDocumentWithResponse(params, RequestOptions.none());
  }

  /**
   * Find the IRN of a document
   *
   * <p>{@code GET /v1/irn/by-document} ({@code getIrnByDocument}).
   */
  public ApiResponse<IrnDocument> getByDocumentWithResponse(
      IrnGetByDocumentParams params, RequestOptions options) {
    return ctx.execute(getByDocumentRequest(params), IrnDocument.class, options);
  }

  private ApiRequest getRequest(String irn) {
    java.util.Objects.requireNonNull(irn, "irn is required");
    return ApiRequest.builder("GET", "/v1/irn/" + ApiRequest.pathSegment(String.valueOf(irn)))
        .operationId("getIrn")
        .auth(Auth.GSTIN)
        .idempotent(false)
        .build();
  }

  /**
   * Get an IRN
   *
   * <p>{@code GET /v1/irn/{irn}} ({@code getIrn}).
   */
  public IrnDocument get(String irn) {
    return get(irn, RequestOptions.none());
  }

  /**
   * Get an IRN
   *
   * <p>{@code GET /v1/irn/{irn}} ({@code getIrn}).
   */
  public IrnDocument get(String irn, RequestOptions options) {
    return getWithResponse(irn, options).data();
  }

  /**
   * Get an IRN
   *
   * <p>{@code GET /v1/irn/{irn}} ({@code getIrn}).
   */
  public ApiResponse<IrnDocument> getWithResponse(String irn) {
    return getWithResponse(irn, RequestOptions.none());
  }

  /**
   * Get an IRN
   *
   * <p>{@code GET /v1/irn/{irn}} ({@code getIrn}).
   */
  public ApiResponse<IrnDocument> getWithResponse(String irn, RequestOptions options) {
    return ctx.execute(getRequest(irn), IrnDocument.class, options);
  }

  private ApiRequest cancelRequest(String irn, CancelIrnRequest body) {
    java.util.Objects.requireNonNull(irn, "irn is required");
    return ApiRequest.builder(
            "POST", "/v1/irn/" + ApiRequest.pathSegment(String.valueOf(irn)) + "/cancel")
        .operationId("cancelIrn")
        .auth(Auth.GSTIN)
        .idempotent(true)
        .body(body)
        .build();
  }

  /**
   * Cancel an IRN
   *
   * <p>{@code POST /v1/irn/{irn}/cancel} ({@code cancelIrn}).
   */
  public IrnDocument cancel(String irn, CancelIrnRequest body) {
    return cancel(irn, body, RequestOptions.none());
  }

  /**
   * Cancel an IRN
   *
   * <p>{@code POST /v1/irn/{irn}/cancel} ({@code cancelIrn}).
   */
  public IrnDocument cancel(String irn, CancelIrnRequest body, RequestOptions options) {
    return cancelWithResponse(irn, body, options).data();
  }

  /**
   * Cancel an IRN
   *
   * <p>{@code POST /v1/irn/{irn}/cancel} ({@code cancelIrn}).
   */
  public ApiResponse<IrnDocument> cancelWithResponse(String irn, CancelIrnRequest body) {
    return cancelWithResponse(irn, body, RequestOptions.none());
  }

  /**
   * Cancel an IRN
   *
   * <p>{@code POST /v1/irn/{irn}/cancel} ({@code cancelIrn}).
   */
  public ApiResponse<IrnDocument> cancelWithResponse(
      String irn, CancelIrnRequest body, RequestOptions options) {
    return ctx.execute(cancelRequest(irn, body), IrnDocument.class, options);
  }
}
