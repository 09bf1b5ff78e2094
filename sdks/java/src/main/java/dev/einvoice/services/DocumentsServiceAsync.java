// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.services;

import dev.einvoice.core.ApiResponse;
import dev.einvoice.core.ClientContext;
import dev.einvoice.core.RequestOptions;
import dev.einvoice.models.DocumentList;
import dev.einvoice.models.DocumentSummary;
import dev.einvoice.models.DocumentsExportParams;
import dev.einvoice.models.DocumentsListParams;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Asynchronous twin of {@link DocumentsService}: every call returns a {@link CompletableFuture};
 * {@code cancel(true)} interrupts it.
 */
@SuppressWarnings("unused")
public final class DocumentsServiceAsync {
  private final ClientContext ctx;
  private final DocumentsService sync;

  public DocumentsServiceAsync(ClientContext ctx) {
    this.ctx = ctx;
    this.sync = new DocumentsService(ctx);
  }

  /**
   * List documents for reconciliation
   *
   * <p>{@code GET /v1/documents} ({@code listDocuments}).
   */
  public CompletableFuture<DocumentList> list(DocumentsListParams params) {
    return list(params, RequestOptions.none());
  }

  /**
   * List documents for reconciliation
   *
   * <p>{@code GET /v1/documents} ({@code listDocuments}).
   */
  public CompletableFuture<DocumentList> list() {
    return list(DocumentsListParams.builder().build(), RequestOptions.none());
  }

  /**
   * List documents for reconciliation
   *
   * <p>{@code GET /v1/documents} ({@code listDocuments}).
   */
  public CompletableFuture<DocumentList> list(DocumentsListParams params, RequestOptions options) {
    return ctx.async(() -> sync.list(params, options));
  }

  /**
   * List documents for reconciliation
   *
   * <p>{@code GET /v1/documents} ({@code listDocuments}).
   */
  public CompletableFuture<ApiResponse<DocumentList>> listWithResponse(DocumentsListParams params) {
    return listWithResponse(params, RequestOptions.none());
  }

  /**
   * List documents for reconciliation
   *
   * <p>{@code GET /v1/documents} ({@code listDocuments}).
   */
  public CompletableFuture<ApiResponse<DocumentList>> listWithResponse() {
    return listWithResponse(DocumentsListParams.builder().build(), RequestOptions.none());
  }

  /**
   * List documents for reconciliation
   *
   * <p>{@code GET /v1/documents} ({@code listDocuments}).
   */
  public CompletableFuture<ApiResponse<DocumentList>> listWithResponse(
      DocumentsListParams params, RequestOptions options) {
    return ctx.async(() -> sync.listWithResponse(params, options));
  }

  /**
   * Export documents as NDJSON
   *
   * <p>{@code GET /v1/documents/export} ({@code exportDocuments}).
   */
  public CompletableFuture<List<DocumentSummary>> export(DocumentsExportParams params) {
    return export(params, RequestOptions.none());
  }

  /**
   * Export documents as NDJSON
   *
   * <p>{@code GET /v1/documents/export} ({@code exportDocuments}).
   */
  public CompletableFuture<List<DocumentSummary>> export() {
    return export(DocumentsExportParams.builder().build(), RequestOptions.none());
  }

  /**
   * Export documents as NDJSON
   *
   * <p>{@code GET /v1/documents/export} ({@code exportDocuments}).
   */
  public CompletableFuture<List<DocumentSummary>> export(
      DocumentsExportParams params, RequestOptions options) {
    return ctx.async(() -> sync.export(params, options));
  }
}
