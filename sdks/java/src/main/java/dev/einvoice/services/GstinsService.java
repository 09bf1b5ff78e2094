// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.services;

import dev.einvoice.core.ApiRequest;
import dev.einvoice.core.ApiResponse;
import dev.einvoice.core.Auth;
import dev.einvoice.core.AutoPager;
import dev.einvoice.core.ClientContext;
import dev.einvoice.core.Page;
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
import java.util.List;

/**
 * Operations of the {@code gstins} resource. Every method has an overload taking {@link
 * RequestOptions}.
 */
@SuppressWarnings("unused")
public final class GstinsService {
  private final ClientContext ctx;

  public GstinsService(ClientContext ctx) {
    this.ctx = ctx;
  }

  private ApiRequest listRequest(GstinsListParams params) {
    return ApiRequest.builder("GET", "/v1/gstins")
        .operationId("listGstins")
        .auth(Auth.ACCOUNT)
        .idempotent(false)
        .query(params == null ? null : params.toQuery())
        .headers(params == null ? null : params.toHeaders())
        .build();
  }

  /**
   * List registered GSTINs
   *
   * <p>{@code GET /v1/gstins} ({@code listGstins}).
   */
  public GstinList list(GstinsListParams params) {
    return list(params, RequestOptions.none());
  }

  /**
   * List registered GSTINs
   *
   * <p>{@code GET /v1/gstins} ({@code listGstins}).
   */
  public GstinList list() {
    return list(GstinsListParams.builder().build(), RequestOptions.none());
  }

  /**
   * List registered GSTINs
   *
   * <p>{@code GET /v1/gstins} ({@code listGstins}).
   */
  public GstinList list(GstinsListParams params, RequestOptions options) {
    return listWithResponse(params, options).data();
  }

  /**
   * List registered GSTINs
   *
   * <p>{@code GET /v1/gstins} ({@code listGstins}).
   */
  public ApiResponse<GstinList> listWithResponse(GstinsListParams params) {
    return listWithResponse(params, RequestOptions.none());
  }

  /**
   * List registered GSTINs
   *
   * <p>{@code GET /v1/gstins} ({@code listGstins}).
   */
  public ApiResponse<GstinList> listWithResponse() {
    return listWithResponse(GstinsListParams.builder().build(), RequestOptions.none());
  }

  /**
   * List registered GSTINs
   *
   * <p>{@code GET /v1/gstins} ({@code listGstins}).
   */
  public ApiResponse<GstinList> listWithResponse(GstinsListParams params, RequestOptions options) {
    return ctx.execute(listRequest(params), GstinList.class, options);
  }

  /** Every item of every page, fetched lazily as you iterate (listGstins). */
  public AutoPager<Gstin> listAutoPaging(GstinsListParams params) {
    return listAutoPaging(params, RequestOptions.none());
  }

  /** Every item of every page, fetched lazily as you iterate (listGstins). */
  public AutoPager<Gstin> listAutoPaging() {
    return listAutoPaging(GstinsListParams.builder().build(), RequestOptions.none());
  }

  /** Every item of every page, fetched lazily as you iterate (listGstins). */
  public AutoPager<Gstin> listAutoPaging(GstinsListParams params, RequestOptions options) {
    ApiRequest first = listRequest(params);
    return new AutoPager<>(
        cursor -> {
          ApiRequest req = cursor == null ? first : first.withQuery("starting_after", cursor);
          GstinList p = ctx.execute(req, GstinList.class, options).data();
          return new Page<>(
              p.data() == null ? List.of() : p.data(),
              Boolean.TRUE.equals(p.hasMore()),
              p.nextCursor().orElse(null));
        },
        null);
  }

  private ApiRequest registerRequest(RegisterGstinRequest body) {
    return ApiRequest.builder("POST", "/v1/gstins")
        .operationId("registerGstin")
        .auth(Auth.ACCOUNT)
        .idempotent(true)
        .body(body)
        .build();
  }

  /**
   * Register a GSTIN
   *
   * <p>{@code POST /v1/gstins} ({@code registerGstin}).
   */
  public Gstin register(RegisterGstinRequest body) {
    return register(body, RequestOptions.none());
  }

