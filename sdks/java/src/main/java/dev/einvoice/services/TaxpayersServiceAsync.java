// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.services;

import dev.einvoice.core.ApiResponse;
import dev.einvoice.core.ClientContext;
import dev.einvoice.core.RequestOptions;
import dev.einvoice.models.GstinDetails;
import java.util.concurrent.CompletableFuture;

/**
 * Asynchronous twin of {@link TaxpayersService}: every call returns a {@link CompletableFuture};
 * {@code cancel(true)} interrupts it.
 */
@SuppressWarnings("unused")
public final class TaxpayersServiceAsync {
  private final ClientContext ctx;
  private final TaxpayersService sync;

  public TaxpayersServiceAsync(ClientContext ctx) {
    this.ctx = ctx;
    this.sync = new TaxpayersService(ctx);
  }

  /**
   * Look up a taxpayer's GSTIN
   *
   * <p>{@code GET /v1/taxpayers/{gstin}} ({@code getTaxpayer}).
   */
  public CompletableFuture<GstinDetails> get(String gstin) {
    return get(gstin, RequestOptions.none());
  }

  /**
   * Look up a taxpayer's GSTIN
   *
   * <p>{@code GET /v1/taxpayers/{gstin}} ({@code getTaxpayer}).
   */
  public CompletableFuture<GstinDetails> get(String gstin, RequestOptions options) {
    return ctx.async(() -> sync.get(gstin, options));
  }

  /**
   * Look up a taxpayer's GSTIN
   *
   * <p>{@code GET /v1/taxpayers/{gstin}} ({@code getTaxpayer}).
   */
  public CompletableFuture<ApiResponse<GstinDetails>> getWithResponse(String gstin) {
    return getWithResponse(gstin, RequestOptions.none());
  }

  /**
   * Look up a taxpayer's GSTIN
   *
   * <p>{@code GET /v1/taxpayers/{gstin}} ({@code getTaxpayer}).
   */
  public CompletableFuture<ApiResponse<GstinDetails>> getWithResponse(
      String gstin, RequestOptions options) {
    return ctx.async(() -> sync.getWithResponse(gstin, options));
  }
}
