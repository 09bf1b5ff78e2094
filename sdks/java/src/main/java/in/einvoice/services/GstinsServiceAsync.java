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

/** Asynchronous twin of {{@literal @}link GstinsService}: every call returns a {{@literal @}link CompletableFuture}; {{@literal @}code cancel(true)} interrupts it. */
@SuppressWarnings("unused")
public final class GstinsServiceAsync {
  private final ClientContext ctx;
  private final GstinsService sync;

  public GstinsServiceAsync(ClientContext ctx) {
    this.ctx = ctx;
    this.sync = new GstinsService(ctx);
  }

  /**
   * List registered GSTINs
   *
   * {{@literal @}code GET /v1/gstins} ({{@literal @}code listGstins}).
   */
  public CompletableFuture<GstinList> list(GstinsListParams params) {
    return list(params, RequestOptions.none());
  }

  /**
   * List registered GSTINs
   *
   * {{@literal @}code GET /v1/gstins} ({{@literal @}code listGstins}).
   */
  public CompletableFuture<GstinList> list() {
    return list(GstinsListParams.builder().build(), RequestOptions.none());
  }

  /**
   * List registered GSTINs
   *
   * {{@literal @}code GET /v1/gstins} ({{@literal @}code listGstins}).
   */
  public CompletableFuture<GstinList> list(GstinsListParams params, RequestOptions options) {
    return ctx.async(() -> sync.list(params, options));
  }

  /**
   * List registered GSTINs
   *
   * {{@literal @}code GET /v1/gstins} ({{@literal @}code listGstins}).
   */
  public CompletableFuture<ApiResponse<GstinList>> listWithResponse(GstinsListParams params) {
    return listWithResponse(params, RequestOptions.none());
  }

  /**
   * List registered GSTINs
   *
   * {{@literal @}code GET /v1/gstins} ({{@literal @}code listGstins}).
   */
  public CompletableFuture<ApiResponse<GstinList>> listWithResponse() {
    return listWithResponse(GstinsListParams.builder().build(), RequestOptions.none());
  }

  /**
   * List registered GSTINs
   *
   * {{@literal @}code GET /v1/gstins} ({{@literal @}code listGstins}).
   */
  public CompletableFuture<ApiResponse<GstinList>> listWithResponse(GstinsListParams params, RequestOptions options) {
    return ctx.async(() -> sync.listWithResponse(params, options));
  }

  /**
   * Register a GSTIN
   *
   * {{@literal @}code POST /v1/gstins} ({{@literal @}code registerGstin}).
   */
  public CompletableFuture<Gstin> register(RegisterGstinRequest body) {
    return register(body, RequestOptions.none());
  }

  /**
   * Register a GSTIN
   *
   * {{@literal @}code POST /v1/gstins} ({{@literal @}code registerGstin}).
   */
  public CompletableFuture<Gstin> register(RegisterGstinRequest body, RequestOptions options) {
    return ctx.async(() -> sync.register(body, options));
  }

  /**
   * Register a GSTIN
   *
   * {{@literal @}code POST /v1/gstins} ({{@literal @}code registerGstin}).
   */
  public CompletableFuture<ApiResponse<Gstin>> registerWithResponse(RegisterGstinRequest body) {
    return registerWithResponse(body, RequestOptions.none());
  }

  /**
   * Register a GSTIN
   *
   * {{@literal @}code POST /v1/gstins} ({{@literal @}code registerGstin}).
   */
  public CompletableFuture<ApiResponse<Gstin>> registerWithResponse(RegisterGstinRequest body, RequestOptions options) {
    return ctx.async(() -> sync.registerWithResponse(body, options));
  }

  /**
   * Get a registered GSTIN
   *
   * {{@literal @}code GET /v1/gstins/{gstin}} ({{@literal @}code getGstin}).
   */
  public CompletableFuture<Gstin> get(String gstin) {
    return get(gstin, RequestOptions.none());
  }

  /**
   * Get a registered GSTIN
   *
   * {{@literal @}code GET /v1/gstins/{gstin}} ({{@literal @}code getGstin}).
   */
  public CompletableFuture<Gstin> get(String gstin, RequestOptions options) {
    return ctx.async(() -> sync.get(gstin, options));
  }

  /**
   * Get a registered GSTIN
   *
   * {{@literal @}code GET /v1/gstins/{gstin}} ({{@literal @}code getGstin}).
   */
  public CompletableFuture<ApiResponse<Gstin>> getWithResponse(String gstin) {
    return getWithResponse(gstin, RequestOptions.none());
  }

  /**
   * Get a registered GSTIN
   *
   * {{@literal @}code GET /v1/gstins/{gstin}} ({{@literal @}code getGstin}).
   */
  public CompletableFuture<ApiResponse<Gstin>> getWithResponse(String gstin, RequestOptions options) {
    return ctx.async(() -> sync.getWithResponse(gstin, options));
  }

  /**
   * Delete a registered GSTIN
   *
   * {{@literal @}code DELETE /v1/gstins/{gstin}} ({{@literal @}code deleteGstin}).
   */
  public CompletableFuture<DeletedGstin> delete(String gstin) {
    return delete(gstin, RequestOptions.none());
  }

  /**
   * Delete a registered GSTIN
   *
   * {{@literal @}code DELETE /v1/gstins/{gstin}} ({{@literal @}code deleteGstin}).
   */
  public CompletableFuture<DeletedGstin> delete(String gstin, RequestOptions options) {
    return ctx.async(() -> sync.delete(gstin, options));
  }

  /**
   * Delete a registered GSTIN
   *
   * {{@literal @}code DELETE /v1/gstins/{gstin}} ({{@literal @}code deleteGstin}).
   */
  public CompletableFuture<ApiResponse<DeletedGstin>> deleteWithResponse(String gstin) {
    return deleteWithResponse(gstin, RequestOptions.none());
  }

  /**
   * Delete a registered GSTIN
   *
   * {{@literal @}code DELETE /v1/gstins/{gstin}} ({{@literal @}code deleteGstin}).
   */
  public CompletableFuture<ApiResponse<DeletedGstin>> deleteWithResponse(String gstin, RequestOptions options) {
    return ctx.async(() -> sync.deleteWithResponse(gstin, options));
  }

  /**
   * Update a registered GSTIN
   *
   * {{@literal @}code PATCH /v1/gstins/{gstin}} ({{@literal @}code updateGstin}).
   */
  public CompletableFuture<Gstin> update(String gstin, UpdateGstinRequest body) {
    return update(gstin, body, RequestOptions.none());
  }

  /**
   * Update a registered GSTIN
   *
   * {{@literal @}code PATCH /v1/gstins/{gstin}} ({{@literal @}code updateGstin}).
   */
  public CompletableFuture<Gstin> update(String gstin, UpdateGstinRequest body, RequestOptions options) {
    return ctx.async(() -> sync.update(gstin, body, options));
  }

  /**
   * Update a registered GSTIN
   *
   * {{@literal @}code PATCH /v1/gstins/{gstin}} ({{@literal @}code updateGstin}).
   */
  public CompletableFuture<ApiResponse<Gstin>> updateWithResponse(String gstin, UpdateGstinRequest body) {
    return updateWithResponse(gstin, body, RequestOptions.none());
  }

  /**
   * Update a registered GSTIN
   *
   * {{@literal @}code PATCH /v1/gstins/{gstin}} ({{@literal @}code updateGstin}).
   */
  public CompletableFuture<ApiResponse<Gstin>> updateWithResponse(String gstin, UpdateGstinRequest body, RequestOptions options) {
    return ctx.async(() -> sync.updateWithResponse(gstin, body, options));
  }
}
