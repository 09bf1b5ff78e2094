// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.services;

import dev.einvoice.core.ApiRequest;
import dev.einvoice.core.ApiResponse;
import dev.einvoice.core.Auth;
import dev.einvoice.core.AutoPager;
import dev.einvoice.core.ClientContext;
import dev.einvoice.core.Page;
import dev.einvoice.core.RequestOptions;
import dev.einvoice.models.CreateWebhookEndpointRequest;
import dev.einvoice.models.RotateWebhookSecretRequest;
import dev.einvoice.models.UpdateWebhookEndpointRequest;
import dev.einvoice.models.WebhookEndpoint;
import dev.einvoice.models.WebhookEndpointList;
import dev.einvoice.models.WebhookEndpointWithSecret;
import dev.einvoice.models.WebhookEndpointsListParams;
import java.util.List;

/**
 * Operations of the {@code webhook endpoints} resource. Every method has an overload taking {@link
 * RequestOptions}.
 */
@SuppressWarnings("unused")
public final class WebhookEndpointsService {
  private final ClientContext ctx;

  public WebhookEndpointsService(ClientContext ctx) {
    this.ctx = ctx;
  }

  private ApiRequest listRequest(WebhookEndpointsListParams params) {
    return ApiRequest.builder("GET", "/v1/webhook-endpoints")
        .operationId("listWebhookEndpoints")
        .auth(Auth.ACCOUNT)
        .idempotent(false)
        .query(params == null ? null : params.toQuery())
        .headers(params == null ? null : params.toHeaders())
        .build();
  }

  /**
   * List webhook endpoints
   *
   * <p>{@code GET /v1/webhook-endpoints} ({@code listWebhookEndpoints}).
   */
  public WebhookEndpointList list(WebhookEndpointsListParams params) {
    return list(params, RequestOptions.none());
  }

  /**
   * List webhook endpoints
   *
   * <p>{@code GET /v1/webhook-endpoints} ({@code listWebhookEndpoints}).
   */
  public WebhookEndpointList list() {
    return list(WebhookEndpointsListParams.builder().build(), RequestOptions.none());
  }

  /**
   * List webhook endpoints
   *
   * <p>{@code GET /v1/webhook-endpoints} ({@code listWebhookEndpoints}).
   */
  public WebhookEndpointList list(WebhookEndpointsListParams params, RequestOptions options) {
    return listWithResponse(params, options).data();
  }

  /**
   * List webhook endpoints
   *
   * <p>{@code GET /v1/webhook-endpoints} ({@code listWebhookEndpoints}).
   */
  public ApiResponse<WebhookEndpointList> listWithResponse(WebhookEndpointsListParams params) {
    return listWithResponse(params, RequestOptions.none());
  }

  /**
   * List webhook endpoints
   *
   * <p>{@code GET /v1/webhook-endpoints} ({@code listWebhookEndpoints}).
   */
  public ApiResponse<WebhookEndpointList> listWithResponse() {
    return listWithResponse(WebhookEndpointsListParams.builder().build(), RequestOptions.none());
  }

  /**
   * List webhook endpoints
   *
   * <p>{@code GET /v1/webhook-endpoints} ({@code listWebhookEndpoints}).
   */
  public ApiResponse<WebhookEndpointList> listWithResponse(
      WebhookEndpointsListParams params, RequestOptions options) {
    return ctx.execute(listRequest(params), WebhookEndpointList.class, options);
  }

  /** Every item of every page, fetched lazily as you iterate (listWebhookEndpoints). */
  public AutoPager<WebhookEndpoint> listAutoPaging(WebhookEndpointsListParams params) {
    return listAutoPaging(params, RequestOptions.none());
  }

  /** Every item of every page, fetched lazily as you iterate (listWebhookEndpoints). */
  public AutoPager<WebhookEndpoint> listAutoPaging() {
    return listAutoPaging(WebhookEndpointsListParams.builder().build(), RequestOptions.none());
  }

  /** Every item of every page, fetched lazily as you iterate (listWebhookEndpoints). */
  public AutoPager<WebhookEndpoint> listAutoPaging(
      WebhookEndpointsListParams params, RequestOptions options) {
    ApiRequest first = listRequest(params);
    return new AutoPager<>(
        cursor -> {
          ApiRequest req = cursor == null ? first : first.withQuery("starting_after", cursor);
          WebhookEndpointList p = ctx.execute(req, WebhookEndpointList.class, options).data();
          return new Page<>(
              p.data() == null ? List.of() : p.data(),
              Boolean.TRUE.equals(p.hasMore()),
              p.nextCursor().orElse(null));
        },
        null);
  }

