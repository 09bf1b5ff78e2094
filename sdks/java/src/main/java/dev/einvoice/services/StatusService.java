// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.services;

import dev.einvoice.core.ApiRequest;
import dev.einvoice.core.ApiResponse;
import dev.einvoice.core.Auth;
import dev.einvoice.core.ClientContext;
import dev.einvoice.core.RequestOptions;
import dev.einvoice.models.Status;

/**
 * Operations of the {@code status} resource. Every method has an overload taking {@link
 * RequestOptions}.
 */
@SuppressWarnings("unused")
public final class StatusService {
  private final ClientContext ctx;

  public StatusService(ClientContext ctx) {
    this.ctx = ctx;
  }

  private ApiRequest getRequest() {
    return ApiRequest.builder("GET", "/v1/status")
        .operationId("getStatus")
        .auth(Auth.NONE)
        .idempotent(false)
        .build();
  }

  /**
   * Health of every GSP and IRP
   *
   * <p>{@code GET /v1/status} ({@code getStatus}).
   */
  public Status get() {
    return get(RequestOptions.none());
  }

  /**
   * Health of every GSP and IRP
   *
   * <p>{@code GET /v1/status} ({@code getStatus}).
   */
  public Status get(RequestOptions options) {
    return getWithResponse(options).data();
  }

  /**
   * Health of every GSP and IRP
   *
   * <p>{@code GET /v1/status} ({@code getStatus}).
   */
  public ApiResponse<Status> getWithResponse() {
    return getWithResponse(RequestOptions.none());
  }

  /**
   * Health of every GSP and IRP
   *
   * <p>{@code GET /v1/status} ({@code getStatus}).
   */
  public ApiResponse<Status> getWithResponse(RequestOptions options) {
    return ctx.execute(getRequest(), Status.class, options);
  }
}
