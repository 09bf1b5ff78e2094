// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.services;

import dev.einvoice.core.ApiRequest;
import dev.einvoice.core.ApiResponse;
import dev.einvoice.core.Auth;
import dev.einvoice.core.ClientContext;
import dev.einvoice.core.RequestOptions;
import dev.einvoice.models.CancelEwbRequest;
import dev.einvoice.models.EwayBill;
import dev.einvoice.models.ExtendEwbRequest;
import dev.einvoice.models.GenerateEwbRequest;
import dev.einvoice.models.UpdateEwbVehicleRequest;

/**
 * Operations of the {@code ewb} resource. Every method has an overload taking {@link
 * RequestOptions}.
 */
@SuppressWarnings("unused")
public final class EwbService {
  private final ClientContext ctx;

  public EwbService(ClientContext ctx) {
    this.ctx = ctx;
  }

  private ApiRequest generateRequest(GenerateEwbRequest body) {
    return ApiRequest.builder("POST", "/v1/ewb")
        .operationId("generateEwb")
        .auth(Auth.GSTIN)
        .idempotent(true)
        .body(body)
        .build();
  }

  /**
   * Generate an e-way bill from an IRN
   *
   * <p>{@code POST /v1/ewb} ({@code generateEwb}).
   */
  public EwayBill generate(GenerateEwbRequest body) {
    return generate(body, RequestOptions.none());
  }

  /**
   * Generate an e-way bill from an IRN
   *
   * <p>{@code POST /v1/ewb} ({@code generateEwb}).
   */
  public EwayBill generate(GenerateEwbRequest body, RequestOptions options) {
    return generateWithResponse(body, options).data();
  }

  /**
   * Generate an e-way bill from an IRN
   *
   * <p>{@code POST /v1/ewb} ({@code generateEwb}).
   */
  public ApiResponse<EwayBill> generateWithResponse(GenerateEwbRequest body) {
    return generateWithResponse(body, RequestOptions.none());
  }

  /**
   * Generate an e-way bill from an IRN
   *
   * <p>{@code POST /v1/ewb} ({@code generateEwb}).
   */
  public ApiResponse<EwayBill> generateWithResponse(
      GenerateEwbRequest body, RequestOptions options) {
    return ctx.execute(generateRequest(body), EwayBill.class, options);
  }

  private ApiRequest getRequest(Long ewbNo) {
    java.util.Objects.requireNonNull(ewbNo, "ewb_no is required");
    return ApiRequest.builder("GET", "/v1/ewb/" + ApiRequest.pathSegment(String.valueOf(ewbNo)))
        .operationId("getEwb")
        .auth(Auth.GSTIN)
        .idempotent(false)
        .build();
  }

  /**
   * Get an e-way bill
   *
   * <p>{@code GET /v1/ewb/{ewb_no}} ({@code getEwb}).
   */
  public EwayBill get(Long ewbNo) {
    return get(ewbNo, RequestOptions.none());
  }

  /**
   * Get an e-way bill
   *
   * <p>{@code GET /v1/ewb/{ewb_no}} ({@code getEwb}).
   */
  public EwayBill get(Long ewbNo, RequestOptions options) {
    return getWithResponse(ewbNo, options).data();
  }

  /**
   * Get an e-way bill
   *
   * <p>{@code GET /v1/ewb/{ewb_no}} ({@code getEwb}).
   */
  public ApiResponse<EwayBill> getWithResponse(Long ewbNo) {
    return getWithResponse(ewbNo, RequestOptions.none());
  }

  /**
   * Get an e-way bill
   *
   * <p>{@code GET /v1/ewb/{ewb_no}} ({@code getEwb}).
   */
  public ApiResponse<EwayBill> getWithResponse(Long ewbNo, RequestOptions options) {
    return ctx.execute(getRequest(ewbNo), EwayBill.class, options);
  }

  private ApiRequest updateVehicleRequest(Long ewbNo, UpdateEwbVehicleRequest body) {
    java.util.Objects.requireNonNull(ewbNo, "ewb_no is required");
    return ApiRequest.builder(
            "POST", "/v1/ewb/" + ApiRequest.pathSegment(String.valueOf(ewbNo)) + "/vehicle")
        .operationId("updateEwbVehicle")
        .auth(Auth.GSTIN)
        .idempotent(true)
        .body(body)
        .build();
  }

  /**
   * Update Part-B (vehicle or transport document)
   *
   * <p>{@code POST /v1/ewb/{ewb_no}/vehicle} ({@code updateEwbVehicle}).
   */
  public EwayBill updateVehicle(Long ewbNo, UpdateEwbVehicleRequest body) {
    return updateVehicle(ewbNo, body, RequestOptions.none());
  }

