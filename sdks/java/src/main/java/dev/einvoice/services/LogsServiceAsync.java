// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.services;

import dev.einvoice.core.ApiResponse;
import dev.einvoice.core.ClientContext;
import dev.einvoice.core.RequestOptions;
import dev.einvoice.models.LogsExportParams;
import dev.einvoice.models.LogsListParams;
import dev.einvoice.models.RequestLog;
import dev.einvoice.models.RequestLogList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Asynchronous twin of {@link LogsService}: every call returns a {@link CompletableFuture}; {@code
 * cancel(true)} interrupts it.
 */
@SuppressWarnings("unused")
public final class LogsServiceAsync {
  private final ClientContext ctx;
  private final LogsService sync;

  public LogsServiceAsync(ClientContext ctx) {
    this.ctx = ctx;
    this.sync = new LogsService(ctx);
  }

  /**
   * List request logs
   *
   * <p>{@code GET /v1/logs} ({@code listRequestLogs}).
   */
  public CompletableFuture<RequestLogList> list(LogsListParams params) {
    return list(params, RequestOptions.none());
  }

  /**
   * List request logs
   *
   * <p>{@code GET /v1/logs} ({@code listRequestLogs}).
   */
  public CompletableFuture<RequestLogList> list() {
    return list(LogsListParams.builder().build(), RequestOptions.none());
  }

  /**
   * List request logs
   *
   * <p>{@code GET /v1/logs} ({@code listRequestLogs}).
   */
  public CompletableFuture<RequestLogList> list(LogsListParams params, RequestOptions options) {
    return ctx.async(() -> sync.list(params, options));
  }

  /**
   * List request logs
   *
   * <p>{@code GET /v1/logs} ({@code listRequestLogs}).
   */
  public CompletableFuture<ApiResponse<RequestLogList>> listWithResponse(LogsListParams params) {
    return listWithResponse(params, RequestOptions.none());
  }

  /**
   * List request logs
   *
   * <p>{@code GET /v1/logs} ({@code listRequestLogs}).
   */
  public CompletableFuture<ApiResponse<RequestLogList>> listWithResponse() {
    return listWithResponse(LogsListParams.builder().build(), RequestOptions.none());
  }

  /**
   * List request logs
   *
   * <p>{@code GET /v1/logs} ({@code listRequestLogs}).
   */
  public CompletableFuture<ApiResponse<RequestLogList>> listWithResponse(
      LogsListParams params, RequestOptions options) {
    return ctx.async(() -> sync.listWithResponse(params, options));
  }

  /**
   * Export request logs as NDJSON
   *
   * <p>{@code GET /v1/logs/export} ({@code exportRequestLogs}).
   */
  public CompletableFuture<List<RequestLog>> export(LogsExportParams params) {
    return export(params, RequestOptions.none());
  }

  /**
   * Export request logs as NDJSON
   *
   * <p>{@code GET /v1/logs/export} ({@code exportRequestLogs}).
   */
  public CompletableFuture<List<RequestLog>> export() {
    return export(LogsExportParams.builder().build(), RequestOptions.none());
  }

  /**
   * Export request logs as NDJSON
   *
   * <p>{@code GET /v1/logs/export} ({@code exportRequestLogs}).
   */
  public CompletableFuture<List<RequestLog>> export(
      LogsExportParams params, RequestOptions options) {
    return ctx.async(() -> sync.export(params, options));
  }

  /**
   * Get one request log
   *
   * <p>{@code GET /v1/logs/{log_id}} ({@code getRequestLog}).
   */
  public CompletableFuture<RequestLog> get(String logId) {
    return get(logId, RequestOptions.none());
  }

  /**
   * Get one request log
   *
   * <p>{@code GET /v1/logs/{log_id}} ({@code getRequestLog}).
   */
  public CompletableFuture<RequestLog> get(String logId, RequestOptions options) {
    return ctx.async(() -> sync.get(logId, options));
  }

  /**
   * Get one request log
   *
   * <p>{@code GET /v1/logs/{log_id}} ({@code getRequestLog}).
   */
  public CompletableFuture<ApiResponse<RequestLog>> getWithResponse(String logId) {
    return getWithResponse(logId, RequestOptions.none());
  }

  /**
   * Get one request log
   *
   * <p>{@code GET /v1/logs/{log_id}} ({@code getRequestLog}).
   */
  public CompletableFuture<ApiResponse<RequestLog>> getWithResponse(
      String logId, RequestOptions options) {
    return ctx.async(() -> sync.getWithResponse(logId, options));
  }
}
