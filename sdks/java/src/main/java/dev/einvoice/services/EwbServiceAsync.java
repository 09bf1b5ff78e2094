// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.services;

import dev.einvoice.core.ApiResponse;
import dev.einvoice.core.ClientContext;
import dev.einvoice.core.RequestOptions;
import dev.einvoice.models.CancelEwbRequest;
import dev.einvoice.models.EwayBill;
import dev.einvoice.models.ExtendEwbRequest;
import dev.einvoice.models.GenerateEwbRequest;
import dev.einvoice.models.UpdateEwbVehicleRequest;
import java.util.concurrent.CompletableFuture;

/**
 * Asynchronous twin of {@link EwbService}: every call returns a {@link CompletableFuture}; {@code
 * cancel(true)} interrupts it.
 */
@SuppressWarnings("unused")
public final class EwbServiceAsync {
  private final ClientContext ctx;
  private final EwbService sync;

  public EwbServiceAsync(ClientContext ctx) {
    this.ctx = ctx;
    this.sync = new EwbService(ctx);
  }

  /**
   * Generate an e-way bill from an IRN
   *
   * <p>{@code POST /v1/ewb} ({@code generateEwb}).
   */
  public CompletableFuture<EwayBill> generate(GenerateEwbRequest body) {
    return generate(body, RequestOptions.none());
  }

  /**
   * Generate an e-way bill from an IRN
   *
   * <p>{@code POST /v1/ewb} ({@code generateEwb}).
   */
  public CompletableFuture<EwayBill> generate(GenerateEwbRequest body, RequestOptions options) {
    return ctx.async(() -> sync.generate(body, options));
  }

  /**
   * Generate an e-way bill from an IRN
   *
   * <p>{@code POST /v1/ewb} ({@code generateEwb}).
   */
  public CompletableFuture<ApiResponse<EwayBill>> generateWithResponse(GenerateEwbRequest body) {
    return generateWithResponse(body, RequestOptions.none());
  }

  /**
   * Generate an e-way bill from an IRN
   *
   * <p>{@code POST /v1/ewb} ({@code generateEwb}).
   */
  public CompletableFuture<ApiResponse<EwayBill>> generateWithResponse(
      GenerateEwbRequest body, RequestOptions options) {
    return ctx.async(() -> sync.generateWithResponse(body, options));
  }

  /**
   * Get an e-way bill
   *
   * <p>{@code GET /v1/ewb/{ewb_no}} ({@code getEwb}).
   */
  public CompletableFuture<EwayBill> get(Long ewbNo) {
    return get(ewbNo, RequestOptions.none());
  }

  /**
   * Get an e-way bill
   *
   * <p>{@code GET /v1/ewb/{ewb_no}} ({@code getEwb}).
   */
  public CompletableFuture<EwayBill> get(Long ewbNo, RequestOptions options) {
    return ctx.async(() -> sync.get(ewbNo, options));
  }

  /**
   * Get an e-way bill
   *
   * <p>{@code GET /v1/ewb/{ewb_no}} ({@code getEwb}).
   */
  public CompletableFuture<ApiResponse<EwayBill>> getWithResponse(Long ewbNo) {
    return getWithResponse(ewbNo, RequestOptions.none());
  }

  /**
   * Get an e-way bill
   *
   * <p>{@code GET /v1/ewb/{ewb_no}} ({@code getEwb}).
   */
  public CompletableFuture<ApiResponse<EwayBill>> getWithResponse(
      Long ewbNo, RequestOptions options) {
    return ctx.async(() -> sync.getWithResponse(ewbNo, options));
  }

  /**
   * Update Part-B (vehicle or transport document)
   *
   * <p>{@code POST /v1/ewb/{ewb_no}/vehicle} ({@code updateEwbVehicle}).
   */
  public CompletableFuture<EwayBill> updateVehicle(Long ewbNo, UpdateEwbVehicleRequest body) {
    return updateVehicle(ewbNo, body, RequestOptions.none());
  }

