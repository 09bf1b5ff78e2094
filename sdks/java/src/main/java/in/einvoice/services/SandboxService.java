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

/** Operations of the {{@literal @}code sandbox} resource. Every method has an overload taking {{@literal @}link RequestOptions}. */
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
   * {{@literal @}code POST /v1/sandbox/faults} ({{@literal @}code setSandboxFaults}).
   */
  public SandboxFaults setFaults(SandboxFaultsRequest body) {
    return setFaults(body, RequestOptions.none());
  }

  /**
   * Rehearse a failure (sandbox only)
   *
   * {{@literal @}code POST /v1/sandbox/faults} ({{@literal @}code setSandboxFaults}).
   */
  public SandboxFaults setFaults(SandboxFaultsRequest body, RequestOptions options) {
    return setFaultsWithResponse(body, options).data();
  }

  /**
   * Rehearse a failure (sandbox only)
   *
   * {{@literal @}code POST /v1/sandbox/faults} ({{@literal @}code setSandboxFaults}).
   */
  public ApiResponse<SandboxFaults> setFaultsWithResponse(SandboxFaultsRequest body) {
    return setFaultsWithResponse(body, RequestOptions.none());
  }

  /**
   * Rehearse a failure (sandbox only)
   *
   * {{@literal @}code POST /v1/sandbox/faults} ({{@literal @}code setSandboxFaults}).
   */
  public ApiResponse<SandboxFaults> setFaultsWithResponse(SandboxFaultsRequest body, RequestOptions options) {
    return ctx.execute(setFaultsRequest(body), SandboxFaults.class, options);
  }
}
