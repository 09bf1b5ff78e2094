// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.services;

import dev.einvoice.core.ApiRequest;
import dev.einvoice.core.ApiResponse;
import dev.einvoice.core.Auth;
import dev.einvoice.core.AutoPager;
import dev.einvoice.core.ClientContext;
import dev.einvoice.core.Page;
import dev.einvoice.core.RequestOptions;
import dev.einvoice.models.BulkJob;
import dev.einvoice.models.BulkJobRecordResult;
import dev.einvoice.models.BulkJobResultList;
import dev.einvoice.models.BulkJobsListResultsParams;
import java.util.List;

/**
 * Operations of the {@code bulk jobs} resource. Every method has an overload taking {@link
 * RequestOptions}.
 */
@SuppressWarnings("unused")
public final class BulkJobsService {
  private final ClientContext ctx;

  public BulkJobsService(ClientContext ctx) {
    this.ctx = ctx;
  }

  private ApiRequest getRequest(String id) {
    java.util.Objects.requireNonNull(id, "id is required");
    return ApiRequest.builder("GET", "/v1/irn/bulk/" + ApiRequest.pathSegment(String.valueOf(id)))
        .operationId("getBulkJob")
        .auth(Auth.GSTIN)
        .idempotent(false)
        .build();
  }

  /**
   * Get a bulk job
   *
   * <p>{@code GET /v1/irn/bulk/{id}} ({@code getBulkJob}).
   */
  public BulkJob get(String id) {
    return get(id, RequestOptions.none());
  }

  /**
   * Get a bulk job
   *
   * <p>{@code GET /v1/irn/bulk/{id}} ({@code getBulkJob}).
   */
  public BulkJob get(String id, RequestOptions options) {
    return getWithResponse(id, options).data();
  }

  /**
   * Get a bulk job
   *
   * <p>{@code GET /v1/irn/bulk/{id}} ({@code getBulkJob}).
   */
  public ApiResponse<BulkJob> getWithResponse(String id) {
    return getWithResponse(id, RequestOptions.none());
  }

  /**
   * Get a bulk job
   *
   * <p>{@code GET /v1/irn/bulk/{id}} ({@code getBulkJob}).
   */
  public ApiResponse<BulkJob> getWithResponse(String id, RequestOptions options) {
    return ctx.execute(getRequest(id), BulkJob.class, options);
  }

  private ApiRequest listResultsRequest(String id, BulkJobsListResultsParams params) {
    java.util.Objects.requireNonNull(id, "id is required");
    return ApiRequest.builder(
            "GET", "/v1/irn/bulk/" + ApiRequest.pathSegment(String.valueOf(id)) + "/results")
        .operationId("listBulkJobResults")
        .auth(Auth.GSTIN)
        .idempotent(false)
        .query(params == null ? null : params.toQuery())
        .headers(params == null ? null : params.toHeaders())
        .build();
  }

  /**
   * List a bulk job's per-record results
   *
   * <p>{@code GET /v1/irn/bulk/{id}/results} ({@code listBulkJobResults}).
   */
  public BulkJobResultList listResults(String id, BulkJobsListResultsParams params) {
    return listResults(id, params, RequestOptions.none());
  }

  /**
   * List a bulk job's per-record results
   *
   * <p>{@code GET /v1/irn/bulk/{id}/results} ({@code listBulkJobResults}).
   */
  public BulkJobResultList listResults(String id) {
    return listResults(id, BulkJobsListResultsParams.builder().build(), RequestOptions.none());
  }

  /**
   * List a bulk job's per-record results
   *
   * <p>{@code GET /v1/irn/bulk/{id}/results} ({@code listBulkJobResults}).
   */
  public BulkJobResultList listResults(
      String id, BulkJobsListResultsParams params, RequestOptions options) {
    return listResultsWithResponse(id, params, options).data();
  }

  /**
   * List a bulk job's per-record results
   *
   * <p>{@code GET /v1/irn/bulk/{id}/results} ({@code listBulkJobResults}).
   */
  public ApiResponse<BulkJobResultList> listResultsWithResponse(
      String id, BulkJobsListResultsParams params) {
    return listResultsWithResponse(id, params, RequestOptions.none());
  }

  /**
   * List a bulk job's per-record results
   *
   * <p>{@code GET /v1/irn/bulk/{id}/results} ({@code listBulkJobResults}).
   */
  public ApiResponse<BulkJobResultList> listResultsWithResponse(String id) {
    return listResultsWithResponse(
        id, BulkJobsListResultsParams.builder().build(), RequestOptions.none());
  }

  /**
   * List a bulk job's per-record results
   *
   * <p>{@code GET /v1/irn/bulk/{id}/results} ({@code listBulkJobResults}).
   */
  public ApiResponse<BulkJobResultList> listResultsWithResponse(
      String id, BulkJobsListResultsParams params, RequestOptions options) {
    return ctx.execute(listResultsRequest(id, params), BulkJobResultList.class, options);
  }

  /** Every item of every page, fetched lazily as you iterate (listBulkJobResults). */
  public AutoPager<BulkJobRecordResult> listResultsAutoPaging(
      String id, BulkJobsListResultsParams params) {
    return listResultsAutoPaging(id, params, RequestOptions.none());
  }

  /** Every item of every page, fetched lazily as you iterate (listBulkJobResults). */
  public AutoPager<BulkJobRecordResult> listResultsAutoPaging(String id) {
    return listResultsAutoPaging(
        id, BulkJobsListResultsParams.builder().build(), RequestOptions.none());
  }

  /** Every item of every page, fetched lazily as you iterate (listBulkJobResults). */
  public AutoPager<BulkJobRecordResult> listResultsAutoPaging(
      String id, BulkJobsListResultsParams params, RequestOptions options) {
    ApiRequest first = listResultsRequest(id, params);
    return new AutoPager<>(
        cursor -> {
          ApiRequest req = cursor == null ? first : first.withQuery("starting_after", cursor);
          BulkJobResultList p = ctx.execute(req, BulkJobResultList.class, options).data();
          return new Page<>(
              p.data() == null ? List.of() : p.data(),
              Boolean.TRUE.equals(p.hasMore()),
              p.nextCursor().orElse(null));
        },
        null);
  }
}
