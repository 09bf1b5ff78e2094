// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.services;

import dev.einvoice.core.ApiResponse;
import dev.einvoice.core.ClientContext;
import dev.einvoice.core.RequestOptions;
import dev.einvoice.models.WebhookDeliveriesListParams;
import dev.einvoice.models.WebhookDelivery;
import dev.einvoice.models.WebhookDeliveryList;
import java.util.concurrent.CompletableFuture;

/**
 * Asynchronous twin of {@link WebhookDeliveriesService}: every call returns a {@link
 * CompletableFuture}; {@code cancel(true)} interrupts it.
 */
@SuppressWarnings("unused")
public final class WebhookDeliveriesServiceAsync {
  private final ClientContext ctx;
  private final WebhookDeliveriesService sync;

  public WebhookDeliveriesServiceAsync(ClientContext ctx) {
    this.ctx = ctx;
    this.sync = new WebhookDeliveriesService(ctx);
  }

  /**
   * List webhook deliveries
   *
   * <p>{@code GET /v1/webhook-deliveries} ({@code listWebhookDeliveries}).
   */
  public CompletableFuture<WebhookDeliveryList> list(WebhookDeliveriesListParams params) {
    return list(params, RequestOptions.none());
  }

  /**
   * List webhook deliveries
   *
   * <p>{@code GET /v1/webhook-deliveries} ({@code listWebhookDeliveries}).
   */
  public CompletableFuture<WebhookDeliveryList> list() {
    return list(WebhookDeliveriesListParams.builder().build(), RequestOptions.none());
  }

  /**
   * List webhook deliveries
   *
   * <p>{@code GET /v1/webhook-deliveries} ({@code listWebhookDeliveries}).
   */
  public CompletableFuture<WebhookDeliveryList> list(
      WebhookDeliveriesListParams params, RequestOptions options) {
    return ctx.async(() -> sync.list(params, options));
  }

  /**
   * List webhook deliveries
   *
   * <p>{@code GET /v1/webhook-deliveries} ({@code listWebhookDeliveries}).
   */
  public CompletableFuture<ApiResponse<WebhookDeliveryList>> listWithResponse(
      WebhookDeliveriesListParams params) {
    return listWithResponse(params, RequestOptions.none());
  }

  /**
   * List webhook deliveries
   *
   * <p>{@code GET /v1/webhook-deliveries} ({@code listWebhookDeliveries}).
   */
  public CompletableFuture<ApiResponse<WebhookDeliveryList>> listWithResponse() {
    return listWithResponse(WebhookDeliveriesListParams.builder().build(), RequestOptions.none());
  }

  /**
   * List webhook deliveries
   *
   * <p>{@code GET /v1/webhook-deliveries} ({@code listWebhookDeliveries}).
   */
  public CompletableFuture<ApiResponse<WebhookDeliveryList>> listWithResponse(
      WebhookDeliveriesListParams params, RequestOptions options) {
    return ctx.async(() -> sync.listWithResponse(params, options));
  }

  /**
   * Replay a delivery
   *
   * <p>{@code POST /v1/webhook-deliveries/{delivery_id}/replay} ({@code replayWebhookDelivery}).
   */
  public CompletableFuture<WebhookDelivery> replay(String deliveryId) {
    return replay(deliveryId, RequestOptions.none());
  }

  /**
   * Replay a delivery
   *
   * <p>{@code POST /v1/webhook-deliveries/{delivery_id}/replay} ({@code replayWebhookDelivery}).
   */
  public CompletableFuture<WebhookDelivery> replay(String deliveryId, RequestOptions options) {
    return ctx.async(() -> sync.replay(deliveryId, options));
  }

  /**
   * Replay a delivery
   *
   * <p>{@code POST /v1/webhook-deliveries/{delivery_id}/replay} ({@code replayWebhookDelivery}).
   */
  public CompletableFuture<ApiResponse<WebhookDelivery>> replayWithResponse(String deliveryId) {
    return replayWithResponse(deliveryId, RequestOptions.none());
  }

  /**
   * Replay a delivery
   *
   * <p>{@code POST /v1/webhook-deliveries/{delivery_id}/replay} ({@code replayWebhookDelivery}).
   */
  public CompletableFuture<ApiResponse<WebhookDelivery>> replayWithResponse(
      String deliveryId, RequestOptions options) {
    return ctx.async(() -> sync.replayWithResponse(deliveryId, options));
  }
}
