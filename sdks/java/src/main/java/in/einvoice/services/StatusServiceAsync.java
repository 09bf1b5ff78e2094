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

/** Asynchronous twin of {{@literal @}link StatusService}: every call returns a {{@literal @}link CompletableFuture}; {{@literal @}code cancel(true)} interrupts it. */
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
   * {{@literal @}code GET /v1/status} ({{@literal @}code getStatus}).
   */
  public CompletableFuture<Status> get() {
    return get(RequestOptions.none());
  }

  /**
   * Health of every GSP and IRP
   *
   * {{@literal @}code GET /v1/status} ({{@literal @}code getStatus}).
   */
  public CompletableFuture<Status> get(RequestOptions options) {
    return ctx.async(() -> sync.get(options));
  }

  /**
   * Health of every GSP and IRP
   *
   * {{@literal @}code GET /v1/status} ({{@literal @}code getStatus}).
   */
  public CompletableFuture<ApiResponse<Status>> getWithResponse() {
    return getWithResponse(RequestOptions.none());
  }

  /**
   * Health of every GSP and IRP
   *
   * {{@literal @}code GET /v1/status} ({{@literal @}code getStatus}).
   */
  public CompletableFuture<ApiResponse<Status>> getWithResponse(RequestOptions options) {
    return ctx.async(() -> sync.getWithResponse(options));
  }
}
