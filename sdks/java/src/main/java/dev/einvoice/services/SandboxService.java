// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.services;

import dev.einvoice.core.ApiRequest;
import dev.einvoice.core.ApiResponse;
import dev.einvoice.core.Auth;
import dev.einvoice.core.ClientContext;
import dev.einvoice.core.RequestOptions;
import dev.einvoice.models.SandboxFaults;
import dev.einvoice.models.SandboxFaultsRequest;

/**
 * Operations of the {@code sandbox} resource. Every method has an overload taking {@link
 * RequestOptions}.
 */
@SuppressWarnings("unused")
public final class SandboxService {
  private final ClientContext ctx;

  public SandboxService(ClientContext ctx) {
    this.ctx = ctx;
  }

  private ApiRequest setFaultsRequest(SandboxFaultsRequest body) {
    return ApiRequest.builder("POST", "/v1/sandbox/faults")
        .operationId("setSandboxFaults")
        .auth(Auth.GSTIN)
        .idempotent(true)
        .body(body)
        .build();
  }

  /**
   * Rehearse a failure (sandbox only)
   *
   * <p>{@code POST /v1/sandbox/faults} ({@code setSandboxFaults}).
   */
  public SandboxFaults setFaults(SandboxFaultsRequest body) {
    return setFaults(body, RequestOptions.none());
  }

  /**
   * Rehearse a failure (sandbox only)
   *
   * <p>{@code POST /v1/sandbox/faults} ({@code setSandboxFaults}).
   */
  public SandboxFaults setFaults(SandboxFaultsRequest body, RequestOptions options) {
    return setFaultsWithResponse(body, options).data();
  }

  /**
   * Rehearse a failure (sandbox only)
   *
   * <p>{@code POST /v1/sandbox/faults} ({@code setSandboxFaults}).
   */
  public ApiResponse<SandboxFaults> setFaultsWithResponse(SandboxFaultsRequest body) {
    return setFaultsWithResponse(body, RequestOptions.none());
  }

  /**
   * Rehearse a failure (sandbox only)
   *
   * <p>{@code POST /v1/sandbox/faults} ({@code setSandboxFaults}).
   */
  public ApiResponse<SandboxFaults> setFaultsWithResponse(
      SandboxFaultsRequest body, RequestOptions options) {
    return ctx.execute(setFaultsRequest(body), SandboxFaults.class, options);
  }
}