  /**
   * Register a GSTIN
   *
   * <p>{@code POST /v1/gstins} ({@code registerGstin}).
   */
  public Gstin register(RegisterGstinRequest body, RequestOptions options) {
    return registerWithResponse(body, options).data();
  }

  /**
   * Register a GSTIN
   *
   * <p>{@code POST /v1/gstins} ({@code registerGstin}).
   */
  public ApiResponse<Gstin> registerWithResponse(RegisterGstinRequest body) {
    return registerWithResponse(body, RequestOptions.none());
  }

  /**
   * Register a GSTIN
   *
   * <p>{@code POST /v1/gstins} ({@code registerGstin}).
   */
  public ApiResponse<Gstin> registerWithResponse(
      RegisterGstinRequest body, RequestOptions options) {
    return ctx.execute(registerRequest(body), Gstin.class, options);
  }

  private ApiRequest getRequest(String gstin) {
    java.util.Objects.requireNonNull(gstin, "gstin is required");
    return ApiRequest.builder("GET", "/v1/gstins/" + ApiRequest.pathSegment(String.valueOf(gstin)))
        .operationId("getGstin")
        .auth(Auth.ACCOUNT)
        .idempotent(false)
        .build();
  }

  /**
   * Get a registered GSTIN
   *
   * <p>{@code GET /v1/gstins/{gstin}} ({@code getGstin}).
   */
  public Gstin get(String gstin) {
    return get(gstin, RequestOptions.none());
  }

  /**
   * Get a registered GSTIN
   *
   * <p>{@code GET /v1/gstins/{gstin}} ({@code getGstin}).
   */
  public Gstin get(String gstin, RequestOptions options) {
    return getWithResponse(gstin, options).data();
  }

  /**
   * Get a registered GSTIN
   *
   * <p>{@code GET /v1/gstins/{gstin}} ({@code getGstin}).
   */
  public ApiResponse<Gstin> getWithResponse(String gstin) {
    return getWithResponse(gstin, RequestOptions.none());
  }

  /**
   * Get a registered GSTIN
   *
   * <p>{@code GET /v1/gstins/{gstin}} ({@code getGstin}).
   */
  public ApiResponse<Gstin> getWithResponse(String gstin, RequestOptions options) {
    return ctx.execute(getRequest(gstin), Gstin.class, options);
  }

  private ApiRequest deleteRequest(String gstin) {
    java.util.Objects.requireNonNull(gstin, "gstin is required");
    return ApiRequest.builder(
            "DELETE", "/v1/gstins/" + ApiRequest.pathSegment(String.valueOf(gstin)))
        .operationId("deleteGstin")
        .auth(Auth.ACCOUNT)
        .idempotent(false)
        .build();
  }

  /**
   * Delete a registered GSTIN
   *
   * <p>{@code DELETE /v1/gstins/{gstin}} ({@code deleteGstin}).
   */
  public DeletedGstin delete(String gstin) {
    return delete(gstin, RequestOptions.none());
  }

  /**
   * Delete a registered GSTIN
   *
   * <p>{@code DELETE /v1/gstins/{gstin}} ({@code deleteGstin}).
   */
  public DeletedGstin delete(String gstin, RequestOptions options) {
    return deleteWithResponse(gstin, options).data();
  }

  /**
   * Delete a registered GSTIN
   *
   * <p>{@code DELETE /v1/gstins/{gstin}} ({@code deleteGstin}).
   */
  public ApiResponse<DeletedGstin> deleteWithResponse(String gstin) {
    return deleteWithResponse(gstin, RequestOptions.none());
  }

  /**
   * Delete a registered GSTIN
   *
   * <p>{@code DELETE /v1/gstins/{gstin}} ({@code deleteGstin}).
   */
  public ApiResponse<DeletedGstin> deleteWithResponse(String gstin, RequestOptions options) {
    return ctx.execute(deleteRequest(gstin), DeletedGstin.class, options);
  }

