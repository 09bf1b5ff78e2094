// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.services;

import dev.einvoice.core.ApiRequest;
import dev.einvoice.core.ApiResponse;
import dev.einvoice.core.Auth;
import dev.einvoice.core.AutoPager;
import dev.einvoice.core.ClientContext;
import dev.einvoice.core.Page;
import dev.einvoice.core.RequestOptions;
import dev.einvoice.models.LogsExportParams;
import dev.einvoice.models.LogsListParams;
import dev.einvoice.models.RequestLog;
import dev.einvoice.models.RequestLogList;
import dev.einvoice.models.RequestLogSummary;
import java.util.List;

/**
 * Operations of the {@code logs} resource. Every method has an overload taking {@link
 * RequestOptions}.
 */
@SuppressWarnings("unused")
public final class LogsService {
  private final ClientContext ctx;

  public LogsService(ClientContext ctx) {
    this.ctx = ctx;
  }

  private ApiRequest listRequest(LogsListParams params) {
    return ApiRequest.builder("GET", "/v1/logs")
        .operationId("listRequestLogs")
        .auth(Auth.ACCOUNT_OR_GSTIN)
        .idempotent(false)
        .query(params == null ? null : params.toQuery())
        .headers(params == null ? null : params.toHeaders())
        .build();
  }

  /**
   * List request logs
   *
   * <p>{@code GET /v1/logs} ({@code listRequestLogs}).
   */
  public RequestLogList list(LogsListParams params) {
    return list(params, RequestOptions.none());
  }

  /**
   * List request logs
   *
   * <p>{@code GET /v1/logs} ({@code listRequestLogs}).
   */
  public RequestLogList list() {
    return list(LogsListParams.builder().build(), RequestOptions.none());
  }

  /**
   * List request logs
   *
   * <p>{@code GET /v1/logs} ({@code listRequestLogs}).
   */
  public RequestLogList list(LogsListParams params, RequestOptions options) {
    return listWithResponse(params, options).data();
  }

  /**
   * List request logs
   *
   * <p>{@code GET /v1/logs} ({@code listRequestLogs}).
   */
  public ApiResponse<RequestLogList> listWithResponse(LogsListParams params) {
    return listWithResponse(params, RequestOptions.none());
  }

  /**
   * List request logs
   *
   * <p>{@code GET /v1/logs} ({@code listRequestLogs}).
   */
  public ApiResponse<RequestLogList> listWithResponse() {
    return listWithResponse(LogsListParams.builder().build(), RequestOptions.none());
  }

  /**
   * List request logs
   *
   * <p>{@code GET /v1/logs} ({@code listRequestLogs}).
   */
  public ApiResponse<RequestLogList> listWithResponse(
      LogsListParams params, RequestOptions options) {
    return ctx.execute(listRequest(params), RequestLogList.class, options);
  }

  /** Every item of every page, fetched lazily as you iterate (listRequestLogs). */
  public AutoPager<RequestLogSummary> listAutoPaging(LogsListParams params) {
    return listAutoPaging(params, RequestOptions.none());
  }

  /** Every item of every page, fetched lazily as you iterate (listRequestLogs). */
  public AutoPager<RequestLogSummary> listAutoPaging() {
    return listAutoPaging(LogsListParams.builder().build(), RequestOptions.none());
  }

  /** Every item of every page, fetched lazily as you iterate (listRequestLogs). */
  public AutoPager<RequestLogSummary> listAutoPaging(
      LogsListParams params, RequestOptions options) {
    ApiRequest first = listRequest(params);
    return new AutoPager<>(
        cursor -> {
          ApiRequest req = cursor == null ? first : first.withQuery("starting_after", cursor);
          RequestLogList p = ctx.execute(req, RequestLogList.class, options).data();
          return new Page<>(
              p.data() == null ? List.of() : p.data(),
              Boolean.TRUE.equals(p.hasMore()),
              p.nextCursor().orElse(null));
        },
        null);
  }

  private ApiRequest exportRequest(LogsExportParams params) {
    return ApiRequest.builder("GET", "/v1/logs/export")
        .operationId("exportRequestLogs")
        .auth(Auth.ACCOUNT_OR_GSTIN)
        .idempotent(false)
        .query(params == null ? null : params.toQuery())
        .headers(params == null ? null : params.toHeaders())
        .build();
  }

  /**
   * Export request logs as NDJSON
   *
   * <p>{@code GET /v1/logs/export} ({@code exportRequestLogs}).
   */
  public List<RequestLog> export(LogsExportParams params) {
    return export(params, RequestOptions.none());
  }

  /**
   * Export request logs as NDJSON
   *
   * <p>{@code GET /v1/logs/export} ({@code exportRequestLogs}).
   */
  public List<RequestLog> export() {
    return export(LogsExportParams.builder().build(), RequestOptions.none());
  }

  /**
   * Export request logs as NDJSON
   *
   * <p>{@code GET /v1/logs/export} ({@code exportRequestLogs}).
   */
  public List<RequestLog> export(LogsExportParams params, RequestOptions options) {
    return ctx.executeNdjson(exportRequest(params), RequestLog.class, options);
  }

  private ApiRequest getRequest(String logId) {
    java.util.Objects.requireNonNull(logId, "log_id is required");
    return ApiRequest.builder("GET", "/v1/logs/" + ApiRequest.pathSegment(String.valueOf(logId)))
        .operationId("getRequestLog")
        .auth(Auth.ACCOUNT_OR_GSTIN)
        .idempotent(false)
        .build();
  }

  /**
   * Get one request log
   *
   * <p>{@code GET /v1/logs/{log_id}} ({@code getRequestLog}).
   */
  public RequestLog get(String logId) {
    return get(logId, RequestOptions.none());
  }

  /**
   * Get one request log
   *
   * <p>{@code GET /v1/logs/{log_id}} ({@code getRequestLog}).
   */
  public RequestLog get(String logId, RequestOptions options) {
    return getWithResponse(logId, options).data();
  }

  /**
   * Get one request log
   *
   * <p>{@code GET /v1/logs/{log_id}} ({@code getRequestLog}).
   */
  public ApiResponse<RequestLog> getWithResponse(String logId) {
    return getWithResponse(logId, RequestOptions.none());
  }

  /**
   * Get one request log
   *
   * <p>{@code GET /v1/logs/{log_id}} ({@code getRequestLog}).
   */
  public ApiResponse<RequestLog> getWithResponse(String logId, RequestOptions options) {
    return ctx.execute(getRequest(logId), RequestLog.class, options);
  }
}