  /**
   * Update Part-B (vehicle or transport document)
   *
   * <p>{@code POST /v1/ewb/{ewb_no}/vehicle} ({@code updateEwbVehicle}).
   */
  public CompletableFuture<EwayBill> updateVehicle(
      Long ewbNo, UpdateEwbVehicleRequest body, RequestOptions options) {
    return ctx.async(() -> sync.updateVehicle(ewbNo, body, options));
  }

  /**
   * Update Part-B (vehicle or transport document)
   *
   * <p>{@code POST /v1/ewb/{ewb_no}/vehicle} ({@code updateEwbVehicle}).
   */
  public CompletableFuture<ApiResponse<EwayBill>> updateVehicleWithResponse(
      Long ewbNo, UpdateEwbVehicleRequest body) {
    return updateVehicleWithResponse(ewbNo, body, RequestOptions.none());
  }

  /**
   * Update Part-B (vehicle or transport document)
   *
   * <p>{@code POST /v1/ewb/{ewb_no}/vehicle} ({@code updateEwbVehicle}).
   */
  public CompletableFuture<ApiResponse<EwayBill>> updateVehicleWithResponse(
      Long ewbNo, UpdateEwbVehicleRequest body, RequestOptions options) {
    return ctx.async(() -> sync.updateVehicleWithResponse(ewbNo, body, options));
  }

  /**
   * Extend an e-way bill's validity
   *
   * <p>{@code POST /v1/ewb/{ewb_no}/extend} ({@code extendEwb}).
   */
  public CompletableFuture<EwayBill> extend(Long ewbNo, ExtendEwbRequest body) {
    return extend(ewbNo, body, RequestOptions.none());
  }

  /**
   * Extend an e-way bill's validity
   *
   * <p>{@code POST /v1/ewb/{ewb_no}/extend} ({@code extendEwb}).
   */
  public CompletableFuture<EwayBill> extend(
      Long ewbNo, ExtendEwbRequest body, RequestOptions options) {
    return ctx.async(() -> sync.extend(ewbNo, body, options));
  }

  /**
   * Extend an e-way bill's validity
   *
   * <p>{@code POST /v1/ewb/{ewb_no}/extend} ({@code extendEwb}).
   */
  public CompletableFuture<ApiResponse<EwayBill>> extendWithResponse(
      Long ewbNo, ExtendEwbRequest body) {
    return extendWithResponse(ewbNo, body, RequestOptions.none());
  }

  /**
   * Extend an e-way bill's validity
   *
   * <p>{@code POST /v1/ewb/{ewb_no}/extend} ({@code extendEwb}).
   */
  public CompletableFuture<ApiResponse<EwayBill>> extendWithResponse(
      Long ewbNo, ExtendEwbRequest body, RequestOptions options) {
    return ctx.async(() -> sync.extendWithResponse(ewbNo, body, options));
  }

  /**
   * Cancel an e-way bill
   *
   * <p>{@code POST /v1/ewb/{ewb_no}/cancel} ({@code cancelEwb}).
   */
  public CompletableFuture<EwayBill> cancel(Long ewbNo, CancelEwbRequest body) {
    return cancel(ewbNo, body, RequestOptions.none());
  }

  /**
   * Cancel an e-way bill
   *
   * <p>{@code POST /v1/ewb/{ewb_no}/cancel} ({@code cancelEwb}).
   */
  public CompletableFuture<EwayBill> cancel(
      Long ewbNo, CancelEwbRequest body, RequestOptions options) {
    return ctx.async(() -> sync.cancel(ewbNo, body, options));
  }

  /**
   * Cancel an e-way bill
   *
   * <p>{@code POST /v1/ewb/{ewb_no}/cancel} ({@code cancelEwb}).
   */
  public CompletableFuture<ApiResponse<EwayBill>> cancelWithResponse(
      Long ewbNo, CancelEwbRequest body) {
    return cancelWithResponse(ewbNo, body, RequestOptions.none());
  }

  /**
   * Cancel an e-way bill
   *
   * <p>{@code POST /v1/ewb/{ewb_no}/cancel} ({@code cancelEwb}).
   */
  public CompletableFuture<ApiResponse<EwayBill>> cancelWithResponse(
      Long ewbNo, CancelEwbRequest body, RequestOptions options) {
    return ctx.async(() -> sync.cancelWithResponse(ewbNo, body, options));
  }
}
