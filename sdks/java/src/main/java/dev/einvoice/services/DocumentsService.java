// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.services;

import dev.einvoice.core.ApiRequest;
import dev.einvoice.core.ApiResponse;
import dev.einvoice.core.Auth;
import dev.einvoice.core.AutoPager;
import dev.einvoice.core.ClientContext;
import dev.einvoice.core.Page;
import dev.einvoice.core.RequestOptions;
import dev.einvoice.models.DocumentList;
import dev.einvoice.models.DocumentSummary;
import dev.einvoice.models.DocumentsExportParams;
import dev.einvoice.models.DocumentsListParams;
import java.util.List;

/**
 * Operations of the {@code documents} resource. Every method has an overload taking {@link
 * RequestOptions}.
 */
@SuppressWarnings("unused")
public final class DocumentsService {
  private final ClientContext ctx;

  public DocumentsService(ClientContext ctx) {
    this.ctx = ctx;
  }

  private ApiRequest listRequest(DocumentsListParams params) {
    return ApiRequest.builder("GET", "/v1/documents")
        .operationId("listDocuments")
        .auth(Auth.GSTIN)
        .idempotent(false)
        .query(params == null ? null : params.toQuery())
        .headers(params == null ? null : params.toHeaders())
        .build();
  }

  /**
   * List documents for reconciliation
   *
   * <p>{@code GET /v1/documents} ({@code listDocuments}).
   */
  public DocumentList list(DocumentsListParams params) {
    return list(params, RequestOptions.none());
  }

  /**
   * List documents for reconciliation
   *
   * <p>{@code GET /v1/documents} ({@code listDocuments}).
   */
  public DocumentList list() {
    return list(DocumentsListParams.builder().build(), RequestOptions.none());
  }

  /**
   * List documents for reconciliation
   *
   * <p>{@code GET /v1/documents} ({@code listDocuments}).
   */
  public DocumentList list(DocumentsListParams params, RequestOptions options) {
    return listWithResponse(params, options).data();
  }

  /**
   * List documents for reconciliation
   *
   * <p>{@code GET /v1/documents} ({@code listDocuments}).
   */
  public ApiResponse<DocumentList> listWithResponse(DocumentsListParams params) {
    return listWithResponse(params, RequestOptions.none());
  }

  /**
   * List documents for reconciliation
   *
   * <p>{@code GET /v1/documents} ({@code listDocuments}).
   */
  public ApiResponse<DocumentList> listWithResponse() {
    return listWithResponse(DocumentsListParams.builder().build(), RequestOptions.none());
  }

  /**
   * List documents for reconciliation
   *
   * <p>{@code GET /v1/documents} ({@code listDocuments}).
   */
  public ApiResponse<DocumentList> listWithResponse(
      DocumentsListParams params, RequestOptions options) {
    return ctx.execute(listRequest(params), DocumentList.class, options);
  }

  /** Every item of every page, fetched lazily as you iterate (listDocuments). */
  public AutoPager<DocumentSummary> listAutoPaging(DocumentsListParams params) {
    return listAutoPaging(params, RequestOptions.none());
  }

  /** Every item of every page, fetched lazily as you iterate (listDocuments). */
  public AutoPager<DocumentSummary> listAutoPaging() {
    return listAutoPaging(DocumentsListParams.builder().build(), RequestOptions.none());
  }

  /** Every item of every page, fetched lazily as you iterate (listDocuments). */
  public AutoPager<DocumentSummary> listAutoPaging(
      DocumentsListParams params, RequestOptions options) {
    ApiRequest first = listRequest(params);
    return new AutoPager<>(
        cursor -> {
          ApiRequest req = cursor == null ? first : first.withQuery("starting_after", cursor);
          DocumentList p = ctx.execute(req, DocumentList.class, options).data();
          return new Page<>(
              p.data() == null ? List.of() : p.data(),
              Boolean.TRUE.equals(p.hasMore()),
              p.nextCursor().orElse(null));
        },
        null);
  }

  private ApiRequest exportRequest(DocumentsExportParams params) {
    return ApiRequest.builder("GET", "/v1/documents/export")
        .operationId("exportDocuments")
        .auth(Auth.GSTIN)
        .idempotent(false)
        .query(params == null ? null : params.toQuery())
        .headers(params == null ? null : params.toHeaders())
        .build();
  }

  /**
   * Export documents as NDJSON
   *
   * <p>{@code GET /v1/documents/export} ({@code exportDocuments}).
   */
  public List<DocumentSummary> export(DocumentsExportParams params) {
    return export(params, RequestOptions.none());
  }

  /**
   * Export documents as NDJSON
   *
   * <p>{@code GET /v1/documents/export} ({@code exportDocuments}).
   */
  public List<DocumentSummary> export() {
    return export(DocumentsExportParams.builder().build(), RequestOptions.none());
  }

  /**
   * Export documents as NDJSON
   *
   * <p>{@code GET /v1/documents/export} ({@code exportDocuments}).
   */
  public List<DocumentSummary> export(DocumentsExportParams params, RequestOptions options) {
    return ctx.executeNdjson(exportRequest(params), DocumentSummary.class, options);
  }
}
