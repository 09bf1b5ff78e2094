// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.services;

import dev.einvoice.core.ApiResponse;
import dev.einvoice.core.ClientContext;
import dev.einvoice.core.RequestOptions;
import dev.einvoice.models.SandboxFaults;
import dev.einvoice.models.SandboxFaultsRequest;
import java.util.concurrent.CompletableFuture;

/**
 * Asynchronous twin of {@link SandboxService}: every call returns a {@link CompletableFuture};
 * {@code cancel(true)} interrupts it.
 */
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
   * <p>{@code POST /v1/sandbox/faults} ({@code setSandboxFaults}).
   */
  public CompletableFuture<SandboxFaults> setFaults(SandboxFaultsRequest body) {
    return setFaults(body, RequestOptions.none());
  }

  /**
   * Rehearse a failure (sandbox only)
   *
   * <p>{@code POST /v1/sandbox/faults} ({@code setSandboxFaults}).
   */
  public CompletableFuture<SandboxFaults> setFaults(
      SandboxFaultsRequest body, RequestOptions options) {
    return ctx.async(() -> sync.setFaults(body, options));
  }

  /**
   * Rehearse a failure (sandbox only)
   *
   * <p>{@code POST /v1/sandbox/faults} ({@code setSandboxFaults}).
   */
  public CompletableFuture<ApiResponse<SandboxFaults>> setFaultsWithResponse(
      SandboxFaultsRequest body) {
    return setFaultsWithResponse(body, RequestOptions.none());
  }

  /**
   * Rehearse a failure (sandbox only)
   *
   * <p>{@code POST /v1/sandbox/faults} ({@code setSandboxFaults}).
   */
  public CompletableFuture<ApiResponse<SandboxFaults>> setFaultsWithResponse(
      SandboxFaultsRequest body, RequestOptions options) {
    return ctx.async(() -> sync.setFaultsWithResponse(body, options));
  }
}
