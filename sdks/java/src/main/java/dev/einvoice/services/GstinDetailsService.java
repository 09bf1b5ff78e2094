// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.services;

import dev.einvoice.core.ApiRequest;
import dev.einvoice.core.ApiResponse;
import dev.einvoice.core.Auth;
import dev.einvoice.core.ClientContext;
import dev.einvoice.core.RequestOptions;
import dev.einvoice.models.GstinDetails;

/**
 * Operations of the {@code gstin details} resource. Every method has an overload taking {@link
 * RequestOptions}.
 */
@SuppressWarnings("unused")
public final class GstinDetailsService {
  private final ClientContext ctx;

  public GstinDetailsService(ClientContext ctx) {
    this.ctx = ctx;
  }

  private ApiRequest getRequest(String gstin) {
    java.util.Objects.requireNonNull(gstin, "gstin is required");
    return ApiRequest.builder(
            "GET", "/v1/gstin-details/" + ApiRequest.pathSegment(String.valueOf(gstin)))
        .operationId("getGstinDetails")
        .auth(Auth.GSTIN)
        .idempotent(false)
        .build();
  }

  /**
   * Look up a taxpayer's GSTIN (deprecated)
   *
   * <p>{@code GET /v1/gstin-details/{gstin}} ({@code getGstinDetails}).
   *
   * @deprecated the spec marks this operation deprecated.
   */
  @Deprecated
  public GstinDetails get(String gstin) {
    return get(gstin, RequestOptions.none());
  }

  /**
   * Look up a taxpayer's GSTIN (deprecated)
   *
   * <p>{@code GET /v1/gstin-details/{gstin}} ({@code getGstinDetails}).
   *
   * @deprecated the spec marks this operation deprecated.
   */
  @Deprecated
  public GstinDetails get(String gstin, RequestOptions options) {
    return getWithResponse(gstin, options).data();
  }

  /**
   * Look up a taxpayer's GSTIN (deprecated)
   *
   * <p>{@code GET /v1/gstin-details/{gstin}} ({@code getGstinDetails}).
   *
   * @deprecated the spec marks this operation deprecated.
   */
  @Deprecated
  public ApiResponse<GstinDetails> getWithResponse(String gstin) {
    return getWithResponse(gstin, RequestOptions.none());
  }

  /**
   * Look up a taxpayer's GSTIN (deprecated)
   *
   * <p>{@code GET /v1/gstin-details/{gstin}} ({@code getGstinDetails}).
   *
   * @deprecated the spec marks this operation deprecated.
   */
  @Deprecated
  public ApiResponse<GstinDetails> getWithResponse(String gstin, RequestOptions options) {
    return ctx.execute(getRequest(gstin), GstinDetails.class, options);
  }
}
