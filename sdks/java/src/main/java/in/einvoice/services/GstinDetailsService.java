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

/** Operations of the {{@literal @}code gstin details} resource. Every method has an overload taking {{@literal @}link RequestOptions}. */
@SuppressWarnings("unused")
public final class GstinDetailsService {
  private final ClientContext ctx;

  public GstinDetailsService(ClientContext ctx) {
    this.ctx = ctx;
  }

  private ApiRequest getRequest(String gstin) {
    java.util.Objects.requireNonNull(gstin, "gstin is required");
    return ApiRequest.builder("GET", "/v1/gstin-details/" + ApiRequest.pathSegment(String.valueOf(gstin)))
        .operationId("getGstinDetails")
        .auth(Auth.GSTIN)
        .idempotent(false)
        .build();
  }

  /**
   * Look up a taxpayer's GSTIN
   *
   * {{@literal @}code GET /v1/gstin-details/{gstin}} ({{@literal @}code getGstinDetails}).
   */
  public GstinDetails get(String gstin) {
    return get(gstin, RequestOptions.none());
  }

  /**
   * Look up a taxpayer's GSTIN
   *
   * {{@literal @}code GET /v1/gstin-details/{gstin}} ({{@literal @}code getGstinDetails}).
   */
  public GstinDetails get(String gstin, RequestOptions options) {
    return getWithResponse(gstin, options).data();
  }

  /**
   * Look up a taxpayer's GSTIN
   *
   * {{@literal @}code GET /v1/gstin-details/{gstin}} ({{@literal @}code getGstinDetails}).
   */
  public ApiResponse<GstinDetails> getWithResponse(String gstin) {
    return getWithResponse(gstin, RequestOptions.none());
  }

  /**
   * Look up a taxpayer's GSTIN
   *
   * {{@literal @}code GET /v1/gstin-details/{gstin}} ({{@literal @}code getGstinDetails}).
   */
  public ApiResponse<GstinDetails> getWithResponse(String gstin, RequestOptions options) {
    return ctx.execute(getRequest(gstin), GstinDetails.class, options);
  }
}