  /**
   * Update Part-B (vehicle or transport document)
   *
   * <p>{@code POST /v1/ewb/{ewb_no}/vehicle} ({@code updateEwbVehicle}).
   */
  public EwayBill updateVehicle(Long ewbNo, UpdateEwbVehicleRequest body, RequestOptions options) {
    return updateVehicleWithResponse(ewbNo, body, options).data();
  }

  /**
   * Update Part-B (vehicle or transport document)
   *
   * <p>{@code POST /v1/ewb/{ewb_no}/vehicle} ({@code updateEwbVehicle}).
   */
  public ApiResponse<EwayBill> updateVehicleWithResponse(Long ewbNo, UpdateEwbVehicleRequest body) {
    return updateVehicleWithResponse(ewbNo, body, RequestOptions.none());
  }

  /**
   * Update Part-B (vehicle or transport document)
   *
   * <p>{@code POST /v1/ewb/{ewb_no}/vehicle} ({@code updateEwbVehicle}).
   */
  public ApiResponse<EwayBill> updateVehicleWithResponse(
      Long ewbNo, UpdateEwbVehicleRequest body, RequestOptions options) {
    return ctx.execute(updateVehicleRequest(ewbNo, body), EwayBill.class, options);
  }

  private ApiRequest extendRequest(Long ewbNo, ExtendEwbRequest body) {
    java.util.Objects.requireNonNull(ewbNo, "ewb_no is required");
    return ApiRequest.builder(
            "POST", "/v1/ewb/" + ApiRequest.pathSegment(String.valueOf(ewbNo)) + "/extend")
        .operationId("extendEwb")
        .auth(Auth.GSTIN)
        .idempotent(true)
        .body(body)
        .build();
  }

  /**
   * Extend an e-way bill's validity
   *
   * <p>{@code POST /v1/ewb/{ewb_no}/extend} ({@code extendEwb}).
   */
  public EwayBill extend(Long ewbNo, ExtendEwbRequest body) {
    return extend(ewbNo, body, RequestOptions.none());
  }

  /**
   * Extend an e-way bill's validity
   *
   * <p>{@code POST /v1/ewb/{ewb_no}/extend} ({@code extendEwb}).
   */
  public EwayBill extend(Long ewbNo, ExtendEwbRequest body, RequestOptions options) {
    return extendWithResponse(ewbNo, body, options).data();
  }

  /**
   * Extend an e-way bill's validity
   *
   * <p>{@code POST /v1/ewb/{ewb_no}/extend} ({@code extendEwb}).
   */
  public ApiResponse<EwayBill> extendWithResponse(Long ewbNo, ExtendEwbRequest body) {
    return extendWithResponse(ewbNo, body, RequestOptions.none());
  }

  /**
   * Extend an e-way bill's validity
   *
   * <p>{@code POST /v1/ewb/{ewb_no}/extend} ({@code extendEwb}).
   */
  public ApiResponse<EwayBill> extendWithResponse(
      Long ewbNo, ExtendEwbRequest body, RequestOptions options) {
    return ctx.execute(extendRequest(ewbNo, body), EwayBill.class, options);
  }

  private ApiRequest cancelRequest(Long ewbNo, CancelEwbRequest body) {
    java.util.Objects.requireNonNull(ewbNo, "ewb_no is required");
    return ApiRequest.builder(
            "POST", "/v1/ewb/" + ApiRequest.pathSegment(String.valueOf(ewbNo)) + "/cancel")
        .operationId("cancelEwb")
        .auth(Auth.GSTIN)
        .idempotent(true)
        .body(body)
        .build();
  }

  /**
   * Cancel an e-way bill
   *
   * <p>{@code POST /v1/ewb/{ewb_no}/cancel} ({@code cancelEwb}).
   */
  public EwayBill cancel(Long ewbNo, CancelEwbRequest body) {
    return cancel(ewbNo, body, RequestOptions.none());
  }

  /**
   * Cancel an e-way bill
   *
   * <p>{@code POST /v1/ewb/{ewb_no}/cancel} ({@code cancelEwb}).
   */
  public EwayBill cancel(Long ewbNo, CancelEwbRequest body, RequestOptions options) {
    return cancelWithResponse(ewbNo, body, options).data();
  }

  /**
   * Cancel an e-way bill
   *
   * <p>{@code POST /v1/ewb/{ewb_no}/cancel} ({@code cancelEwb}).
   */
  public ApiResponse<EwayBill> cancelWithResponse(Long ewbNo, CancelEwbRequest body) {
    return cancelWithResponse(ewbNo, body, RequestOptions.none());
  }

  /**
   * Cancel an e-way bill
   *
   * <p>{@code POST /v1/ewb/{ewb_no}/cancel} ({@code cancelEwb}).
   */
  public ApiResponse<EwayBill> cancelWithResponse(
      Long ewbNo, CancelEwbRequest body, RequestOptions options) {
    return ctx.execute(cancelRequest(ewbNo, body), EwayBill.class, options);
  }
}
