// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.services;

import dev.einvoice.core.ApiResponse;
import dev.einvoice.core.ClientContext;
import dev.einvoice.core.RequestOptions;
import dev.einvoice.models.BulkGenerateRequest;
import dev.einvoice.models.BulkGenerateResult;
import dev.einvoice.models.CancelIrnRequest;
import dev.einvoice.models.Invoice;
import dev.einvoice.models.IrnDocument;
import dev.einvoice.models.IrnGetByDocumentParams;
import java.util.concurrent.CompletableFuture;

/**
 * Asynchronous twin of {@link IrnService}: every call returns a {@link CompletableFuture}; {@code
 * cancel(true)} interrupts it.
 */
@SuppressWarnings("unused")
public final class IrnServiceAsync {
  private final ClientContext ctx;
  private final IrnService sync;

  public IrnServiceAsync(ClientContext ctx) {
    this.ctx = ctx;
    this.sync = new IrnService(ctx);
  }

  /**
   * Generate an IRN for an invoice
   *
   * <p>{@code POST /v1/irn} ({@code generateIrn}).
   */
  public CompletableFuture<IrnDocument> generate(Invoice body) {
    return generate(body, RequestOptions.none());
  }

  /**
   * Generate an IRN for an invoice
   *
   * <p>{@code POST /v1/irn} ({@code generateIrn}).
   */
  public CompletableFuture<IrnDocument> generate(Invoice body, RequestOptions options) {
    return ctx.async(() -> sync.generate(body, options));
  }

  /**
   * Generate an IRN for an invoice
   *
   * <p>{@code POST /v1/irn} ({@code generateIrn}).
   */
  public CompletableFuture<ApiResponse<IrnDocument>> generateWithResponse(Invoice body) {
    return generateWithResponse(body, RequestOptions.none());
  }

  /**
   * Generate an IRN for an invoice
   *
   * <p>{@code POST /v1/irn} ({@code generateIrn}).
   */
  public CompletableFuture<ApiResponse<IrnDocument>> generateWithResponse(
      Invoice body, RequestOptions options) {
    return ctx.async(() -> sync.generateWithResponse(body, options));
  }

  /**
   * Generate IRNs for up to 5,000 invoices
   *
   * <p>{@code POST /v1/irn/bulk} ({@code bulkGenerateIrn}).
   */
  public CompletableFuture<BulkGenerateResult> bulkGenerate(BulkGenerateRequest body) {
    return bulkGenerate(body, RequestOptions.none());
  }

  /**
   * Generate IRNs for up to 5,000 invoices
   *
   * <p>{@code POST /v1/irn/bulk} ({@code bulkGenerateIrn}).
   */
  public CompletableFuture<BulkGenerateResult> bulkGenerate(
      BulkGenerateRequest body, RequestOptions options) {
    return ctx.async(() -> sync.bulkGenerate(body, options));
  }

  /**
   * Generate IRNs for up to 5,000 invoices
   *
   * <p>{@code POST /v1/irn/bulk} ({@code bulkGenerateIrn}).
   */
  public CompletableFuture<ApiResponse<BulkGenerateResult>> bulkGenerateWithResponse(
      BulkGenerateRequest body) {
    return bulkGenerateWithResponse(body, RequestOptions.none());
  }

  /**
   * Generate IRNs for up to 5,000 invoices
   *
   * <p>{@code POST /v1/irn/bulk} ({@code bulkGenerateIrn}).
   */
  public CompletableFuture<ApiResponse<BulkGenerateResult>> bulkGenerateWithResponse(
      BulkGenerateRequest body, RequestOptions options) {
    return ctx.async(() -> sync.bulkGenerateWithResponse(body, options));
  }

  /**
   * Find the IRN of a document
   *
   * <p>{@code GET /v1/irn/by-document} ({@code getIrnByDocument}).
   */
  public CompletableFuture<IrnDocument> getByDocument(IrnGetByDocumentParams params) {
    return getByDocument(params, RequestOptions.none());
  }

  /**
   * Find the IRN of a document
   *
   * <p>{@code GET /v1/irn/by-document} ({@code getIrnByDocument}).
   */
  public CompletableFuture<IrnDocument> getByDocument(
      IrnGetByDocumentParams params, RequestOptions options) {
    return ctx.async(() -> sync.getByDocument(params, options));
  }

  /**
   * Find the IRN of a document
   *
   * <p>{@code GET /v1/irn/by-document} ({@code getIrnByDocument}).
   */
  public CompletableFuture<ApiResponse<IrnDocument>> getByDocumentWithResponse(
      IrnGetByDocumentParams params) {
    return getByDocumentWithResponse(params, RequestOptions.none());
  }

  /**
   * Find the IRN of a document
   *
   * <p>{@code GET /v1/irn/by-document} ({@code getIrnByDocument}).
   */
  public CompletableFuture<ApiResponse<IrnDocument>> getByDocumentWithResponse(
      IrnGetByDocumentParams params, RequestOptions options) {
    return ctx.async(() -> sync.getByDocumentWithResponse(params, options));
  }

  /**
   * Get an IRN
   *
   * <p>{@code GET /v1/irn/{irn}} ({@code getIrn}).
   */
  public CompletableFuture<IrnDocument> get(String irn) {
    return get(irn, RequestOptions.none());
  }

  /**
   * Get an IRN
   *
   * <p>{@code GET /v1/irn/{irn}} ({@code getIrn}).
   */
  public CompletableFuture<IrnDocument> get(String irn, RequestOptions options) {
    return ctx.async(() -> sync.get(irn, options));
  }

  /**
   * Get an IRN
   *
   * <p>{@code GET /v1/irn/{irn}} ({@code getIrn}).
   */
  public CompletableFuture<ApiResponse<IrnDocument>> getWithResponse(String irn) {
    return getWithResponse(irn, RequestOptions.none());
  }

  /**
   * Get an IRN
   *
   * <p>{@code GET /v1/irn/{irn}} ({@code getIrn}).
   */
  public CompletableFuture<ApiResponse<IrnDocument>> getWithResponse(
      String irn, RequestOptions options) {
    return ctx.async(() -> sync.getWithResponse(irn, options));
  }

  /**
   * Cancel an IRN
   *
   * <p>{@code POST /v1/irn/{irn}/cancel} ({@code cancelIrn}).
   */
  public CompletableFuture<IrnDocument> cancel(String irn, CancelIrnRequest body) {
    return cancel(irn, body, RequestOptions.none());
  }

  /**
   * Cancel an IRN
   *
   * <p>{@code POST /v1/irn/{irn}/cancel} ({@code cancelIrn}).
   */
  public CompletableFuture<IrnDocument> cancel(
      String irn, CancelIrnRequest body, RequestOptions options) {
    return ctx.async(() -> sync.cancel(irn, body, options));
  }

  /**
   * Cancel an IRN
   *
   * <p>{@code POST /v1/irn/{irn}/cancel} ({@code cancelIrn}).
   */
  public CompletableFuture<ApiResponse<IrnDocument>> cancelWithResponse(
      String irn, CancelIrnRequest body) {
    return cancelWithResponse(irn, body, RequestOptions.none());
  }

  /**
   * Cancel an IRN
   *
   * <p>{@code POST /v1/irn/{irn}/cancel} ({@code cancelIrn}).
   */
  public CompletableFuture<ApiResponse<IrnDocument>> cancelWithResponse(
      String irn, CancelIrnRequest body, RequestOptions options) {
    return ctx.async(() -> sync.cancelWithResponse(irn, body, options));
  }
}