  private ApiRequest updateRequest(String gstin, UpdateGstinRequest body) {
    java.util.Objects.requireNonNull(gstin, "gstin is required");
    return ApiRequest.builder(
            "PATCH", "/v1/gstins/" + ApiRequest.pathSegment(String.valueOf(gstin)))
        .operationId("updateGstin")
        .auth(Auth.ACCOUNT)
        .idempotent(false)
        .body(body)
        .build();
  }

  /**
   * Update a registered GSTIN
   *
   * <p>{@code PATCH /v1/gstins/{gstin}} ({@code updateGstin}).
   */
  public Gstin update(String gstin, UpdateGstinRequest body) {
    return update(gstin, body, RequestOptions.none());
  }

  /**
   * Update a registered GSTIN
   *
   * <p>{@code PATCH /v1/gstins/{gstin}} ({@code updateGstin}).
   */
  public Gstin update(String gstin, UpdateGstinRequest body, RequestOptions options) {
    return updateWithResponse(gstin, body, options).data();
  }

  /**
   * Update a registered GSTIN
   *
   * <p>{@code PATCH /v1/gstins/{gstin}} ({@code updateGstin}).
   */
  public ApiResponse<Gstin> updateWithResponse(String gstin, UpdateGstinRequest body) {
    return updateWithResponse(gstin, body, RequestOptions.none());
  }

  /**
   * Update a registered GSTIN
   *
   * <p>{@code PATCH /v1/gstins/{gstin}} ({@code updateGstin}).
   */
  public ApiResponse<Gstin> updateWithResponse(
      String gstin, UpdateGstinRequest body, RequestOptions options) {
    return ctx.execute(updateRequest(gstin, body), Gstin.class, options);
  }

  private ApiRequest listGspRoutesRequest(String gstin) {
    java.util.Objects.requireNonNull(gstin, "gstin is required");
    return ApiRequest.builder(
            "GET", "/v1/gstins/" + ApiRequest.pathSegment(String.valueOf(gstin)) + "/gsp-routes")
        .operationId("listGstinGspRoutes")
        .auth(Auth.ACCOUNT)
        .idempotent(false)
        .build();
  }

  /**
   * List a GSTIN's API users per GSP route
   *
   * <p>{@code GET /v1/gstins/{gstin}/gsp-routes} ({@code listGstinGspRoutes}).
   */
  public GspRouteUserList listGspRoutes(String gstin) {
    return listGspRoutes(gstin, RequestOptions.none());
  }

  /**
   * List a GSTIN's API users per GSP route
   *
   * <p>{@code GET /v1/gstins/{gstin}/gsp-routes} ({@code listGstinGspRoutes}).
   */
  public GspRouteUserList listGspRoutes(String gstin, RequestOptions options) {
    return listGspRoutesWithResponse(gstin, options).data();
  }

  /**
   * List a GSTIN's API users per GSP route
   *
   * <p>{@code GET /v1/gstins/{gstin}/gsp-routes} ({@code listGstinGspRoutes}).
   */
  public ApiResponse<GspRouteUserList> listGspRoutesWithResponse(String gstin) {
    return listGspRoutesWithResponse(gstin, RequestOptions.none());
  }

  /**
   * List a GSTIN's API users per GSP route
   *
   * <p>{@code GET /v1/gstins/{gstin}/gsp-routes} ({@code listGstinGspRoutes}).
   */
  public ApiResponse<GspRouteUserList> listGspRoutesWithResponse(
      String gstin, RequestOptions options) {
    return ctx.execute(listGspRoutesRequest(gstin), GspRouteUserList.class, options);
  }

  private ApiRequest setGspRouteRequest(String gstin, String route, PutGspRouteUserRequest body) {
    java.util.Objects.requireNonNull(gstin, "gstin is required");
    java.util.Objects.requireNonNull(route, "route is required");
    return ApiRequest.builder(
            "PUT",
            "/v1/gstins/"
                + ApiRequest.pathSegment(String.valueOf(gstin))
                + "/gsp-routes/"
                + ApiRequest.pathSegment(String.valueOf(route)))
        .operationId("putGstinGspRoute")
        .auth(Auth.ACCOUNT)
        .idempotent(false)
        .body(body)
        .build();
  }