  private ApiRequest createRequest(CreateWebhookEndpointRequest body) {
    return ApiRequest.builder("POST", "/v1/webhook-endpoints")
        .operationId("createWebhookEndpoint")
        .auth(Auth.ACCOUNT)
        .idempotent(true)
        .body(body)
        .build();
  }

  /**
   * Create a webhook endpoint
   *
   * <p>{@code POST /v1/webhook-endpoints} ({@code createWebhookEndpoint}).
   */
  public WebhookEndpointWithSecret create(CreateWebhookEndpointRequest body) {
    return create(body, RequestOptions.none());
  }

  /**
   * Create a webhook endpoint
   *
   * <p>{@code POST /v1/webhook-endpoints} ({@code createWebhookEndpoint}).
   */
  public WebhookEndpointWithSecret create(
      CreateWebhookEndpointRequest body, RequestOptions options) {
    return createWithResponse(body, options).data();
  }

  /**
   * Create a webhook endpoint
   *
   * <p>{@code POST /v1/webhook-endpoints} ({@code createWebhookEndpoint}).
   */
  public ApiResponse<WebhookEndpointWithSecret> createWithResponse(
      CreateWebhookEndpointRequest body) {
    return createWithResponse(body, RequestOptions.none());
  }

  /**
   * Create a webhook endpoint
   *
   * <p>{@code POST /v1/webhook-endpoints} ({@code createWebhookEndpoint}).
   */
  public ApiResponse<WebhookEndpointWithSecret> createWithResponse(
      CreateWebhookEndpointRequest body, RequestOptions options) {
    return ctx.execute(createRequest(body), WebhookEndpointWithSecret.class, options);
  }

  private ApiRequest getRequest(String endpointId) {
    java.util.Objects.requireNonNull(endpointId, "endpoint_id is required");
    return ApiRequest.builder(
            "GET", "/v1/webhook-endpoints/" + ApiRequest.pathSegment(String.valueOf(endpointId)))
        .operationId("getWebhookEndpoint")
        .auth(Auth.ACCOUNT)
        .idempotent(false)
        .build();
  }

  /**
   * Get a webhook endpoint
   *
   * <p>{@code GET /v1/webhook-endpoints/{endpoint_id}} ({@code getWebhookEndpoint}).
   */
  public WebhookEndpoint get(String endpointId) {
    return get(endpointId, RequestOptions.none());
  }

  /**
   * Get a webhook endpoint
   *
   * <p>{@code GET /v1/webhook-endpoints/{endpoint_id}} ({@code getWebhookEndpoint}).
   */
  public WebhookEndpoint get(String endpointId, RequestOptions options) {
    return getWithResponse(endpointId, options).data();
  }

  /**
   * Get a webhook endpoint
   *
   * <p>{@code GET /v1/webhook-endpoints/{endpoint_id}} ({@code getWebhookEndpoint}).
   */
  public ApiResponse<WebhookEndpoint> getWithResponse(String endpointId) {
    return getWithResponse(endpointId, RequestOptions.none());
  }

  /**
   * Get a webhook endpoint
   *
   * <p>{@code GET /v1/webhook-endpoints/{endpoint_id}} ({@code getWebhookEndpoint}).
   */
  public ApiResponse<WebhookEndpoint> getWithResponse(String endpointId, RequestOptions options) {
    return ctx.execute(getRequest(endpointId), WebhookEndpoint.class, options);
  }

  private ApiRequest deleteRequest(String endpointId) {
    java.util.Objects.requireNonNull(endpointId, "endpoint_id is required");
    return ApiRequest.builder(
            "DELETE", "/v1/webhook-endpoints/" + ApiRequest.pathSegment(String.valueOf(endpointId)))
        .operationId("deleteWebhookEndpoint")
        .auth(Auth.ACCOUNT)
        .idempotent(false)
        .build();
  }

  /**
   * Delete a webhook endpoint
   *
   * <p>{@code DELETE /v1/webhook-endpoints/{endpoint_id}} ({@code deleteWebhookEndpoint}).
   */
  public Void delete(String endpointId) {
    return delete(endpointId, RequestOptions.none());
  }

  /**
   * Delete a webhook endpoint
   *
   * <p>{@code DELETE /v1/webhook-endpoints/{endpoint_id}} ({@code deleteWebhookEndpoint}).
   */
  public Void delete(String endpointId, RequestOptions options) {
    return deleteWithResponse(endpointId, options).data();
  }

  /**
   * Delete a webhook endpoint
   *
   * <p>{@code DELETE /v1/webhook-endpoints/{endpoint_id}} ({@code deleteWebhookEndpoint}).
   */
  public ApiResponse<Void> deleteWithResponse(String endpointId) {
    return deleteWithResponse(endpointId, RequestOptions.none());
  }

