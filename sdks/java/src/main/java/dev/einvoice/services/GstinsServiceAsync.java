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
import dev.einvoice.models.GstinsDeleteGspRouteParams;
import dev.einvoice.models.GstinsDeleteParams;
import dev.einvoice.models.GstinsGetParams;
import dev.einvoice.models.GstinsListGspRoutesParams;
import dev.einvoice.models.GstinsListParams;
import dev.einvoice.models.GstinsRegisterParams;
import dev.einvoice.models.GstinsSetGspRouteParams;
import dev.einvoice.models.GstinsUpdateParams;
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
  public CompletableFuture<Gstin> register(GstinsRegisterParams params, RegisterGstinRequest body) {
    return register(params, body, RequestOptions.none());
  }

  /**
   * Register a GSTIN
   *
   * <p>{@code POST /v1/gstins} ({@code registerGstin}).
   */
  public CompletableFuture<Gstin> register(RegisterGstinRequest body) {
    return register(GstinsRegisterParams.builder().build(), body, RequestOptions.none());
  }

  /**
   * Register a GSTIN
   *
   * <p>{@code POST /v1/gstins} ({@code registerGstin}).
   */
  public CompletableFuture<Gstin> register(
      GstinsRegisterParams params, RegisterGstinRequest body, RequestOptions options) {
    return ctx.async(() -> sync.register(params, body, options));
  }

  /**
   * Register a GSTIN
   *
   * <p>{@code POST /v1/gstins} ({@code registerGstin}).
   */
  public CompletableFuture<ApiResponse<Gstin>> registerWithResponse(
      GstinsRegisterParams params, RegisterGstinRequest body) {
    return registerWithResponse(params, body, RequestOptions.none());
  }

  /**
   * Register a GSTIN
   *
   * <p>{@code POST /v1/gstins} ({@code registerGstin}).
   */
  public CompletableFuture<ApiResponse<Gstin>> registerWithResponse(RegisterGstinRequest body) {
    return registerWithResponse(
        GstinsRegisterParams.builder().build(), body, RequestOptions.none());
  }

  /**
   * Register a GSTIN
   *
   * <p>{@code POST /v1/gstins} ({@code registerGstin}).
   */
  public CompletableFuture<ApiResponse<Gstin>> registerWithResponse(
      GstinsRegisterParams params, RegisterGstinRequest body, RequestOptions options) {
    return ctx.async(() -> sync.registerWithResponse(params, body, options));
  }

  /**
   * Get a registered GSTIN
   *
   * <p>{@code GET /v1/gstins/{gstin}} ({@code getGstin}).
   */
  public CompletableFuture<Gstin> get(String gstin, GstinsGetParams params) {
    return get(gstin, params, RequestOptions.none());
  }

  /**
   * Get a registered GSTIN
   *
   * <p>{@code GET /v1/gstins/{gstin}} ({@code getGstin}).
   */
  public CompletableFuture<Gstin> get(String gstin) {
    return get(gstin, GstinsGetParams.builder().build(), RequestOptions.none());
  }

  /**
   * Get a registered GSTIN
   *
   * <p>{@code GET /v1/gstins/{gstin}} ({@code getGstin}).
   */
  public CompletableFuture<Gstin> get(
      String gstin, GstinsGetParams params, RequestOptions options) {
    return ctx.async(() -> sync.get(gstin, params, options));
  }

  /**
   * Get a registered GSTIN
   *
   * <p>{@code GET /v1/gstins/{gstin}} ({@code getGstin}).
   */
  public CompletableFuture<ApiResponse<Gstin>> getWithResponse(
      String gstin, GstinsGetParams params) {
    return getWithResponse(gstin, params, RequestOptions.none());
  }

  /**
   * Get a registered GSTIN
   *
   * <p>{@code GET /v1/gstins/{gstin}} ({@code getGstin}).
   */
  public CompletableFuture<ApiResponse<Gstin>> getWithResponse(String gstin) {
    return getWithResponse(gstin, GstinsGetParams.builder().build(), RequestOptions.none());
  }

  /**
   * Get a registered GSTIN
   *
   * <p>{@code GET /v1/gstins/{gstin}} ({@code getGstin}).
   */
  public CompletableFuture<ApiResponse<Gstin>> getWithResponse(
      String gstin, GstinsGetParams params, RequestOptions options) {
    return ctx.async(() -> sync.getWithResponse(gstin, params, options));
  }

  /**
   * Delete a registered GSTIN
   *
   * <p>{@code DELETE /v1/gstins/{gstin}} ({@code deleteGstin}).
   */
  public CompletableFuture<DeletedGstin> delete(String gstin, GstinsDeleteParams params) {
    return delete(gstin, params, RequestOptions.none());
  }

  /**
   * Delete a registered GSTIN
   *
   * <p>{@code DELETE /v1/gstins/{gstin}} ({@code deleteGstin}).
   */
  public CompletableFuture<DeletedGstin> delete(String gstin) {
    return delete(gstin, GstinsDeleteParams.builder().build(), RequestOptions.none());
  }

  /**
   * Delete a registered GSTIN
   *
   * <p>{@code DELETE /v1/gstins/{gstin}} ({@code deleteGstin}).
   */
  public CompletableFuture<DeletedGstin> delete(
      String gstin, GstinsDeleteParams params, RequestOptions options) {
    return ctx.async(() -> sync.delete(gstin, params, options));
  }

  /**
   * Delete a registered GSTIN
   *
   * <p>{@code DELETE /v1/gstins/{gstin}} ({@code deleteGstin}).
   */
  public CompletableFuture<ApiResponse<DeletedGstin>> deleteWithResponse(
      String gstin, GstinsDeleteParams params) {
    return deleteWithResponse(gstin, params, RequestOptions.none());
  }

  /**
   * Delete a registered GSTIN
   *
   * <p>{@code DELETE /v1/gstins/{gstin}} ({@code deleteGstin}).
   */
  public CompletableFuture<ApiResponse<DeletedGstin>> deleteWithResponse(String gstin) {
    return deleteWithResponse(gstin, GstinsDeleteParams.builder().build(), RequestOptions.none());
  }

  /**
   * Delete a registered GSTIN
   *
   * <p>{@code DELETE /v1/gstins/{gstin}} ({@code deleteGstin}).
   */
  public CompletableFuture<ApiResponse<DeletedGstin>> deleteWithResponse(
      String gstin, GstinsDeleteParams params, RequestOptions options) {
    return ctx.async(() -> sync.deleteWithResponse(gstin, params, options));
  }

  /**
   * Update a registered GSTIN
   *
   * <p>{@code PATCH /v1/gstins/{gstin}} ({@code updateGstin}).
   */
  public CompletableFuture<Gstin> update(
      String gstin, GstinsUpdateParams params, UpdateGstinRequest body) {
    return update(gstin, params, body, RequestOptions.none());
  }

  /**
   * Update a registered GSTIN
   *
   * <p>{@code PATCH /v1/gstins/{gstin}} ({@code updateGstin}).
   */
  public CompletableFuture<Gstin> update(String gstin, UpdateGstinRequest body) {
    return update(gstin, GstinsUpdateParams.builder().build(), body, RequestOptions.none());
  }

  /**
   * Update a registered GSTIN
   *
   * <p>{@code PATCH /v1/gstins/{gstin}} ({@code updateGstin}).
   */
  public CompletableFuture<Gstin> update(
      String gstin, GstinsUpdateParams params, UpdateGstinRequest body, RequestOptions options) {
    return ctx.async(() -> sync.update(gstin, params, body, options));
  }

  /**
   * Update a registered GSTIN
   *
   * <p>{@code PATCH /v1/gstins/{gstin}} ({@code updateGstin}).
   */
  public CompletableFuture<ApiResponse<Gstin>> updateWithResponse(
      String gstin, GstinsUpdateParams params, UpdateGstinRequest body) {
    return updateWithResponse(gstin, params, body, RequestOptions.none());
  }

  /**
   * Update a registered GSTIN
   *
   * <p>{@code PATCH /v1/gstins/{gstin}} ({@code updateGstin}).
   */
  public CompletableFuture<ApiResponse<Gstin>> updateWithResponse(
      String gstin, UpdateGstinRequest body) {
    return updateWithResponse(
        gstin, GstinsUpdateParams.builder().build(), body, RequestOptions.none());
  }

  /**
   * Update a registered GSTIN
   *
   * <p>{@code PATCH /v1/gstins/{gstin}} ({@code updateGstin}).
   */
  public CompletableFuture<ApiResponse<Gstin>> updateWithResponse(
      String gstin, GstinsUpdateParams params, UpdateGstinRequest body, RequestOptions options) {
    return ctx.async(() -> sync.updateWithResponse(gstin, params, body, options));
  }

  /**
   * List a GSTIN's API users per GSP route
   *
   * <p>{@code GET /v1/gstins/{gstin}/gsp-routes} ({@code listGstinGspRoutes}).
   */
  public CompletableFuture<GspRouteUserList> listGspRoutes(
      String gstin, GstinsListGspRoutesParams params) {
    return listGspRoutes(gstin, params, RequestOptions.none());
  }

  /**
   * List a GSTIN's API users per GSP route
   *
   * <p>{@code GET /v1/gstins/{gstin}/gsp-routes} ({@code listGstinGspRoutes}).
   */
  public CompletableFuture<GspRouteUserList> listGspRoutes(String gstin) {
    return listGspRoutes(gstin, GstinsListGspRoutesParams.builder().build(), RequestOptions.none());
  }

  /**
   * List a GSTIN's API users per GSP route
   *
   * <p>{@code GET /v1/gstins/{gstin}/gsp-routes} ({@code listGstinGspRoutes}).
   */
  public CompletableFuture<GspRouteUserList> listGspRoutes(
      String gstin, GstinsListGspRoutesParams params, RequestOptions options) {
    return ctx.async(() -> sync.listGspRoutes(gstin, params, options));
  }

  /**
   * List a GSTIN's API users per GSP route
   *
   * <p>{@code GET /v1/gstins/{gstin}/gsp-routes} ({@code listGstinGspRoutes}).
   */
  public CompletableFuture<ApiResponse<GspRouteUserList>> listGspRoutesWithResponse(
      String gstin, GstinsListGspRoutesParams params) {
    return listGspRoutesWithResponse(gstin, params, RequestOptions.none());
  }

  /**
   * List a GSTIN's API users per GSP route
   *
   * <p>{@code GET /v1/gstins/{gstin}/gsp-routes} ({@code listGstinGspRoutes}).
   */
  public CompletableFuture<ApiResponse<GspRouteUserList>> listGspRoutesWithResponse(String gstin) {
    return listGspRoutesWithResponse(
        gstin, GstinsListGspRoutesParams.builder().build(), RequestOptions.none());
  }

  /**
   * List a GSTIN's API users per GSP route
   *
   * <p>{@code GET /v1/gstins/{gstin}/gsp-routes} ({@code listGstinGspRoutes}).
   */
  public CompletableFuture<ApiResponse<GspRouteUserList>> listGspRoutesWithResponse(
      String gstin, GstinsListGspRoutesParams params, RequestOptions options) {
    return ctx.async(() -> sync.listGspRoutesWithResponse(gstin, params, options));
  }

  /**
   * Set a GSTIN's API users on one GSP route
   *
   * <p>{@code PUT /v1/gstins/{gstin}/gsp-routes/{route}} ({@code putGstinGspRoute}).
   */
  public CompletableFuture<GspRouteUser> setGspRoute(
      String gstin, String route, GstinsSetGspRouteParams params, PutGspRouteUserRequest body) {
    return setGspRoute(gstin, route, params, body, RequestOptions.none());
  }

  /**
   * Set a GSTIN's API users on one GSP route
   *
   * <p>{@code PUT /v1/gstins/{gstin}/gsp-routes/{route}} ({@code putGstinGspRoute}).
   */
  public CompletableFuture<GspRouteUser> setGspRoute(
      String gstin, String route, PutGspRouteUserRequest body) {
    return setGspRoute(
        gstin, route, GstinsSetGspRouteParams.builder().build(), body, RequestOptions.none());
  }

  /**
   * Set a GSTIN's API users on one GSP route
   *
   * <p>{@code PUT /v1/gstins/{gstin}/gsp-routes/{route}} ({@code putGstinGspRoute}).
   */
  public CompletableFuture<GspRouteUser> setGspRoute(
      String gstin,
      String route,
      GstinsSetGspRouteParams params,
      PutGspRouteUserRequest body,
      RequestOptions options) {
    return ctx.async(() -> sync.setGspRoute(gstin, route, params, body, options));
  }

  /**
   * Set a GSTIN's API users on one GSP route
   *
   * <p>{@code PUT /v1/gstins/{gstin}/gsp-routes/{route}} ({@code putGstinGspRoute}).
   */
  public CompletableFuture<ApiResponse<GspRouteUser>> setGspRouteWithResponse(
      String gstin, String route, GstinsSetGspRouteParams params, PutGspRouteUserRequest body) {
    return setGspRouteWithResponse(gstin, route, params, body, RequestOptions.none());
  }

  /**
   * Set a GSTIN's API users on one GSP route
   *
   * <p>{@code PUT /v1/gstins/{gstin}/gsp-routes/{route}} ({@code putGstinGspRoute}).
   */
  public CompletableFuture<ApiResponse<GspRouteUser>> setGspRouteWithResponse(
      String gstin, String route, PutGspRouteUserRequest body) {
    return setGspRouteWithResponse(
        gstin, route, GstinsSetGspRouteParams.builder().build(), body, RequestOptions.none());
  }

  /**
   * Set a GSTIN's API users on one GSP route
   *
   * <p>{@code PUT /v1/gstins/{gstin}/gsp-routes/{route}} ({@code putGstinGspRoute}).
   */
  public CompletableFuture<ApiResponse<GspRouteUser>> setGspRouteWithResponse(
      String gstin,
      String route,
      GstinsSetGspRouteParams params,
      PutGspRouteUserRequest body,
      RequestOptions options) {
    return ctx.async(() -> sync.setGspRouteWithResponse(gstin, route, params, body, options));
  }

  /**
   * Remove a GSTIN's API users from one GSP route
   *
   * <p>{@code DELETE /v1/gstins/{gstin}/gsp-routes/{route}} ({@code deleteGstinGspRoute}).
   */
  public CompletableFuture<DeletedGspRouteUser> deleteGspRoute(
      String gstin, String route, GstinsDeleteGspRouteParams params) {
    return deleteGspRoute(gstin, route, params, RequestOptions.none());
  }

  /**
   * Remove a GSTIN's API users from one GSP route
   *
   * <p>{@code DELETE /v1/gstins/{gstin}/gsp-routes/{route}} ({@code deleteGstinGspRoute}).
   */
  public CompletableFuture<DeletedGspRouteUser> deleteGspRoute(String gstin, String route) {
    return deleteGspRoute(
        gstin, route, GstinsDeleteGspRouteParams.builder().build(), RequestOptions.none());
  }

  /**
   * Remove a GSTIN's API users from one GSP route
   *
   * <p>{@code DELETE /v1/gstins/{gstin}/gsp-routes/{route}} ({@code deleteGstinGspRoute}).
   */
  public CompletableFuture<DeletedGspRouteUser> deleteGspRoute(
      String gstin, String route, GstinsDeleteGspRouteParams params, RequestOptions options) {
    return ctx.async(() -> sync.deleteGspRoute(gstin, route, params, options));
  }

  /**
   * Remove a GSTIN's API users from one GSP route
   *
   * <p>{@code DELETE /v1/gstins/{gstin}/gsp-routes/{route}} ({@code deleteGstinGspRoute}).
   */
  public CompletableFuture<ApiResponse<DeletedGspRouteUser>> deleteGspRouteWithResponse(
      String gstin, String route, GstinsDeleteGspRouteParams params) {
    return deleteGspRouteWithResponse(gstin, route, params, RequestOptions.none());
  }

  /**
   * Remove a GSTIN's API users from one GSP route
   *
   * <p>{@code DELETE /v1/gstins/{gstin}/gsp-routes/{route}} ({@code deleteGstinGspRoute}).
   */
  public CompletableFuture<ApiResponse<DeletedGspRouteUser>> deleteGspRouteWithResponse(
      String gstin, String route) {
    return deleteGspRouteWithResponse(
        gstin, route, GstinsDeleteGspRouteParams.builder().build(), RequestOptions.none());
  }

  /**
   * Remove a GSTIN's API users from one GSP route
   *
   * <p>{@code DELETE /v1/gstins/{gstin}/gsp-routes/{route}} ({@code deleteGstinGspRoute}).
   */
  public CompletableFuture<ApiResponse<DeletedGspRouteUser>> deleteGspRouteWithResponse(
      String gstin, String route, GstinsDeleteGspRouteParams params, RequestOptions options) {
    return ctx.async(() -> sync.deleteGspRouteWithResponse(gstin, route, params, options));
  }
}
