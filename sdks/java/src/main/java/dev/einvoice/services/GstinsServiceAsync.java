// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.services;

import dev.einvoice.core.ApiResponse;
import dev.einvoice.core.ClientContext;
import dev.einvoice.core.RequestOptions;
import dev.einvoice.models.DeletedGspRouteUser;
import dev.einvoice.models.DeletedGstin;
import dev.einvoice.models.GspRouteUser;
import dev.einvoice.models.GspRouteUserList;
import dev.einvoice.models.Gstin;
import dev.einvoice.models.GstinList;
import dev.einvoice.models.GstinsListParams;
import dev.einvoice.models.PutGspRouteUserRequest;
import dev.einvoice.models.RegisterGstinRequest;
import dev.einvoice.models.UpdateGstinRequest;
import java.util.concurrent.CompletableFuture;

/**
 * Asynchronous twin of {@link GstinsService}: every call returns a {@link CompletableFuture};
 * {@code cancel(true)} interrupts it.
 */
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
   * <p>{@code GET /v1/gstins} ({@code listGstins}).
   */
  public CompletableFuture<GstinList> list(GstinsListParams params) {
    return list(params, RequestOptions.none());
  }

  /**
   * List registered GSTINs
   *
   * <p>{@code GET /v1/gstins} ({@code listGstins}).
   */
  public CompletableFuture<GstinList> list() {
    return list(GstinsListParams.builder().build(), RequestOptions.none());
  }

  /**
   * List registered GSTINs
   *
   * <p>{@code GET /v1/gstins} ({@code listGstins}).
   */
  public CompletableFuture<GstinList> list(GstinsListParams params, RequestOptions options) {
    return ctx.async(() -> sync.list(params, options));
  }

  /**
   * List registered GSTINs
   *
   * <p>{@code GET /v1/gstins} ({@code listGstins}).
   */
  public CompletableFuture<ApiResponse<GstinList>> listWithResponse(GstinsListParams params) {
    return listWithResponse(params, RequestOptions.none());
  }

  /**
   * List registered GSTINs
   *
   * <p>{@code GET /v1/gstins} ({@code listGstins}).
   */
  public CompletableFuture<ApiResponse<GstinList>> listWithResponse() {
    return listWithResponse(GstinsListParams.builder().build(), RequestOptions.none());
  }

  /**
   * List registered GSTINs
   *
   * <p>{@code GET /v1/gstins} ({@code listGstins}).
   */
  public CompletableFuture<ApiResponse<GstinList>> listWithResponse(
      GstinsListParams params, RequestOptions options) {
    return ctx.async(() -> sync.listWithResponse(params, options));
  }

  /**
   * Register a GSTIN
   *
   * <p>{@code POST /v1/gstins} ({@code registerGstin}).
   */
  public CompletableFuture<Gstin> register(RegisterGstinRequest body) {
    return register(body, RequestOptions.none());
  }

  /**
   * Register a GSTIN
   *
   * <p>{@code POST /v1/gstins} ({@code registerGstin}).
   */
  public CompletableFuture<Gstin> register(RegisterGstinRequest body, RequestOptions options) {
    return ctx.async(() -> sync.register(body, options));
  }

  /**
   * Register a GSTIN
   *
   * <p>{@code POST /v1/gstins} ({@code registerGstin}).
   */
  public CompletableFuture<ApiResponse<Gstin>> registerWithResponse(RegisterGstinRequest body) {
    return registerWithResponse(body, RequestOptions.none());
  }

  /**
   * Register a GSTIN
   *
   * <p>{@code POST /v1/gstins} ({@code registerGstin}).
   */
  public CompletableFuture<ApiResponse<Gstin>> registerWithResponse(
      RegisterGstinRequest body, RequestOptions options) {
    return ctx.async(() -> sync.registerWithResponse(body, options));
  }

  /**
   * Get a registered GSTIN
   *
   * <p>{@code GET /v1/gstins/{gstin}} ({@code getGstin}).
   */
  public CompletableFuture<Gstin> get(String gstin) {
    return get(gstin, RequestOptions.none());
  }

  /**
   * Get a registered GSTIN
   *
   * <p>{@code GET /v1/gstins/{gstin}} ({@code getGstin}).
   */
  public CompletableFuture<Gstin> get(String gstin, RequestOptions options) {
    return ctx.async(() -> sync.get(gstin, options));
  }

  /**
   * Get a registered GSTIN
   *
   * <p>{@code GET /v1/gstins/{gstin}} ({@code getGstin}).
   */
  public CompletableFuture<ApiResponse<Gstin>> getWithResponse(String gstin) {
    return getWithResponse(gstin, RequestOptions.none());
  }

  /**
   * Get a registered GSTIN
   *
   * <p>{@code GET /v1/gstins/{gstin}} ({@code getGstin}).
   */
  public CompletableFuture<ApiResponse<Gstin>> getWithResponse(
      String gstin, RequestOptions options) {
    return ctx.async(() -> sync.getWithResponse(gstin, options));
  }

  /**
   * Delete a registered GSTIN
   *
   * <p>{@code DELETE /v1/gstins/{gstin}} ({@code deleteGstin}).
   */
  public CompletableFuture<DeletedGstin> delete(String gstin) {
    return delete(gstin, RequestOptions.none());
  }

  /**
   * Delete a registered GSTIN
   *
   * <p>{@code DELETE /v1/gstins/{gstin}} ({@code deleteGstin}).
   */
  public CompletableFuture<DeletedGstin> delete(String gstin, RequestOptions options) {
    return ctx.async(() -> sync.delete(gstin, options));
  }

  /**
   * Delete a registered GSTIN
   *
   * <p>{@code DELETE /v1/gstins/{gstin}} ({@code deleteGstin}).
   */
  public CompletableFuture<ApiResponse<DeletedGstin>> deleteWithResponse(String gstin) {
    return deleteWithResponse(gstin, RequestOptions.none());
  }

  /**
   * Delete a registered GSTIN
   *
   * <p>{@code DELETE /v1/gstins/{gstin}} ({@code deleteGstin}).
   */
  public CompletableFuture<ApiResponse<DeletedGstin>> deleteWithResponse(
      String gstin, RequestOptions options) {
    return ctx.async(() -> sync.deleteWithResponse(gstin, options));
  }

  /**
   * Update a registered GSTIN
   *
   * <p>{@code PATCH /v1/gstins/{gstin}} ({@code updateGstin}).
   */
  public CompletableFuture<Gstin> update(String gstin, UpdateGstinRequest body) {
    return update(gstin, body, RequestOptions.none());
  }

  /**
   * Update a registered GSTIN
   *
   * <p>{@code PATCH /v1/gstins/{gstin}} ({@code updateGstin}).
   */
  public CompletableFuture<Gstin> update(
      String gstin, UpdateGstinRequest body, RequestOptions options) {
    return ctx.async(() -> sync.update(gstin, body, options));
  }

  /**
   * Update a registered GSTIN
   *
   * <p>{@code PATCH /v1/gstins/{gstin}} ({@code updateGstin}).
   */
  public CompletableFuture<ApiResponse<Gstin>> updateWithResponse(
      String gstin, UpdateGstinRequest body) {
    return updateWithResponse(gstin, body, RequestOptions.none());
  }

  /**
   * Update a registered GSTIN
   *
   * <p>{@code PATCH /v1/gstins/{gstin}} ({@code updateGstin}).
   */
  public CompletableFuture<ApiResponse<Gstin>> updateWithResponse(
      String gstin, UpdateGstinRequest body, RequestOptions options) {
    return ctx.async(() -> sync.updateWithResponse(gstin, body, options));
  }

  /**
   * List a GSTIN's API users per GSP route
   *
   * <p>{@code GET /v1/gstins/{gstin}/gsp-routes} ({@code listGstinGspRoutes}).
   */
  public CompletableFuture<GspRouteUserList> listGspRoutes(String gstin) {
    return listGspRoutes(gstin, RequestOptions.none());
  }

  /**
   * List a GSTIN's API users per GSP route
   *
   * <p>{@code GET /v1/gstins/{gstin}/gsp-routes} ({@code listGstinGspRoutes}).
   */
  public CompletableFuture<GspRouteUserList> listGspRoutes(String gstin, RequestOptions options) {
    return ctx.async(() -> sync.listGspRoutes(gstin, options));
  }

  /**
   * List a GSTIN's API users per GSP route
   *
   * <p>{@code GET /v1/gstins/{gstin}/gsp-routes} ({@code listGstinGspRoutes}).
   */
  public CompletableFuture<ApiResponse<GspRouteUserList>> listGspRoutesWithResponse(String gstin) {
    return listGspRoutesWithResponse(gstin, RequestOptions.none());
  }

  /**
   * List a GSTIN's API users per GSP route
   *
   * <p>{@code GET /v1/gstins/{gstin}/gsp-routes} ({@code listGstinGspRoutes}).
   */
  public CompletableFuture<ApiResponse<GspRouteUserList>> listGspRoutesWithResponse(
      String gstin, RequestOptions options) {
    return ctx.async(() -> sync.listGspRoutesWithResponse(gstin, options));
  }

  /**
   * Set a GSTIN's API users on one GSP route
   *
   * <p>{@code PUT /v1/gstins/{gstin}/gsp-routes/{route}} ({@code putGstinGspRoute}).
   */
  public CompletableFuture<GspRouteUser> setGspRoute(
      String gstin, String route, PutGspRouteUserRequest body) {
    return setGspRoute(gstin, route, body, RequestOptions.none());
  }

  /**
   * Set a GSTIN's API users on one GSP route
   *
   * <p>{@code PUT /v1/gstins/{gstin}/gsp-routes/{route}} ({@code putGstinGspRoute}).
   */
  public CompletableFuture<GspRouteUser> setGspRoute(
      String gstin, String route, PutGspRouteUserRequest body, RequestOptions options) {
    return ctx.async(() -> sync.setGspRoute(gstin, route, body, options));
  }

  /**
   * Set a GSTIN's API users on one GSP route
   *
   * <p>{@code PUT /v1/gstins/{gstin}/gsp-routes/{route}} ({@code putGstinGspRoute}).
   */
  public CompletableFuture<ApiResponse<GspRouteUser>> setGspRouteWithResponse(
      String gstin, String route, PutGspRouteUserRequest body) {
    return setGspRouteWithResponse(gstin, route, body, RequestOptions.none());
  }

  /**
   * Set a GSTIN's API users on one GSP route
   *
   * <p>{@code PUT /v1/gstins/{gstin}/gsp-routes/{route}} ({@code putGstinGspRoute}).
   */
  public CompletableFuture<ApiResponse<GspRouteUser>> setGspRouteWithResponse(
      String gstin, String route, PutGspRouteUserRequest body, RequestOptions options) {
    return ctx.async(() -> sync.setGspRouteWithResponse(gstin, route, body, options));
  }

  /**
   * Remove a GSTIN's API users from one GSP route
   *
   * <p>{@code DELETE /v1/gstins/{gstin}/gsp-routes/{route}} ({@code deleteGstinGspRoute}).
   */
  public CompletableFuture<DeletedGspRouteUser> deleteGspRoute(String gstin, String route) {
    return deleteGspRoute(gstin, route, RequestOptions.none());
  }

  /**
   * Remove a GSTIN's API users from one GSP route
   *
   * <p>{@code DELETE /v1/gstins/{gstin}/gsp-routes/{route}} ({@code deleteGstinGspRoute}).
   */
  public CompletableFuture<DeletedGspRouteUser> deleteGspRoute(
      String gstin, String route, RequestOptions options) {
    return ctx.async(() -> sync.deleteGspRoute(gstin, route, options));
  }

  /**
   * Remove a GSTIN's API users from one GSP route
   *
   * <p>{@code DELETE /v1/gstins/{gstin}/gsp-routes/{route}} ({@code deleteGstinGspRoute}).
   */
  public CompletableFuture<ApiResponse<DeletedGspRouteUser>> deleteGspRouteWithResponse(
      String gstin, String route) {
    return deleteGspRouteWithResponse(gstin, route, RequestOptions.none());
  }

  /**
   * Remove a GSTIN's API users from one GSP route
   *
   * <p>{@code DELETE /v1/gstins/{gstin}/gsp-routes/{route}} ({@code deleteGstinGspRoute}).
   */
  public CompletableFuture<ApiResponse<DeletedGspRouteUser>> deleteGspRouteWithResponse(
      String gstin, String route, RequestOptions options) {
    return ctx.async(() -> sync.deleteGspRouteWithResponse(gstin, route, options));
  }
}
