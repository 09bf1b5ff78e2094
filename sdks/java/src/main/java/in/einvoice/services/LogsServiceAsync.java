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

/** Asynchronous twin of {{@literal @}link LogsService}: every call returns a {{@literal @}link CompletableFuture}; {{@literal @}code cancel(true)} interrupts it. */
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
   * {{@literal @}code GET /v1/logs} ({{@literal @}code listRequestLogs}).
   */
  public CompletableFuture<RequestLogList> list(LogsListParams params) {
    return list(params, RequestOptions.none());
  }

  /**
   * List request logs
   *
   * {{@literal @}code GET /v1/logs} ({{@literal @}code listRequestLogs}).
   */
  public CompletableFuture<RequestLogList> list() {
    return list(LogsListParams.builder().build(), RequestOptions.none());
  }

  /**
   * List request logs
   *
   * {{@literal @}code GET /v1/logs} ({{@literal @}code listRequestLogs}).
   */
  public CompletableFuture<RequestLogList> list(LogsListParams params, RequestOptions options) {
    return ctx.async(() -> sync.list(params, options));
  }

  /**
   * List request logs
   *
   * {{@literal @}code GET /v1/logs} ({{@literal @}code listRequestLogs}).
   */
  public CompletableFuture<ApiResponse<RequestLogList>> listWithResponse(LogsListParams params) {
    return listWithResponse(params, RequestOptions.none());
  }

  /**
   * List request logs
   *
   * {{@literal @}code GET /v1/logs} ({{@literal @}code listRequestLogs}).
   */
  public CompletableFuture<ApiResponse<RequestLogList>> listWithResponse() {
    return listWithResponse(LogsListParams.builder().build(), RequestOptions.none());
  }

  /**
   * List request logs
   *
   * {{@literal @}code GET /v1/logs} ({{@literal @}code listRequestLogs}).
   */
  public CompletableFuture<ApiResponse<RequestLogList>> listWithResponse(LogsListParams params, RequestOptions options) {
    return ctx.async(() -> sync.listWithResponse(params, options));
  }

  /**
   * Export request logs as NDJSON
   *
   * {{@literal @}code GET /v1/logs/export} ({{@literal @}code exportRequestLogs}).
   */
  public CompletableFuture<List<RequestLog>> export(LogsExportParams params) {
    return export(params, RequestOptions.none());
  }

  /**
   * Export request logs as NDJSON
   *
   * {{@literal @}code GET /v1/logs/export} ({{@literal @}code exportRequestLogs}).
   */
  public CompletableFuture<List<RequestLog>> export() {
    return export(LogsExportParams.builder().build(), RequestOptions.none());
  }

  /**
   * Export request logs as NDJSON
   *
   * {{@literal @}code GET /v1/logs/export} ({{@literal @}code exportRequestLogs}).
   */
  public CompletableFuture<List<RequestLog>> export(LogsExportParams params, RequestOptions options) {
    return ctx.async(() -> sync.export(params, options));
  }

  /**
   * Get one request log
   *
   * {{@literal @}code GET /v1/logs/{log_id}} ({{@literal @}code getRequestLog}).
   */
  public CompletableFuture<RequestLog> get(String logId) {
    return get(logId, RequestOptions.none());
  }

  /**
   * Get one request log
   *
   * {{@literal @}code GET /v1/logs/{log_id}} ({{@literal @}code getRequestLog}).
   */
  public CompletableFuture<RequestLog> get(String logId, RequestOptions options) {
    return ctx.async(() -> sync.get(logId, options));
  }

  /**
   * Get one request log
   *
   * {{@literal @}code GET /v1/logs/{log_id}} ({{@literal @}code getRequestLog}).
   */
  public CompletableFuture<ApiResponse<RequestLog>> getWithResponse(String logId) {
    return getWithResponse(logId, RequestOptions.none());
  }

  /**
   * Get one request log
   *
   * {{@literal @}code GET /v1/logs/{log_id}} ({{@literal @}code getRequestLog}).
   */
  public CompletableFuture<ApiResponse<RequestLog>> getWithResponse(String logId, RequestOptions options) {
    return ctx.async(() -> sync.getWithResponse(logId, options));
  }
}