  /**
   * Delete a webhook endpoint
   *
   * <p>{@code DELETE /v1/webhook-endpoints/{endpoint_id}} ({@code deleteWebhookEndpoint}).
   */
  public ApiResponse<Void> deleteWithResponse(String endpointId, RequestOptions options) {
    return ctx.execute(deleteRequest(endpointId), Void.class, options);
  }

  private ApiRequest updateRequest(String endpointId, UpdateWebhookEndpointRequest body) {
    java.util.Objects.requireNonNull(endpointId, "endpoint_id is required");
    return ApiRequest.builder(
            "PATCH", "/v1/webhook-endpoints/" + ApiRequest.pathSegment(String.valueOf(endpointId)))
        .operationId("updateWebhookEndpoint")
        .auth(Auth.ACCOUNT)
        .idempotent(false)
        .body(body)
        .build();
  }

  /**
   * Update a webhook endpoint
   *
   * <p>{@code PATCH /v1/webhook-endpoints/{endpoint_id}} ({@code updateWebhookEndpoint}).
   */
  public WebhookEndpoint update(String endpointId, UpdateWebhookEndpointRequest body) {
    return update(endpointId, body, RequestOptions.none());
  }

  /**
   * Update a webhook endpoint
   *
   * <p>{@code PATCH /v1/webhook-endpoints/{endpoint_id}} ({@code updateWebhookEndpoint}).
   */
  public WebhookEndpoint update(
      String endpointId, UpdateWebhookEndpointRequest body, RequestOptions options) {
    return updateWithResponse(endpointId, body, options).data();
  }

  /**
   * Update a webhook endpoint
   *
   * <p>{@code PATCH /v1/webhook-endpoints/{endpoint_id}} ({@code updateWebhookEndpoint}).
   */
  public ApiResponse<WebhookEndpoint> updateWithResponse(
      String endpointId, UpdateWebhookEndpointRequest body) {
    return updateWithResponse(endpointId, body, RequestOptions.none());
  }

  /**
   * Update a webhook endpoint
   *
   * <p>{@code PATCH /v1/webhook-endpoints/{endpoint_id}} ({@code updateWebhookEndpoint}).
   */
  public ApiResponse<WebhookEndpoint> updateWithResponse(
      String endpointId, UpdateWebhookEndpointRequest body, RequestOptions options) {
    return ctx.execute(updateRequest(endpointId, body), WebhookEndpoint.class, options);
  }

  private ApiRequest rotateSecretRequest(String endpointId, RotateWebhookSecretRequest body) {
    java.util.Objects.requireNonNull(endpointId, "endpoint_id is required");
    return ApiRequest.builder(
            "POST",
            "/v1/webhook-endpoints/"
                + ApiRequest.pathSegment(String.valueOf(endpointId))
                + "/rotate-secret")
        .operationId("rotateWebhookSecret")
        .auth(Auth.ACCOUNT)
        .idempotent(true)
        .body(body)
        .build();
  }

  /**
   * Rotate an endpoint's signing secret
   *
   * <p>{@code POST /v1/webhook-endpoints/{endpoint_id}/rotate-secret} ({@code
   * rotateWebhookSecret}).
   */
  public WebhookEndpointWithSecret rotateSecret(
      String endpointId, RotateWebhookSecretRequest body) {
    return rotateSecret(endpointId, body, RequestOptions.none());
  }

  /**
   * Rotate an endpoint's signing secret
   *
   * <p>{@code POST /v1/webhook-endpoints/{endpoint_id}/rotate-secret} ({@code
   * rotateWebhookSecret}).
   */
  public WebhookEndpointWithSecret rotateSecret(
      String endpointId, RotateWebhookSecretRequest body, RequestOptions options) {
    return rotateSecretWithResponse(endpointId, body, options).data();
  }

  /**
   * Rotate an endpoint's signing secret
   *
   * <p>{@code POST /v1/webhook-endpoints/{endpoint_id}/rotate-secret} ({@code
   * rotateWebhookSecret}).
   */
  public ApiResponse<WebhookEndpointWithSecret> rotateSecretWithResponse(
      String endpointId, RotateWebhookSecretRequest body) {
    return rotateSecretWithResponse(endpointId, body, RequestOptions.none());
  }

  /**
   * Rotate an endpoint's signing secret
   *
   * <p>{@code POST /v1/webhook-endpoints/{endpoint_id}/rotate-secret} ({@code
   * rotateWebhookSecret}).
   */
  public ApiResponse<WebhookEndpointWithSecret> rotateSecretWithResponse(
      String endpointId, RotateWebhookSecretRequest body, RequestOptions options) {
    return ctx.execute(
        rotateSecretRequest(endpointId, body), WebhookEndpointWithSecret.class, options);
  }
}
