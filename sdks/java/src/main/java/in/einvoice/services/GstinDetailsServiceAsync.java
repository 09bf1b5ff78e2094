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

/** Asynchronous twin of {{@literal @}link GstinDetailsService}: every call returns a {{@literal @}link CompletableFuture}; {{@literal @}code cancel(true)} interrupts it. */
@SuppressWarnings("unused")
public final class GstinDetailsServiceAsync {
  private final ClientContext ctx;
  private final GstinDetailsService sync;

  public GstinDetailsServiceAsync(ClientContext ctx) {
    this.ctx = ctx;
    this.sync = new GstinDetailsService(ctx);
  }

  /**
   * Look up a taxpayer's GSTIN
   *
   * {{@literal @}code GET /v1/gstin-details/{gstin}} ({{@literal @}code getGstinDetails}).
   */
  public CompletableFuture<GstinDetails> get(String gstin) {
    return get(gstin, RequestOptions.none());
  }

  /**
   * Look up a taxpayer's GSTIN
   *
   * {{@literal @}code GET /v1/gstin-details/{gstin}} ({{@literal @}code getGstinDetails}).
   */
  public CompletableFuture<GstinDetails> get(String gstin, RequestOptions options) {
    return ctx.async(() -> sync.get(gstin, options));
  }

  /**
   * Look up a taxpayer's GSTIN
   *
   * {{@literal @}code GET /v1/gstin-details/{gstin}} ({{@literal @}code getGstinDetails}).
   */
  public CompletableFuture<ApiResponse<GstinDetails>> getWithResponse(String gstin) {
    return getWithResponse(gstin, RequestOptions.none());
  }

  /**
   * Look up a taxpayer's GSTIN
   *
   * {{@literal @}code GET /v1/gstin-details/{gstin}} ({{@literal @}code getGstinDetails}).
   */
  public CompletableFuture<ApiResponse<GstinDetails>> getWithResponse(String gstin, RequestOptions options) {
    return ctx.async(() -> sync.getWithResponse(gstin, options));
  }
}
