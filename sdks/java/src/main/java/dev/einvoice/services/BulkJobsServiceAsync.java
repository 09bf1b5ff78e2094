// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.services;

import dev.einvoice.core.ApiResponse;
import dev.einvoice.core.ClientContext;
import dev.einvoice.core.RequestOptions;
import dev.einvoice.models.BulkJob;
import dev.einvoice.models.BulkJobResultList;
import dev.einvoice.models.BulkJobsListResultsParams;
import java.util.concurrent.CompletableFuture;

/**
 * Asynchronous twin of {@link BulkJobsService}: every call returns a {@link CompletableFuture};
 * {@code cancel(true)} interrupts it.
 */
@SuppressWarnings("unused")
public final class BulkJobsServiceAsync {
  private final ClientContext ctx;
  private final BulkJobsService sync;

  public BulkJobsServiceAsync(ClientContext ctx) {
    this.ctx = ctx;
    this.sync = new BulkJobsService(ctx);
  }

  /**
   * Get a bulk job
   *
   * <p>{@code GET /v1/irn/bulk/{id}} ({@code getBulkJob}).
   */
  public CompletableFuture<BulkJob> get(String id) {
    return get(id, RequestOptions.none());
  }

  /**
   * Get a bulk job
   *
   * <p>{@code GET /v1/irn/bulk/{id}} ({@code getBulkJob}).
   */
  public CompletableFuture<BulkJob> get(String id, RequestOptions options) {
    return ctx.async(() -> sync.get(id, options));
  }

  /**
   * Get a bulk job
   *
   * <p>{@code GET /v1/irn/bulk/{id}} ({@code getBulkJob}).
   */
  public CompletableFuture<ApiResponse<BulkJob>> getWithResponse(String id) {
    return getWithResponse(id, RequestOptions.none());
  }

  /**
   * Get a bulk job
   *
   * <p>{@code GET /v1/irn/bulk/{id}} ({@code getBulkJob}).
   */
  public CompletableFuture<ApiResponse<BulkJob>> getWithResponse(
      String id, RequestOptions options) {
    return ctx.async(() -> sync.getWithResponse(id, options));
  }

  /**
   * List a bulk job's per-record results
   *
   * <p>{@code GET /v1/irn/bulk/{id}/results} ({@code listBulkJobResults}).
   */
  public CompletableFuture<BulkJobResultList> listResults(
      String id, BulkJobsListResultsParams params) {
    return listResults(id, params, RequestOptions.none());
  }

  /**
   * List a bulk job's per-record results
   *
   * <p>{@code GET /v1/irn/bulk/{id}/results} ({@code listBulkJobResults}).
   */
  public CompletableFuture<BulkJobResultList> listResults(String id) {
    return listResults(id, BulkJobsListResultsParams.builder().build(), RequestOptions.none());
  }

  /**
   * List a bulk job's per-record results
   *
   * <p>{@code GET /v1/irn/bulk/{id}/results} ({@code listBulkJobResults}).
   */
  public CompletableFuture<BulkJobResultList> listResults(
      String id, BulkJobsListResultsParams params, RequestOptions options) {
    return ctx.async(() -> sync.listResults(id, params, options));
  }

  /**
   * List a bulk job's per-record results
   *
   * <p>{@code GET /v1/irn/bulk/{id}/results} ({@code listBulkJobResults}).
   */
  public CompletableFuture<ApiResponse<BulkJobResultList>> listResultsWithResponse(
      String id, BulkJobsListResultsParams params) {
    return listResultsWithResponse(id, params, RequestOptions.none());
  }

  /**
   * List a bulk job's per-record results
   *
   * <p>{@code GET /v1/irn/bulk/{id}/results} ({@code listBulkJobResults}).
   */
  public CompletableFuture<ApiResponse<BulkJobResultList>> listResultsWithResponse(String id) {
    return listResultsWithResponse(
        id, BulkJobsListResultsParams.builder().build(), RequestOptions.none());
  }

  /**
   * List a bulk job's per-record results
   *
   * <p>{@code GET /v1/irn/bulk/{id}/results} ({@code listBulkJobResults}).
   */
  public CompletableFuture<ApiResponse<BulkJobResultList>> listResultsWithResponse(
      String id, BulkJobsListResultsParams params, RequestOptions options) {
    return ctx.async(() -> sync.listResultsWithResponse(id, params, options));
  }
}
