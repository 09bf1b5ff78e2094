// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.services;

import dev.einvoice.core.ApiResponse;
import dev.einvoice.core.ClientContext;
import dev.einvoice.core.RequestOptions;
import dev.einvoice.models.Status;
import java.util.concurrent.CompletableFuture;

/**
 * Asynchronous twin of {@link StatusService}: every call returns a {@link CompletableFuture};
 * {@code cancel(true)} interrupts it.
 */
@SuppressWarnings("unused")
public final class StatusServiceAsync {
  private final ClientContext ctx;
  private final StatusService sync;

  public StatusServiceAsync(ClientContext ctx) {
    this.ctx = ctx;
    this.sync = new StatusService(ctx);
  }

  /**
   * Health of every GSP and IRP
   *
   * <p>{@code GET /v1/status} ({@code getStatus}).
   */
  public CompletableFuture<Status> get() {
    return get(RequestOptions.none());
  }

  /**
   * Health of every GSP and IRP
   *
   * <p>{@code GET /v1/status} ({@code getStatus}).
   */
  public CompletableFuture<Status> get(RequestOptions options) {
    return ctx.async(() -> sync.get(options));
  }

  /**
   * Health of every GSP and IRP
   *
   * <p>{@code GET /v1/status} ({@code getStatus}).
   */
  public CompletableFuture<ApiResponse<Status>> getWithResponse() {
    return getWithResponse(RequestOptions.none());
  }

  /**
   * Health of every GSP and IRP
   *
   * <p>{@code GET /v1/status} ({@code getStatus}).
   */
  public CompletableFuture<ApiResponse<Status>> getWithResponse(RequestOptions options) {
    return ctx.async(() -> sync.getWithResponse(options));
  }
}
