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

  private ApiRequest registerRequest(GstinsRegisterParams params, RegisterGstinRequest body) {
    return ApiRequest.builder("POST", "/v1/gstins")
        .operationId("registerGstin")
        .auth(Auth.ACCOUNT)
        .idempotent(true)
        .query(params == null ? null : params.toQuery())
        .headers(params == null ? null : params.toHeaders())
        .body(body)
        .build();
  }

  /**
   * Register a GSTIN
   *
   * <p>{@code POST /v1/gstins} ({@code registerGstin}).
   */
  public Gstin register(GstinsRegisterParams params, RegisterGstinRequest body) {
    return register(params, body, RequestOptions.none());
  }

  /**
   * Register a GSTIN
   *
   * <p>{@code POST /v1/gstins} ({@code registerGstin}).
   */
  public Gstin register(RegisterGstinRequest body) {
    return register(GstinsRegisterParams.builder().build(), body, RequestOptions.none());
  }

  /**
   * Register a GSTIN
   *
   * <p>{@code POST /v1/gstins} ({@code registerGstin}).
   */
  public Gstin register(
      GstinsRegisterParams params, RegisterGstinRequest body, RequestOptions options) {
    return registerWithResponse(params, body, options).data();
  }

  /**
   * Register a GSTIN
   *
   * <p>{@code POST /v1/gstins} ({@code registerGstin}).
   */
  public ApiResponse<Gstin> registerWithResponse(
      GstinsRegisterParams params, RegisterGstinRequest body) {
    return registerWithResponse(params, body, RequestOptions.none());
  }

  /**
   * Register a GSTIN
   *
   * <p>{@code POST /v1/gstins} ({@code registerGstin}).
   */
  public ApiResponse<Gstin> registerWithResponse(RegisterGstinRequest body) {
    return registerWithResponse(
        GstinsRegisterParams.builder().build(), body, RequestOptions.none());
  }

  /**
   * Register a GSTIN
   *
   * <p>{@code POST /v1/gstins} ({@code registerGstin}).
   */
  public ApiResponse<Gstin> registerWithResponse(
      GstinsRegisterParams params, RegisterGstinRequest body, RequestOptions options) {
    return ctx.execute(registerRequest(params, body), Gstin.class, options);
  }

  private ApiRequest getRequest(String gstin, GstinsGetParams params) {
    java.util.Objects.requireNonNull(gstin, "gstin is required");
    return ApiRequest.builder("GET", "/v1/gstins/" + ApiRequest.pathSegment(String.valueOf(gstin)))
        .operationId("getGstin")
        .auth(Auth.ACCOUNT)
        .idempotent(false)
        .query(params == null ? null : params.toQuery())
        .headers(params == null ? null : params.toHeaders())
        .build();
  }

  /**
   * Get a registered GSTIN
   *
   * <p>{@code GET /v1/gstins/{gstin}} ({@code getGstin}).
   */
  public Gstin get(String gstin, GstinsGetParams params) {
    return get(gstin, params, RequestOptions.none());
  }

  /**
   * Get a registered GSTIN
   *
   * <p>{@code GET /v1/gstins/{gstin}} ({@code getGstin}).
   */
  public Gstin get(String gstin) {
    return get(gstin, GstinsGetParams.builder().build(), RequestOptions.none());
  }

  /**
   * Get a registered GSTIN
   *
   * <p>{@code GET /v1/gstins/{gstin}} ({@code getGstin}).
   */
  public Gstin get(String gstin, GstinsGetParams params, RequestOptions options) {
    return getWithResponse(gstin, params, options).data();
  }

  /**
   * Get a registered GSTIN
   *
   * <p>{@code GET /v1/gstins/{gstin}} ({@code getGstin}).
   */
  public ApiResponse<Gstin> getWithResponse(String gstin, GstinsGetParams params) {
    return getWithResponse(gstin, params, RequestOptions.none());
  }

  /**
   * Get a registered GSTIN
   *
   * <p>{@code GET /v1/gstins/{gstin}} ({@code getGstin}).
   */
  public ApiResponse<Gstin> getWithResponse(String gstin) {
    return getWithResponse(gstin, GstinsGetParams.builder().build(), RequestOptions.none());
  }

  /**
   * Get a registered GSTIN
   *
   * <p>{@code GET /v1/gstins/{gstin}} ({@code getGstin}).
   */
  public ApiResponse<Gstin> getWithResponse(
      String gstin, GstinsGetParams params, RequestOptions options) {
    return ctx.execute(getRequest(gstin, params), Gstin.class, options);
  }

  private ApiRequest deleteRequest(String gstin, GstinsDeleteParams params) {
    java.util.Objects.requireNonNull(gstin, "gstin is required");
    return ApiRequest.builder(
            "DELETE", "/v1/gstins/" + ApiRequest.pathSegment(String.valueOf(gstin)))
        .operationId("deleteGstin")
        .auth(Auth.ACCOUNT)
        .idempotent(false)
        .query(params == null ? null : params.toQuery())
        .headers(params == null ? null : params.toHeaders())
        .build();
  }

  /**
   * Delete a registered GSTIN
   *
   * <p>{@code DELETE /v1/gstins/{gstin}} ({@code deleteGstin}).
   */
  public DeletedGstin delete(String gstin, GstinsDeleteParams params) {
    return delete(gstin, params, RequestOptions.none());
  }

  /**
   * Delete a registered GSTIN
   *
   * <p>{@code DELETE /v1/gstins/{gstin}} ({@code deleteGstin}).
   */
  public DeletedGstin delete(String gstin) {
    return delete(gstin, GstinsDeleteParams.builder().build(), RequestOptions.none());
  }

  /**
   * Delete a registered GSTIN
   *
   * <p>{@code DELETE /v1/gstins/{gstin}} ({@code deleteGstin}).
   */
  public DeletedGstin delete(String gstin, GstinsDeleteParams params, RequestOptions options) {
    return deleteWithResponse(gstin, params, options).data();
  }

  /**
   * Delete a registered GSTIN
   *
   * <p>{@code DELETE /v1/gstins/{gstin}} ({@code deleteGstin}).
   */
  public ApiResponse<DeletedGstin> deleteWithResponse(String gstin, GstinsDeleteParams params) {
    return deleteWithResponse(gstin, params, RequestOptions.none());
  }

  /**
   * Delete a registered GSTIN
   *
   * <p>{@code DELETE /v1/gstins/{gstin}} ({@code deleteGstin}).
   */
  public ApiResponse<DeletedGstin> deleteWithResponse(String gstin) {
    return deleteWithResponse(gstin, GstinsDeleteParams.builder().build(), RequestOptions.none());
  }

  /**
   * Delete a registered GSTIN
   *
   * <p>{@code DELETE /v1/gstins/{gstin}} ({@code deleteGstin}).
   */
  public ApiResponse<DeletedGstin> deleteWithResponse(
      String gstin, GstinsDeleteParams params, RequestOptions options) {
    return ctx.execute(deleteRequest(gstin, params), DeletedGstin.class, options);
  }

  private ApiRequest updateRequest(
      String gstin, GstinsUpdateParams params, UpdateGstinRequest body) {
    java.util.Objects.requireNonNull(gstin, "gstin is required");
    return ApiRequest.builder(
            "PATCH", "/v1/gstins/" + ApiRequest.pathSegment(String.valueOf(gstin)))
        .operationId("updateGstin")
        .auth(Auth.ACCOUNT)
        .idempotent(false)
        .query(params == null ? null : params.toQuery())
        .headers(params == null ? null : params.toHeaders())
        .body(body)
        .build();
  }

  /**
   * Update a registered GSTIN
   *
   * <p>{@code PATCH /v1/gstins/{gstin}} ({@code updateGstin}).
   */
  public Gstin update(String gstin, GstinsUpdateParams params, UpdateGstinRequest body) {
    return update(gstin, params, body, RequestOptions.none());
  }

  /**
   * Update a registered GSTIN
   *
   * <p>{@code PATCH /v1/gstins/{gstin}} ({@code updateGstin}).
   */
  public Gstin update(String gstin, UpdateGstinRequest body) {
    return update(gstin, GstinsUpdateParams.builder().build(), body, RequestOptions.none());
  }

  /**
   * Update a registered GSTIN
   *
   * <p>{@code PATCH /v1/gstins/{gstin}} ({@code updateGstin}).
   */
  public Gstin update(
      String gstin, GstinsUpdateParams params, UpdateGstinRequest body, RequestOptions options) {
    return updateWithResponse(gstin, params, body, options).data();
  }

  /**
   * Update a registered GSTIN
   *
   * <p>{@code PATCH /v1/gstins/{gstin}} ({@code updateGstin}).
   */
  public ApiResponse<Gstin> updateWithResponse(
      String gstin, GstinsUpdateParams params, UpdateGstinRequest body) {
    return updateWithResponse(gstin, params, body, RequestOptions.none());
  }

  /**
   * Update a registered GSTIN
   *
   * <p>{@code PATCH /v1/gstins/{gstin}} ({@code updateGstin}).
   */
  public ApiResponse<Gstin> updateWithResponse(String gstin, UpdateGstinRequest body) {
    return updateWithResponse(
        gstin, GstinsUpdateParams.builder().build(), body, RequestOptions.none());
  }

  /**
   * Update a registered GSTIN
   *
   * <p>{@code PATCH /v1/gstins/{gstin}} ({@code updateGstin}).
   */
  public ApiResponse<Gstin> updateWithResponse(
      String gstin, GstinsUpdateParams params, UpdateGstinRequest body, RequestOptions options) {
    return ctx.execute(updateRequest(gstin, params, body), Gstin.class, options);
  }

  private ApiRequest listGspRoutesRequest(String gstin, GstinsListGspRoutesParams params) {
    java.util.Objects.requireNonNull(gstin, "gstin is required");
    return ApiRequest.builder(
            "GET", "/v1/gstins/" + ApiRequest.pathSegment(String.valueOf(gstin)) + "/gsp-routes")
        .operationId("listGstinGspRoutes")
        .auth(Auth.ACCOUNT)
        .idempotent(false)
        .query(params == null ? null : params.toQuery())
        .headers(params == null ? null : params.toHeaders())
        .build();
  }

  /**
   * List a GSTIN's API users per GSP route
   *
   * <p>{@code GET /v1/gstins/{gstin}/gsp-routes} ({@code listGstinGspRoutes}).
   */
  public GspRouteUserList listGspRoutes(String gstin, GstinsListGspRoutesParams params) {
    return listGspRoutes(gstin, params, RequestOptions.none());
  }

  /**
   * List a GSTIN's API users per GSP route
   *
   * <p>{@code GET /v1/gstins/{gstin}/gsp-routes} ({@code listGstinGspRoutes}).
   */
  public GspRouteUserList listGspRoutes(String gstin) {
    return listGspRoutes(gstin, GstinsListGspRoutesParams.builder().build(), RequestOptions.none());
  }

  /**
   * List a GSTIN's API users per GSP route
   *
   * <p>{@code GET /v1/gstins/{gstin}/gsp-routes} ({@code listGstinGspRoutes}).
   */
  public GspRouteUserList listGspRoutes(
      String gstin, GstinsListGspRoutesParams params, RequestOptions options) {
    return listGspRoutesWithResponse(gstin, params, options).data();
  }

  /**
   * List a GSTIN's API users per GSP route
   *
   * <p>{@code GET /v1/gstins/{gstin}/gsp-routes} ({@code listGstinGspRoutes}).
   */
  public ApiResponse<GspRouteUserList> listGspRoutesWithResponse(
      String gstin, GstinsListGspRoutesParams params) {
    return listGspRoutesWithResponse(gstin, params, RequestOptions.none());
  }

  /**
   * List a GSTIN's API users per GSP route
   *
   * <p>{@code GET /v1/gstins/{gstin}/gsp-routes} ({@code listGstinGspRoutes}).
   */
  public ApiResponse<GspRouteUserList> listGspRoutesWithResponse(String gstin) {
    return listGspRoutesWithResponse(
        gstin, GstinsListGspRoutesParams.builder().build(), RequestOptions.none());
  }

  /**
   * List a GSTIN's API users per GSP route
   *
   * <p>{@code GET /v1/gstins/{gstin}/gsp-routes} ({@code listGstinGspRoutes}).
   */
  public ApiResponse<GspRouteUserList> listGspRoutesWithResponse(
      String gstin, GstinsListGspRoutesParams params, RequestOptions options) {
    return ctx.execute(listGspRoutesRequest(gstin, params), GspRouteUserList.class, options);
  }

  private ApiRequest setGspRouteRequest(
      String gstin, String route, GstinsSetGspRouteParams params, PutGspRouteUserRequest body) {
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
        .query(params == null ? null : params.toQuery())
        .headers(params == null ? null : params.toHeaders())
        .body(body)
        .build();
  }

  /**
   * Set a GSTIN's API users on one GSP route
   *
   * <p>{@code PUT /v1/gstins/{gstin}/gsp-routes/{route}} ({@code putGstinGspRoute}).
   */
  public GspRouteUser setGspRoute(
      String gstin, String route, GstinsSetGspRouteParams params, PutGspRouteUserRequest body) {
    return setGspRoute(gstin, route, params, body, RequestOptions.none());
  }

  /**
   * Set a GSTIN's API users on one GSP route
   *
   * <p>{@code PUT /v1/gstins/{gstin}/gsp-routes/{route}} ({@code putGstinGspRoute}).
   */
  public GspRouteUser setGspRoute(String gstin, String route, PutGspRouteUserRequest body) {
    return setGspRoute(
        gstin, route, GstinsSetGspRouteParams.builder().build(), body, RequestOptions.none());
  }

  /**
   * Set a GSTIN's API users on one GSP route
   *
   * <p>{@code PUT /v1/gstins/{gstin}/gsp-routes/{route}} ({@code putGstinGspRoute}).
   */
  public GspRouteUser setGspRoute(
      String gstin,
      String route,
      GstinsSetGspRouteParams params,
      PutGspRouteUserRequest body,
      RequestOptions options) {
    return setGspRouteWithResponse(gstin, route, params, body, options).data();
  }

  /**
   * Set a GSTIN's API users on one GSP route
   *
   * <p>{@code PUT /v1/gstins/{gstin}/gsp-routes/{route}} ({@code putGstinGspRoute}).
   */
  public ApiResponse<GspRouteUser> setGspRouteWithResponse(
      String gstin, String route, GstinsSetGspRouteParams params, PutGspRouteUserRequest body) {
    return setGspRouteWithResponse(gstin, route, params, body, RequestOptions.none());
  }

  /**
   * Set a GSTIN's API users on one GSP route
   *
   * <p>{@code PUT /v1/gstins/{gstin}/gsp-routes/{route}} ({@code putGstinGspRoute}).
   */
  public ApiResponse<GspRouteUser> setGspRouteWithResponse(
      String gstin, String route, PutGspRouteUserRequest body) {
    return setGspRouteWithResponse(
        gstin, route, GstinsSetGspRouteParams.builder().build(), body, RequestOptions.none());
  }

  /**
   * Set a GSTIN's API users on one GSP route
   *
   * <p>{@code PUT /v1/gstins/{gstin}/gsp-routes/{route}} ({@code putGstinGspRoute}).
   */
  public ApiResponse<GspRouteUser> setGspRouteWithResponse(
      String gstin,
      String route,
      GstinsSetGspRouteParams params,
      PutGspRouteUserRequest body,
      RequestOptions options) {
    return ctx.execute(setGspRouteRequest(gstin, route, params, body), GspRouteUser.class, options);
  }

  private ApiRequest deleteGspRouteRequest(
      String gstin, String route, GstinsDeleteGspRouteParams params) {
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
        .query(params == null ? null : params.toQuery())
        .headers(params == null ? null : params.toHeaders())
        .build();
  }

  /**
   * Remove a GSTIN's API users from one GSP route
   *
   * <p>{@code DELETE /v1/gstins/{gstin}/gsp-routes/{route}} ({@code deleteGstinGspRoute}).
   */
  public DeletedGspRouteUser deleteGspRoute(
      String gstin, String route, GstinsDeleteGspRouteParams params) {
    return deleteGspRoute(gstin, route, params, RequestOptions.none());
  }

  /**
   * Remove a GSTIN's API users from one GSP route
   *
   * <p>{@code DELETE /v1/gstins/{gstin}/gsp-routes/{route}} ({@code deleteGstinGspRoute}).
   */
  public DeletedGspRouteUser deleteGspRoute(String gstin, String route) {
    return deleteGspRoute(
        gstin, route, GstinsDeleteGspRouteParams.builder().build(), RequestOptions.none());
  }

  /**
   * Remove a GSTIN's API users from one GSP route
   *
   * <p>{@code DELETE /v1/gstins/{gstin}/gsp-routes/{route}} ({@code deleteGstinGspRoute}).
   */
  public DeletedGspRouteUser deleteGspRoute(
      String gstin, String route, GstinsDeleteGspRouteParams params, RequestOptions options) {
    return deleteGspRouteWithResponse(gstin, route, params, options).data();
  }

  /**
   * Remove a GSTIN's API users from one GSP route
   *
   * <p>{@code DELETE /v1/gstins/{gstin}/gsp-routes/{route}} ({@code deleteGstinGspRoute}).
   */
  public ApiResponse<DeletedGspRouteUser> deleteGspRouteWithResponse(
      String gstin, String route, GstinsDeleteGspRouteParams params) {
    return deleteGspRouteWithResponse(gstin, route, params, RequestOptions.none());
  }

  /**
   * Remove a GSTIN's API users from one GSP route
   *
   * <p>{@code DELETE /v1/gstins/{gstin}/gsp-routes/{route}} ({@code deleteGstinGspRoute}).
   */
  public ApiResponse<DeletedGspRouteUser> deleteGspRouteWithResponse(String gstin, String route) {
    return deleteGspRouteWithResponse(
        gstin, route, GstinsDeleteGspRouteParams.builder().build(), RequestOptions.none());
  }

  /**
   * Remove a GSTIN's API users from one GSP route
   *
   * <p>{@code DELETE /v1/gstins/{gstin}/gsp-routes/{route}} ({@code deleteGstinGspRoute}).
   */
  public ApiResponse<DeletedGspRouteUser> deleteGspRouteWithResponse(
      String gstin, String route, GstinsDeleteGspRouteParams params, RequestOptions options) {
    return ctx.execute(
        deleteGspRouteRequest(gstin, route, params), DeletedGspRouteUser.class, options);
  }
}
