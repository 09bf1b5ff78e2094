// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.services;

import dev.einvoice.core.ApiRequest;
import dev.einvoice.core.ApiResponse;
import dev.einvoice.core.Auth;
import dev.einvoice.core.AutoPager;
import dev.einvoice.core.ClientContext;
import dev.einvoice.core.Page;
import dev.einvoice.core.RequestOptions;
import dev.einvoice.models.WebhookDeliveriesListParams;
import dev.einvoice.models.WebhookDelivery;
import dev.einvoice.models.WebhookDeliveryList;
import java.util.List;

/**
 * Operations of the {@code webhook deliveries} resource. Every method has an overload taking {@link
 * RequestOptions}.
 */
@SuppressWarnings("unused")
public final class WebhookDeliveriesService {
  private final ClientContext ctx;

  public WebhookDeliveriesService(ClientContext ctx) {
    this.ctx = ctx;
  }

  private ApiRequest listRequest(WebhookDeliveriesListParams params) {
    return ApiRequest.builder("GET", "/v1/webhook-deliveries")
        .operationId("listWebhookDeliveries")
        .auth(Auth.ACCOUNT)
        .idempotent(false)
        .query(params == null ? null : params.toQuery())
        .headers(params == null ? null : params.toHeaders())
        .build();
  }

  /**
   * List webhook deliveries
   *
   * <p>{@code GET /v1/webhook-deliveries} ({@code listWebhookDeliveries}).
   */
  public WebhookDeliveryList list(WebhookDeliveriesListParams params) {
    return list(params, RequestOptions.none());
  }

  /**
   * List webhook deliveries
   *
   * <p>{@code GET /v1/webhook-deliveries} ({@code listWebhookDeliveries}).
   */
  public WebhookDeliveryList list() {
    return list(WebhookDeliveriesListParams.builder().build(), RequestOptions.none());
  }

  /**
   * List webhook deliveries
   *
   * <p>{@code GET /v1/webhook-deliveries} ({@code listWebhookDeliveries}).
   */
  public WebhookDeliveryList list(WebhookDeliveriesListParams params, RequestOptions options) {
    return listWithResponse(params, options).data();
  }

  /**
   * List webhook deliveries
   *
   * <p>{@code GET /v1/webhook-deliveries} ({@code listWebhookDeliveries}).
   */
  public ApiResponse<WebhookDeliveryList> listWithResponse(WebhookDeliveriesListParams params) {
    return listWithResponse(params, RequestOptions.none());
  }

  /**
   * List webhook deliveries
   *
   * <p>{@code GET /v1/webhook-deliveries} ({@code listWebhookDeliveries}).
   */
  public ApiResponse<WebhookDeliveryList> listWithResponse() {
    return listWithResponse(WebhookDeliveriesListParams.builder().build(), RequestOptions.none());
  }

  /**
   * List webhook deliveries
   *
   * <p>{@code GET /v1/webhook-deliveries} ({@code listWebhookDeliveries}).
   */
  public ApiResponse<WebhookDeliveryList> listWithResponse(
      WebhookDeliveriesListParams params, RequestOptions options) {
    return ctx.execute(listRequest(params), WebhookDeliveryList.class, options);
  }

  /** Every item of every page, fetched lazily as you iterate (listWebhookDeliveries). */
  public AutoPager<WebhookDelivery> listAutoPaging(WebhookDeliveriesListParams params) {
    return listAutoPaging(params, RequestOptions.none());
  }

  /** Every item of every page, fetched lazily as you iterate (listWebhookDeliveries). */
  public AutoPager<WebhookDelivery> listAutoPaging() {
    return listAutoPaging(WebhookDeliveriesListParams.builder().build(), RequestOptions.none());
  }

  /** Every item of every page, fetched lazily as you iterate (listWebhookDeliveries). */
  public AutoPager<WebhookDelivery> listAutoPaging(
      WebhookDeliveriesListParams params, RequestOptions options) {
    ApiRequest first = listRequest(params);
    return new AutoPager<>(
        cursor -> {
          ApiRequest req = cursor == null ? first : first.withQuery("starting_after", cursor);
          WebhookDeliveryList p = ctx.execute(req, WebhookDeliveryList.class, options).data();
          return new Page<>(
              p.data() == null ? List.of() : p.data(),
              Boolean.TRUE.equals(p.hasMore()),
              p.nextCursor().orElse(null));
        },
        null);
  }

  private ApiRequest replayRequest(String deliveryId) {
    java.util.Objects.requireNonNull(deliveryId, "delivery_id is required");
    return ApiRequest.builder(
            "POST",
            "/v1/webhook-deliveries/"
                + ApiRequest.pathSegment(String.valueOf(deliveryId))
                + "/replay")
        .operationId("replayWebhookDelivery")
        .auth(Auth.ACCOUNT)
        .idempotent(true)
        .build();
  }

  /**
   * Replay a delivery
   *
   * <p>{@code POST /v1/webhook-deliveries/{delivery_id}/replay} ({@code replayWebhookDelivery}).
   */
  public WebhookDelivery replay(String deliveryId) {
    return replay(deliveryId, RequestOptions.none());
  }

  /**
   * Replay a delivery
   *
   * <p>{@code POST /v1/webhook-deliveries/{delivery_id}/replay} ({@code replayWebhookDelivery}).
   */
  public WebhookDelivery replay(String deliveryId, RequestOptions options) {
    return replayWithResponse(deliveryId, options).data();
  }

  /**
   * Replay a delivery
   *
   * <p>{@code POST /v1/webhook-deliveries/{delivery_id}/replay} ({@code replayWebhookDelivery}).
   */
  public ApiResponse<WebhookDelivery> replayWithResponse(String deliveryId) {
    return replayWithResponse(deliveryId, RequestOptions.none());
  }

  /**
   * Replay a delivery
   *
   * <p>{@code POST /v1/webhook-deliveries/{delivery_id}/replay} ({@code replayWebhookDelivery}).
   */
  public ApiResponse<WebhookDelivery> replayWithResponse(
      String deliveryId, RequestOptions options) {
    return ctx.execute(replayRequest(deliveryId), WebhookDelivery.class, options);
  }
}
