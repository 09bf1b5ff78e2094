// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package in.einvoice.services;

import in.einvoice.core.ApiRequest;
import in.einvoice.core.ApiResponse;
import in.einvoice.core.Auth;
import in.einvoice.core.AutoPager;
import in.einvoice.core.ClientContext;
import in.einvoice.core.Page;
import in.einvoice.core.RequestOptions;
import in.einvoice.models.*;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Asynchronous twin of {{@literal @}link DocumentsService}: every call returns a {{@literal @}link CompletableFuture}; {{@literal @}code cancel(true)} interrupts it. */
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
   * {{@literal @}code GET /v1/documents} ({{@literal @}code listDocuments}).
   */
  public CompletableFuture<DocumentList> list(DocumentsListParams params) {
    return list(params, RequestOptions.none());
  }

  /**
   * List documents for reconciliation
   *
   * {{@literal @}code GET /v1/documents} ({{@literal @}code listDocuments}).
   */
  public CompletableFuture<DocumentList> list() {
    return list(DocumentsListParams.builder().build(), RequestOptions.none());
  }

  /**
   * List documents for reconciliation
   *
   * {{@literal @}code GET /v1/documents} ({{@literal @}code listDocuments}).
   */
  public CompletableFuture<DocumentList> list(DocumentsListParams params, RequestOptions options) {
    return ctx.async(() -> sync.list(params, options));
  }

  /**
   * List documents for reconciliation
   *
   * {{@literal @}code GET /v1/documents} ({{@literal @}code listDocuments}).
   */
  public CompletableFuture<ApiResponse<DocumentList>> listWithResponse(DocumentsListParams params) {
    return listWithResponse(params, RequestOptions.none());
  }

  /**
   * List documents for reconciliation
   *
   * {{@literal @}code GET /v1/documents} ({{@literal @}code listDocuments}).
   */
  public CompletableFuture<ApiResponse<DocumentList>> listWithResponse() {
    return listWithResponse(DocumentsListParams.builder().build(), RequestOptions.none());
  }

  /**
   * List documents for reconciliation
   *
   * {{@literal @}code GET /v1/documents} ({{@literal @}code listDocuments}).
   */
  public CompletableFuture<ApiResponse<DocumentList>> listWithResponse(DocumentsListParams params, RequestOptions options) {
    return ctx.async(() -> sync.listWithResponse(params, options));
  }

  /**
   * Export documents as NDJSON
   *
   * {{@literal @}code GET /v1/documents/export} ({{@literal @}code exportDocuments}).
   */
  public CompletableFuture<List<DocumentSummary>> export(DocumentsExportParams params) {
    return export(params, RequestOptions.none());
  }

  /**
   * Export documents as NDJSON
   *
   * {{@literal @}code GET /v1/documents/export} ({{@literal @}code exportDocuments}).
   */
  public CompletableFuture<List<DocumentSummary>> export() {
    return export(DocumentsExportParams.builder().build(), RequestOptions.none());
  }

  /**
   * Export documents as NDJSON
   *
   * {{@literal @}code GET /v1/documents/export} ({{@literal @}code exportDocuments}).
   */
  public CompletableFuture<List<DocumentSummary>> export(DocumentsExportParams params, RequestOptions options) {
    return ctx.async(() -> sync.export(params, options));
  }
}
