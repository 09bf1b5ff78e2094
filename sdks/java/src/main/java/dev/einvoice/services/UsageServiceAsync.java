// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.services;

import com.fasterxml.jackson.databind.JsonNode;
import dev.einvoice.core.ApiResponse;
import dev.einvoice.core.ClientContext;
import dev.einvoice.core.RequestOptions;
import dev.einvoice.models.Usage;
import dev.einvoice.models.UsageExportUsageParams;
import dev.einvoice.models.UsageGetUsageParams;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Asynchronous twin of {@link UsageService}: every call returns a {@link CompletableFuture}; {@code
 * cancel(true)} interrupts it.
 */
@SuppressWarnings("unused")
public final class UsageServiceAsync {
  private final ClientContext ctx;
  private final UsageService sync;

  public UsageServiceAsync(ClientContext ctx) {
    this.ctx = ctx;
    this.sync = new UsageService(ctx);
  }

  /**
   * Get the account's usage
   *
   * <p>{@code GET /v1/usage} ({@code getUsage}).
   */
  public CompletableFuture<Usage> getUsage(UsageGetUsageParams params) {
    return getUsage(params, RequestOptions.none());
  }

  /**
   * Get the account's usage
   *
   * <p>{@code GET /v1/usage} ({@code getUsage}).
   */
  public CompletableFuture<Usage> getUsage() {
    return getUsage(UsageGetUsageParams.builder().build(), RequestOptions.none());
  }

  /**
   * Get the account's usage
   *
   * <p>{@code GET /v1/usage} ({@code getUsage}).
   */
  public CompletableFuture<Usage> getUsage(UsageGetUsageParams params, RequestOptions options) {
    return ctx.async(() -> sync.getUsage(params, options));
  }

  /**
   * Get the account's usage
   *
   * <p>{@code GET /v1/usage} ({@code getUsage}).
   */
  public CompletableFuture<ApiResponse<Usage>> getUsageWithResponse(UsageGetUsageParams params) {
    return getUsageWithResponse(params, RequestOptions.none());
  }

  /**
   * Get the account's usage
   *
   * <p>{@code GET /v1/usage} ({@code getUsage}).
   */
  public CompletableFuture<ApiResponse<Usage>> getUsageWithResponse() {
    return getUsageWithResponse(UsageGetUsageParams.builder().build(), RequestOptions.none());
  }

  /**
   * Get the account's usage
   *
   * <p>{@code GET /v1/usage} ({@code getUsage}).
   */
  public CompletableFuture<ApiResponse<Usage>> getUsageWithResponse(
      UsageGetUsageParams params, RequestOptions options) {
    return ctx.async(() -> sync.getUsageWithResponse(params, options));
  }

  /**
   * Export the account's usage as NDJSON
   *
   * <p>{@code GET /v1/usage/export} ({@code exportUsage}).
   */
  public CompletableFuture<List<JsonNode>> exportUsage(UsageExportUsageParams params) {
    return exportUsage(params, RequestOptions.none());
  }

  /**
   * Export the account's usage as NDJSON
   *
   * <p>{@code GET /v1/usage/export} ({@code exportUsage}).
   */
  public CompletableFuture<List<JsonNode>> exportUsage() {
    return exportUsage(UsageExportUsageParams.builder().build(), RequestOptions.none());
  }

  /**
   * Export the account's usage as NDJSON
   *
   * <p>{@code GET /v1/usage/export} ({@code exportUsage}).
   */
  public CompletableFuture<List<JsonNode>> exportUsage(
      UsageExportUsageParams params, RequestOptions options) {
    return ctx.async(() -> sync.exportUsage(params, options));
  }
}
