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

/** Asynchronous twin of {{@literal @}link SandboxService}: every call returns a {{@literal @}link CompletableFuture}; {{@literal @}code cancel(true)} interrupts it. */
@SuppressWarnings("unused")
public final class SandboxServiceAsync {
  private final ClientContext ctx;
  private final SandboxService sync;

  public SandboxServiceAsync(ClientContext ctx) {
    this.ctx = ctx;
    this.sync = new SandboxService(ctx);
  }

  /**
   * Rehearse a failure (sandbox only)
   *
   * {{@literal @}code POST /v1/sandbox/faults} ({{@literal @}code setSandboxFaults}).
   */
  public CompletableFuture<SandboxFaults> setFaults(SandboxFaultsRequest body) {
    return setFaults(body, RequestOptions.none());
  }

  /**
   * Rehearse a failure (sandbox only)
   *
   * {{@literal @}code POST /v1/sandbox/faults} ({{@literal @}code setSandboxFaults}).
   */
  public CompletableFuture<SandboxFaults> setFaults(SandboxFaultsRequest body, RequestOptions options) {
    return ctx.async(() -> sync.setFaults(body, options));
  }

  /**
   * Rehearse a failure (sandbox only)
   *
   * {{@literal @}code POST /v1/sandbox/faults} ({{@literal @}code setSandboxFaults}).
   */
  public CompletableFuture<ApiResponse<SandboxFaults>> setFaultsWithResponse(SandboxFaultsRequest body) {
    return setFaultsWithResponse(body, RequestOptions.none());
  }

  /**
   * Rehearse a failure (sandbox only)
   *
   * {{@literal @}code POST /v1/sandbox/faults} ({{@literal @}code setSandboxFaults}).
   */
  public CompletableFuture<ApiResponse<SandboxFaults>> setFaultsWithResponse(SandboxFaultsRequest body, RequestOptions options) {
    return ctx.async(() -> sync.setFaultsWithResponse(body, options));
  }
}
