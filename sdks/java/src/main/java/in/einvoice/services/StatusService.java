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

/** Operations of the {{@literal @}code status} resource. Every method has an overload taking {{@literal @}link RequestOptions}. */
@SuppressWarnings("unused")
public final class StatusService {
  private final ClientContext ctx;

  public StatusService(ClientContext ctx) {
    this.ctx = ctx;
  }

  private ApiRequest getRequest() {
    return ApiRequest.builder("GET", "/v1/status")
        .operationId("getStatus")
        .auth(Auth.NONE)
        .idempotent(false)
        .build();
  }

  /**
   * Health of every GSP and IRP
   *
   * {{@literal @}code GET /v1/status} ({{@literal @}code getStatus}).
   */
  public Status get() {
    return get(RequestOptions.none());
  }

  /**
   * Health of every GSP and IRP
   *
   * {{@literal @}code GET /v1/status} ({{@literal @}code getStatus}).
   */
  public Status get(RequestOptions options) {
    return getWithResponse(options).data();
  }

  /**
   * Health of every GSP and IRP
   *
   * {{@literal @}code GET /v1/status} ({{@literal @}code getStatus}).
   */
  public ApiResponse<Status> getWithResponse() {
    return getWithResponse(RequestOptions.none());
  }

  /**
   * Health of every GSP and IRP
   *
   * {{@literal @}code GET /v1/status} ({{@literal @}code getStatus}).
   */
  public ApiResponse<Status> getWithResponse(RequestOptions options) {
    return ctx.execute(getRequest(), Status.class, options);
  }
}