  /**
   * Set a GSTIN's API users on one GSP route
   *
   * <p>{@code PUT /v1/gstins/{gstin}/gsp-routes/{route}} ({@code putGstinGspRoute}).
   */
  public GspRouteUser setGspRoute(String gstin, String route, PutGspRouteUserRequest body) {
    return setGspRoute(gstin, route, body, RequestOptions.none());
  }

  /**
   * Set a GSTIN's API users on one GSP route
   *
   * <p>{@code PUT /v1/gstins/{gstin}/gsp-routes/{route}} ({@code putGstinGspRoute}).
   */
  public GspRouteUser setGspRoute(
      String gstin, String route, PutGspRouteUserRequest body, RequestOptions options) {
    return setGspRouteWithResponse(gstin, route, body, options).data();
  }

  /**
   * Set a GSTIN's API users on one GSP route
   *
   * <p>{@code PUT /v1/gstins/{gstin}/gsp-routes/{route}} ({@code putGstinGspRoute}).
   */
  public ApiResponse<GspRouteUser> setGspRouteWithResponse(
      String gstin, String route, PutGspRouteUserRequest body) {
    return setGspRouteWithResponse(gstin, route, body, RequestOptions.none());
  }

  /**
   * Set a GSTIN's API users on one GSP route
   *
   * <p>{@code PUT /v1/gstins/{gstin}/gsp-routes/{route}} ({@code putGstinGspRoute}).
   */
  public ApiResponse<GspRouteUser> setGspRouteWithResponse(
      String gstin, String route, PutGspRouteUserRequest body, RequestOptions options) {
    return ctx.execute(setGspRouteRequest(gstin, route, body), GspRouteUser.class, options);
  }

  private ApiRequest deleteGspRouteRequest(String gstin, String route) {
    java.util.Objects.requireNonNull(gstin, "gstin is required");
    java.util.Objects.requireNonNull(route, "route is required");
    return ApiRequest.builder(
            "DELETE",
            "/v1/gstins/"
                + ApiRequest.pathSegment(String.valueOf(gstin))
                + "/gsp-routes/"
                + ApiRequest.pathSegment(String.valueOf(route)))
        .operationId("deleteGstinGspRoute")
        .auth(Auth.ACCOUNT)
        .idempotent(false)
        .build();
  }

  /**
   * Remove a GSTIN's API users from one GSP route
   *
   * <p>{@code DELETE /v1/gstins/{gstin}/gsp-routes/{route}} ({@code deleteGstinGspRoute}).
   */
  public DeletedGspRouteUser deleteGspRoute(String gstin, String route) {
    return deleteGspRoute(gstin, route, RequestOptions.none());
  }

  /**
   * Remove a GSTIN's API users from one GSP route
   *
   * <p>{@code DELETE /v1/gstins/{gstin}/gsp-routes/{route}} ({@code deleteGstinGspRoute}).
   */
  public DeletedGspRouteUser deleteGspRoute(String gstin, String route, RequestOptions options) {
    return deleteGspRouteWithResponse(gstin, route, options).data();
  }

  /**
   * Remove a GSTIN's API users from one GSP route
   *
   * <p>{@code DELETE /v1/gstins/{gstin}/gsp-routes/{route}} ({@code deleteGstinGspRoute}).
   */
  public ApiResponse<DeletedGspRouteUser> deleteGspRouteWithResponse(String gstin, String route) {
    return deleteGspRouteWithResponse(gstin, route, RequestOptions.none());
  }

  /**
   * Remove a GSTIN's API users from one GSP route
   *
   * <p>{@code DELETE /v1/gstins/{gstin}/gsp-routes/{route}} ({@code deleteGstinGspRoute}).
   */
  public ApiResponse<DeletedGspRouteUser> deleteGspRouteWithResponse(
      String gstin, String route, RequestOptions options) {
    return ctx.execute(deleteGspRouteRequest(gstin, route), DeletedGspRouteUser.class, options);
  }
}
