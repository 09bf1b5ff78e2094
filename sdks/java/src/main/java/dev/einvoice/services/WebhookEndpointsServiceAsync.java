// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.services;

import dev.einvoice.core.ApiResponse;
import dev.einvoice.core.ClientContext;
import dev.einvoice.core.RequestOptions;
import dev.einvoice.models.CreateWebhookEndpointRequest;
import dev.einvoice.models.RotateWebhookSecretRequest;
import dev.einvoice.models.UpdateWebhookEndpointRequest;
import dev.einvoice.models.WebhookEndpoint;
import dev.einvoice.models.WebhookEndpointList;
import dev.einvoice.models.WebhookEndpointWithSecret;
import dev.einvoice.models.WebhookEndpointsListParams;
import java.util.concurrent.CompletableFuture;

/**
 * Asynchronous twin of {@link WebhookEndpointsService}: every call returns a {@link
 * CompletableFuture}; {@code cancel(true)} interrupts it.
 */
@SuppressWarnings("unused")
public final class WebhookEndpointsServiceAsync {
  private final ClientContext ctx;
  private final WebhookEndpointsService sync;

  public WebhookEndpointsServiceAsync(ClientContext ctx) {
    this.ctx = ctx;
    this.sync = new WebhookEndpointsService(ctx);
  }

  /**
   * List webhook endpoints
   *
   * <p>{@code GET /v1/webhook-endpoints} ({@code listWebhookEndpoints}).
   */
  public CompletableFuture<WebhookEndpointList> list(WebhookEndpointsListParams params) {
    return list(params, RequestOptions.none());
  }

  /**
   * List webhook endpoints
   *
   * <p>{@code GET /v1/webhook-endpoints} ({@code listWebhookEndpoints}).
   */
  public CompletableFuture<WebhookEndpointList> list() {
    return list(WebhookEndpointsListParams.builder().build(), RequestOptions.none());
  }

  /**
   * List webhook endpoints
   *
   * <p>{@code GET /v1/webhook-endpoints} ({@code listWebhookEndpoints}).
   */
  public CompletableFuture<WebhookEndpointList> list(
      WebhookEndpointsListParams params, RequestOptions options) {
    return ctx.async(() -> sync.list(params, options));
  }

  /**
   * List webhook endpoints
   *
   * <p>{@code GET /v1/webhook-endpoints} ({@code listWebhookEndpoints}).
   */
  public CompletableFuture<ApiResponse<WebhookEndpointList>> listWithResponse(
      WebhookEndpointsListParams params) {
    return listWithResponse(params, RequestOptions.none());
  }

  /**
   * List webhook endpoints
   *
   * <p>{@code GET /v1/webhook-endpoints} ({@code listWebhookEndpoints}).
   */
  public CompletableFuture<ApiResponse<WebhookEndpointList>> listWithResponse() {
    return listWithResponse(WebhookEndpointsListParams.builder().build(), RequestOptions.none());
  }

  /**
   * List webhook endpoints
   *
   * <p>{@code GET /v1/webhook-endpoints} ({@code listWebhookEndpoints}).
   */
  public CompletableFuture<ApiResponse<WebhookEndpointList>> listWithResponse(
      WebhookEndpointsListParams params, RequestOptions options) {
    return ctx.async(() -> sync.listWithResponse(params, options));
  }

  /**
   * Create a webhook endpoint
   *
   * <p>{@code POST /v1/webhook-endpoints} ({@code createWebhookEndpoint}).
   */
  public CompletableFuture<WebhookEndpointWithSecret> create(CreateWebhookEndpointRequest body) {
    return create(body, RequestOptions.none());
  }

  /**
   * Create a webhook endpoint
   *
   * <p>{@code POST /v1/webhook-endpoints} ({@code createWebhookEndpoint}).
   */
  public CompletableFuture<WebhookEndpointWithSecret> create(
      CreateWebhookEndpointRequest body, RequestOptions options) {
    return ctx.async(() -> sync.create(body, options));
  }

  /**
   * Create a webhook endpoint
   *
   * <p>{@code POST /v1/webhook-endpoints} ({@code createWebhookEndpoint}).
   */
  public CompletableFuture<ApiResponse<WebhookEndpointWithSecret>> createWithResponse(
      CreateWebhookEndpointRequest body) {
    return createWithResponse(body, RequestOptions.none());
  }

  /**
   * Create a webhook endpoint
   *
   * <p>{@code POST /v1/webhook-endpoints} ({@code createWebhookEndpoint}).
   */
  public CompletableFuture<ApiResponse<WebhookEndpointWithSecret>> createWithResponse(
      CreateWebhookEndpointRequest body, RequestOptions options) {
    return ctx.async(() -> sync.createWithResponse(body, options));
  }

  /**
   * Get a webhook endpoint
   *
   * <p>{@code GET /v1/webhook-endpoints/{endpoint_id}} ({@code getWebhookEndpoint}).
   */
  public CompletableFuture<WebhookEndpoint> get(String endpointId) {
    return get(endpointId, RequestOptions.none());
  }

  /**
   * Get a webhook endpoint
   *
   * <p>{@code GET /v1/webhook-endpoints/{endpoint_id}} ({@code getWebhookEndpoint}).
   */
  public CompletableFuture<WebhookEndpoint> get(String endpointId, RequestOptions options) {
    return ctx.async(() -> sync.get(endpointId, options));
  }

