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
import dev.einvoice.models.WebhookEndpointsCreateParams;
import dev.einvoice.models.WebhookEndpointsDeleteParams;
import dev.einvoice.models.WebhookEndpointsGetParams;
import dev.einvoice.models.WebhookEndpointsListParams;
import dev.einvoice.models.WebhookEndpointsRotateSecretParams;
import dev.einvoice.models.WebhookEndpointsUpdateParams;
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
  public CompletableFuture<WebhookEndpointWithSecret> create(
      WebhookEndpointsCreateParams params, CreateWebhookEndpointRequest body) {
    return create(params, body, RequestOptions.none());
  }

  /**
   * Create a webhook endpoint
   *
   * <p>{@code POST /v1/webhook-endpoints} ({@code createWebhookEndpoint}).
   */
  public CompletableFuture<WebhookEndpointWithSecret> create(CreateWebhookEndpointRequest body) {
    return create(WebhookEndpointsCreateParams.builder().build(), body, RequestOptions.none());
  }

  /**
   * Create a webhook endpoint
   *
   * <p>{@code POST /v1/webhook-endpoints} ({@code createWebhookEndpoint}).
   */
  public CompletableFuture<WebhookEndpointWithSecret> create(
      WebhookEndpointsCreateParams params,
      CreateWebhookEndpointRequest body,
      RequestOptions options) {
    return ctx.async(() -> sync.create(params, body, options));
  }

  /**
   * Create a webhook endpoint
   *
   * <p>{@code POST /v1/webhook-endpoints} ({@code createWebhookEndpoint}).
   */
  public CompletableFuture<ApiResponse<WebhookEndpointWithSecret>> createWithResponse(
      WebhookEndpointsCreateParams params, CreateWebhookEndpointRequest body) {
    return createWithResponse(params, body, RequestOptions.none());
  }

  /**
   * Create a webhook endpoint
   *
   * <p>{@code POST /v1/webhook-endpoints} ({@code createWebhookEndpoint}).
   */
  public CompletableFuture<ApiResponse<WebhookEndpointWithSecret>> createWithResponse(
      CreateWebhookEndpointRequest body) {
    return createWithResponse(
        WebhookEndpointsCreateParams.builder().build(), body, RequestOptions.none());
  }

  /**
   * Create a webhook endpoint
   *
   * <p>{@code POST /v1/webhook-endpoints} ({@code createWebhookEndpoint}).
   */
  public CompletableFuture<ApiResponse<WebhookEndpointWithSecret>> createWithResponse(
      WebhookEndpointsCreateParams params,
      CreateWebhookEndpointRequest body,
      RequestOptions options) {
    return ctx.async(() -> sync.createWithResponse(params, body, options));
  }

  /**
   * Get a webhook endpoint
   *
   * <p>{@code GET /v1/webhook-endpoints/{endpoint_id}} ({@code getWebhookEndpoint}).
   */
  public CompletableFuture<WebhookEndpoint> get(
      String endpointId, WebhookEndpointsGetParams params) {
    return get(endpointId, params, RequestOptions.none());
  }

  /**
   * Get a webhook endpoint
   *
   * <p>{@code GET /v1/webhook-endpoints/{endpoint_id}} ({@code getWebhookEndpoint}).
   */
  public CompletableFuture<WebhookEndpoint> get(String endpointId) {
    return get(endpointId, WebhookEndpointsGetParams.builder().build(), RequestOptions.none());
  }

  /**
   * Get a webhook endpoint
   *
   * <p>{@code GET /v1/webhook-endpoints/{endpoint_id}} ({@code getWebhookEndpoint}).
   */
  public CompletableFuture<WebhookEndpoint> get(
      String endpointId, WebhookEndpointsGetParams params, RequestOptions options) {
    return ctx.async(() -> sync.get(endpointId, params, options));
  }

  /**
   * Get a webhook endpoint
   *
   * <p>{@code GET /v1/webhook-endpoints/{endpoint_id}} ({@code getWebhookEndpoint}).
   */
  public CompletableFuture<ApiResponse<WebhookEndpoint>> getWithResponse(
      String endpointId, WebhookEndpointsGetParams params) {
    return getWithResponse(endpointId, params, RequestOptions.none());
  }

  /**
   * Get a webhook endpoint
   *
   * <p>{@code GET /v1/webhook-endpoints/{endpoint_id}} ({@code getWebhookEndpoint}).
   */
  public CompletableFuture<ApiResponse<WebhookEndpoint>> getWithResponse(String endpointId) {
    return getWithResponse(
        endpointId, WebhookEndpointsGetParams.builder().build(), RequestOptions.none());
  }

  /**
   * Get a webhook endpoint
   *
   * <p>{@code GET /v1/webhook-endpoints/{endpoint_id}} ({@code getWebhookEndpoint}).
   */
  public CompletableFuture<ApiResponse<WebhookEndpoint>> getWithResponse(
      String endpointId, WebhookEndpointsGetParams params, RequestOptions options) {
    return ctx.async(() -> sync.getWithResponse(endpointId, params, options));
  }

  /**
   * Delete a webhook endpoint
   *
   * <p>{@code DELETE /v1/webhook-endpoints/{endpoint_id}} ({@code deleteWebhookEndpoint}).
   */
  public CompletableFuture<Void> delete(String endpointId, WebhookEndpointsDeleteParams params) {
    return delete(endpointId, params, RequestOptions.none());
  }

  /**
   * Delete a webhook endpoint
   *
   * <p>{@code DELETE /v1/webhook-endpoints/{endpoint_id}} ({@code deleteWebhookEndpoint}).
   */
  public CompletableFuture<Void> delete(String endpointId) {
    return delete(
        endpointId, WebhookEndpointsDeleteParams.builder().build(), RequestOptions.none());
  }

  /**
   * Delete a webhook endpoint
   *
   * <p>{@code DELETE /v1/webhook-endpoints/{endpoint_id}} ({@code deleteWebhookEndpoint}).
   */
  public CompletableFuture<Void> delete(
      String endpointId, WebhookEndpointsDeleteParams params, RequestOptions options) {
    return ctx.async(() -> sync.delete(endpointId, params, options));
  }

  /**
   * Delete a webhook endpoint
   *
   * <p>{@code DELETE /v1/webhook-endpoints/{endpoint_id}} ({@code deleteWebhookEndpoint}).
   */
  public CompletableFuture<ApiResponse<Void>> deleteWithResponse(
      String endpointId, WebhookEndpointsDeleteParams params) {
    return deleteWithResponse(endpointId, params, RequestOptions.none());
  }

  /**
   * Delete a webhook endpoint
   *
   * <p>{@code DELETE /v1/webhook-endpoints/{endpoint_id}} ({@code deleteWebhookEndpoint}).
   */
  public CompletableFuture<ApiResponse<Void>> deleteWithResponse(String endpointId) {
    return deleteWithResponse(
        endpointId, WebhookEndpointsDeleteParams.builder().build(), RequestOptions.none());
  }

  /**
   * Delete a webhook endpoint
   *
   * <p>{@code DELETE /v1/webhook-endpoints/{endpoint_id}} ({@code deleteWebhookEndpoint}).
   */
  public CompletableFuture<ApiResponse<Void>> deleteWithResponse(
      String endpointId, WebhookEndpointsDeleteParams params, RequestOptions options) {
    return ctx.async(() -> sync.deleteWithResponse(endpointId, params, options));
  }

  /**
   * Update a webhook endpoint
   *
   * <p>{@code PATCH /v1/webhook-endpoints/{endpoint_id}} ({@code updateWebhookEndpoint}).
   */
  public CompletableFuture<WebhookEndpoint> update(
      String endpointId, WebhookEndpointsUpdateParams params, UpdateWebhookEndpointRequest body) {
    return update(endpointId, params, body, RequestOptions.none());
  }

  /**
   * Update a webhook endpoint
   *
   * <p>{@code PATCH /v1/webhook-endpoints/{endpoint_id}} ({@code updateWebhookEndpoint}).
   */
  public CompletableFuture<WebhookEndpoint> update(
      String endpointId, UpdateWebhookEndpointRequest body) {
    return update(
        endpointId, WebhookEndpointsUpdateParams.builder().build(), body, RequestOptions.none());
  }

  /**
   * Update a webhook endpoint
   *
   * <p>{@code PATCH /v1/webhook-endpoints/{endpoint_id}} ({@code updateWebhookEndpoint}).
   */
  public CompletableFuture<WebhookEndpoint> update(
      String endpointId,
      WebhookEndpointsUpdateParams params,
      UpdateWebhookEndpointRequest body,
      RequestOptions options) {
    return ctx.async(() -> sync.update(endpointId, params, body, options));
  }

  /**
   * Update a webhook endpoint
   *
   * <p>{@code PATCH /v1/webhook-endpoints/{endpoint_id}} ({@code updateWebhookEndpoint}).
   */
  public CompletableFuture<ApiResponse<WebhookEndpoint>> updateWithResponse(
      String endpointId, WebhookEndpointsUpdateParams params, UpdateWebhookEndpointRequest body) {
    return updateWithResponse(endpointId, params, body, RequestOptions.none());
  }

  /**
   * Update a webhook endpoint
   *
   * <p>{@code PATCH /v1/webhook-endpoints/{endpoint_id}} ({@code updateWebhookEndpoint}).
   */
  public CompletableFuture<ApiResponse<WebhookEndpoint>> updateWithResponse(
      String endpointId, UpdateWebhookEndpointRequest body) {
    return updateWithResponse(
        endpointId, WebhookEndpointsUpdateParams.builder().build(), body, RequestOptions.none());
  }

  /**
   * Update a webhook endpoint
   *
   * <p>{@code PATCH /v1/webhook-endpoints/{endpoint_id}} ({@code updateWebhookEndpoint}).
   */
  public CompletableFuture<ApiResponse<WebhookEndpoint>> updateWithResponse(
      String endpointId,
      WebhookEndpointsUpdateParams params,
      UpdateWebhookEndpointRequest body,
      RequestOptions options) {
    return ctx.async(() -> sync.updateWithResponse(endpointId, params, body, options));
  }

  /**
   * Rotate an endpoint's signing secret
   *
   * <p>{@code POST /v1/webhook-endpoints/{endpoint_id}/rotate-secret} ({@code
   * rotateWebhookSecret}).
   */
  public CompletableFuture<WebhookEndpointWithSecret> rotateSecret(
      String endpointId,
      WebhookEndpointsRotateSecretParams params,
      RotateWebhookSecretRequest body) {
    return rotateSecret(endpointId, params, body, RequestOptions.none());
  }

  /**
   * Rotate an endpoint's signing secret
   *
   * <p>{@code POST /v1/webhook-endpoints/{endpoint_id}/rotate-secret} ({@code
   * rotateWebhookSecret}).
   */
  public CompletableFuture<WebhookEndpointWithSecret> rotateSecret(
      String endpointId, RotateWebhookSecretRequest body) {
    return rotateSecret(
        endpointId,
        WebhookEndpointsRotateSecretParams.builder().build(),
        body,
        RequestOptions.none());
  }

  /**
   * Rotate an endpoint's signing secret
   *
   * <p>{@code POST /v1/webhook-endpoints/{endpoint_id}/rotate-secret} ({@code
   * rotateWebhookSecret}).
   */
  public CompletableFuture<WebhookEndpointWithSecret> rotateSecret(
      String endpointId,
      WebhookEndpointsRotateSecretParams params,
      RotateWebhookSecretRequest body,
      RequestOptions options) {
    return ctx.async(() -> sync.rotateSecret(endpointId, params, body, options));
  }

  /**
   * Rotate an endpoint's signing secret
   *
   * <p>{@code POST /v1/webhook-endpoints/{endpoint_id}/rotate-secret} ({@code
   * rotateWebhookSecret}).
   */
  public CompletableFuture<ApiResponse<WebhookEndpointWithSecret>> rotateSecretWithResponse(
      String endpointId,
      WebhookEndpointsRotateSecretParams params,
      RotateWebhookSecretRequest body) {
    return rotateSecretWithResponse(endpointId, params, body, RequestOptions.none());
  }

  /**
   * Rotate an endpoint's signing secret
   *
   * <p>{@code POST /v1/webhook-endpoints/{endpoint_id}/rotate-secret} ({@code
   * rotateWebhookSecret}).
   */
  public CompletableFuture<ApiResponse<WebhookEndpointWithSecret>> rotateSecretWithResponse(
      String endpointId, RotateWebhookSecretRequest body) {
    return rotateSecretWithResponse(
        endpointId,
        WebhookEndpointsRotateSecretParams.builder().build(),
        body,
        RequestOptions.none());
  }

  /**
   * Rotate an endpoint's signing secret
   *
   * <p>{@code POST /v1/webhook-endpoints/{endpoint_id}/rotate-secret} ({@code
   * rotateWebhookSecret}).
   */
  public CompletableFuture<ApiResponse<WebhookEndpointWithSecret>> rotateSecretWithResponse(
      String endpointId,
      WebhookEndpointsRotateSecretParams params,
      RotateWebhookSecretRequest body,
      RequestOptions options) {
    return ctx.async(() -> sync.rotateSecretWithResponse(endpointId, params, body, options));
  }
}
