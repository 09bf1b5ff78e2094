// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.services;

import com.fasterxml.jackson.databind.JsonNode;
import dev.einvoice.core.ApiRequest;
import dev.einvoice.core.ApiResponse;
import dev.einvoice.core.Auth;
import dev.einvoice.core.ClientContext;
import dev.einvoice.core.RequestOptions;
import dev.einvoice.models.Usage;
import dev.einvoice.models.UsageExportUsageParams;
import dev.einvoice.models.UsageGetUsageParams;
import java.util.List;

/**
 * Operations of the {@code usage} resource. Every method has an overload taking {@link
 * RequestOptions}.
 */
@SuppressWarnings("unused")
public final class UsageService {
  private final ClientContext ctx;

  public UsageService(ClientContext ctx) {
    this.ctx = ctx;
  }

  private ApiRequest getUsageRequest(UsageGetUsageParams params) {
    return ApiRequest.builder("GET", "/v1/usage")
        .operationId("getUsage")
        .auth(Auth.ACCOUNT)
        .idempotent(false)
        .query(params == null ? null : params.toQuery())
        .headers(params == null ? null : params.toHeaders())
        .build();
  }

  /**
   * Get the account's usage
   *
   * <p>{@code GET /v1/usage} ({@code getUsage}).
   */
  public Usage getUsage(UsageGetUsageParams params) {
    return getUsage(params, RequestOptions.none());
  }

  /**
   * Get the account's usage
   *
   * <p>{@code GET /v1/usage} ({@code getUsage}).
   */
  public Usage getUsage() {
    return getUsage(UsageGetUsageParams.builder().build(), RequestOptions.none());
  }

  /**
   * Get the account's usage
   *
   * <p>{@code GET /v1/usage} ({@code getUsage}).
   */
  public Usage getUsage(UsageGetUsageParams params, RequestOptions options) {
    return getUsageWithResponse(params, options).data();
  }

  /**
   * Get the account's usage
   *
   * <p>{@code GET /v1/usage} ({@code getUsage}).
   */
  public ApiResponse<Usage> getUsageWithResponse(UsageGetUsageParams params) {
    return getUsageWithResponse(params, RequestOptions.none());
  }

  /**
   * Get the account's usage
   *
   * <p>{@code GET /v1/usage} ({@code getUsage}).
   */
  public ApiResponse<Usage> getUsageWithResponse() {
    return getUsageWithResponse(UsageGetUsageParams.builder().build(), RequestOptions.none());
  }

  /**
   * Get the account's usage
   *
   * <p>{@code GET /v1/usage} ({@code getUsage}).
   */
  public ApiResponse<Usage> getUsageWithResponse(
      UsageGetUsageParams params, RequestOptions options) {
    return ctx.execute(getUsageRequest(params), Usage.class, options);
  }

  private ApiRequest exportUsageRequest(UsageExportUsageParams params) {
    return ApiRequest.builder("GET", "/v1/usage/export")
        .operationId("exportUsage")
        .auth(Auth.ACCOUNT)
        .idempotent(false)
        .query(params == null ? null : params.toQuery())
        .headers(params == null ? null : params.toHeaders())
        .build();
  }

  /**
   * Export the account's usage as NDJSON
   *
   * <p>{@code GET /v1/usage/export} ({@code exportUsage}).
   */
  public List<JsonNode> exportUsage(UsageExportUsageParams params) {
    return exportUsage(params, RequestOptions.none());
  }

  /**
   * Export the account's usage as NDJSON
   *
   * <p>{@code GET /v1/usage/export} ({@code exportUsage}).
   */
  public List<JsonNode> exportUsage() {
    return exportUsage(UsageExportUsageParams.builder().build(), RequestOptions.none());
  }

  /**
   * Export the account's usage as NDJSON
   *
   * <p>{@code GET /v1/usage/export} ({@code exportUsage}).
   */
  public List<JsonNode> exportUsage(UsageExportUsageParams params, RequestOptions options) {
    return ctx.executeNdjson(exportUsageRequest(params), JsonNode.class, options);
  }
}