  /**
   * Get a webhook endpoint
   *
   * <p>{@code GET /v1/webhook-endpoints/{endpoint_id}} ({@code getWebhookEndpoint}).
   */
  public CompletableFuture<ApiResponse<WebhookEndpoint>> getWithResponse(String endpointId) {
    return getWithResponse(endpointId, RequestOptions.none());
  }

  /**
   * Get a webhook endpoint
   *
   * <p>{@code GET /v1/webhook-endpoints/{endpoint_id}} ({@code getWebhookEndpoint}).
   */
  public CompletableFuture<ApiResponse<WebhookEndpoint>> getWithResponse(
      String endpointId, RequestOptions options) {
    return ctx.async(() -> sync.getWithResponse(endpointId, options));
  }

  /**
   * Delete a webhook endpoint
   *
   * <p>{@code DELETE /v1/webhook-endpoints/{endpoint_id}} ({@code deleteWebhookEndpoint}).
   */
  public CompletableFuture<Void> delete(String endpointId) {
    return delete(endpointId, RequestOptions.none());
  }

  /**
   * Delete a webhook endpoint
   *
   * <p>{@code DELETE /v1/webhook-endpoints/{endpoint_id}} ({@code deleteWebhookEndpoint}).
   */
  public CompletableFuture<Void> delete(String endpointId, RequestOptions options) {
    return ctx.async(() -> sync.delete(endpointId, options));
  }

  /**
   * Delete a webhook endpoint
   *
   * <p>{@code DELETE /v1/webhook-endpoints/{endpoint_id}} ({@code deleteWebhookEndpoint}).
   */
  public CompletableFuture<ApiResponse<Void>> deleteWithResponse(String endpointId) {
    return deleteWithResponse(endpointId, RequestOptions.none());
  }

  /**
   * Delete a webhook endpoint
   *
   * <p>{@code DELETE /v1/webhook-endpoints/{endpoint_id}} ({@code deleteWebhookEndpoint}).
   */
  public CompletableFuture<ApiResponse<Void>> deleteWithResponse(
      String endpointId, RequestOptions options) {
    return ctx.async(() -> sync.deleteWithResponse(endpointId, options));
  }

  /**
   * Update a webhook endpoint
   *
   * <p>{@code PATCH /v1/webhook-endpoints/{endpoint_id}} ({@code updateWebhookEndpoint}).
   */
  public CompletableFuture<WebhookEndpoint> update(
      String endpointId, UpdateWebhookEndpointRequest body) {
    return update(endpointId, body, RequestOptions.none());
  }

  /**
   * Update a webhook endpoint
   *
   * <p>{@code PATCH /v1/webhook-endpoints/{endpoint_id}} ({@code updateWebhookEndpoint}).
   */
  public CompletableFuture<WebhookEndpoint> update(
      String endpointId, UpdateWebhookEndpointRequest body, RequestOptions options) {
    return ctx.async(() -> sync.update(endpointId, body, options));
  }

  /**
   * Update a webhook endpoint
   *
   * <p>{@code PATCH /v1/webhook-endpoints/{endpoint_id}} ({@code updateWebhookEndpoint}).
   */
  public CompletableFuture<ApiResponse<WebhookEndpoint>> updateWithResponse(
      String endpointId, UpdateWebhookEndpointRequest body) {
    return updateWithResponse(endpointId, body, RequestOptions.none());
  }

  /**
   * Update a webhook endpoint
   *
   * <p>{@code PATCH /v1/webhook-endpoints/{endpoint_id}} ({@code updateWebhookEndpoint}).
   */
  public CompletableFuture<ApiResponse<WebhookEndpoint>> updateWithResponse(
      String endpointId, UpdateWebhookEndpointRequest body, RequestOptions options) {
    return ctx.async(() -> sync.updateWithResponse(endpointId, body, options));
  }

  /**
   * Rotate an endpoint's signing secret
   *
   * <p>{@code POST /v1/webhook-endpoints/{endpoint_id}/rotate-secret} ({@code
   * rotateWebhookSecret}).
   */
  public CompletableFuture<WebhookEndpointWithSecret> rotateSecret(
      String endpointId, RotateWebhookSecretRequest body) {
    return rotateSecret(endpointId, body, RequestOptions.none());
  }

  /**
   * Rotate an endpoint's signing secret
   *
   * <p>{@code POST /v1/webhook-endpoints/{endpoint_id}/rotate-secret} ({@code
   * rotateWebhookSecret}).
   */
  public CompletableFuture<WebhookEndpointWithSecret> rotateSecret(
      String endpointId, RotateWebhookSecretRequest body, RequestOptions options) {
    return ctx.async(() -> sync.rotateSecret(endpointId, body, options));
  }

  /**
   * Rotate an endpoint's signing secret
   *
   * <p>{@code POST /v1/webhook-endpoints/{endpoint_id}/rotate-secret} ({@code
   * rotateWebhookSecret}).
   */
  public CompletableFuture<ApiResponse<WebhookEndpointWithSecret>> rotateSecretWithResponse(
      String endpointId, RotateWebhookSecretRequest body) {
    return rotateSecretWithResponse(endpointId, body, RequestOptions.none());
  }

  /**
   * Rotate an endpoint's signing secret
   *
   * <p>{@code POST /v1/webhook-endpoints/{endpoint_id}/rotate-secret} ({@code
   * rotateWebhookSecret}).
   */
  public CompletableFuture<ApiResponse<WebhookEndpointWithSecret>> rotateSecretWithResponse(
      String endpointId, RotateWebhookSecretRequest body, RequestOptions options) {
    return ctx.async(() -> sync.rotateSecretWithResponse(endpointId, body, options));
  }
}
