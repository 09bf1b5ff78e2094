// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.services;

import dev.einvoice.core.ApiRequest;
import dev.einvoice.core.ApiResponse;
import dev.einvoice.core.Auth;
import dev.einvoice.core.AutoPager;
import dev.einvoice.core.ClientContext;
import dev.einvoice.core.Page;
import dev.einvoice.core.RequestOptions;
import dev.einvoice.models.CreateOnboardingLinkRequest;
import dev.einvoice.models.OnboardingLink;
import dev.einvoice.models.OnboardingLinkList;
import dev.einvoice.models.OnboardingListOnboardingLinksParams;
import java.util.List;

/**
 * Operations of the {@code onboarding} resource. Every method has an overload taking {@link
 * RequestOptions}.
 */
@SuppressWarnings("unused")
public final class OnboardingService {
  private final ClientContext ctx;

  public OnboardingService(ClientContext ctx) {
    this.ctx = ctx;
  }

  private ApiRequest listOnboardingLinksRequest(OnboardingListOnboardingLinksParams params) {
    return ApiRequest.builder("GET", "/v1/onboarding-links")
        .operationId("listOnboardingLinks")
        .auth(Auth.ACCOUNT)
        .idempotent(false)
        .query(params == null ? null : params.toQuery())
        .headers(params == null ? null : params.toHeaders())
        .build();
  }

  /**
   * List onboarding links
   *
   * <p>{@code GET /v1/onboarding-links} ({@code listOnboardingLinks}).
   */
  public OnboardingLinkList listOnboardingLinks(OnboardingListOnboardingLinksParams params) {
    return listOnboardingLinks(params, RequestOptions.none());
  }

  /**
   * List onboarding links
   *
   * <p>{@code GET /v1/onboarding-links} ({@code listOnboardingLinks}).
   */
  public OnboardingLinkList listOnboardingLinks() {
    return listOnboardingLinks(
        OnboardingListOnboardingLinksParams.builder().build(), RequestOptions.none());
  }

  /**
   * List onboarding links
   *
   * <p>{@code GET /v1/onboarding-links} ({@code listOnboardingLinks}).
   */
  public OnboardingLinkList listOnboardingLinks(
      OnboardingListOnboardingLinksParams params, RequestOptions options) {
    return listOnboardingLinksWithResponse(params, options).data();
  }

  /**
   * List onboarding links
   *
   * <p>{@code GET /v1/onboarding-links} ({@code listOnboardingLinks}).
   */
  public ApiResponse<OnboardingLinkList> listOnboardingLinksWithResponse(
      OnboardingListOnboardingLinksParams params) {
    return listOnboardingLinksWithResponse(params, RequestOptions.none());
  }

  /**
   * List onboarding links
   *
   * <p>{@code GET /v1/onboarding-links} ({@code listOnboardingLinks}).
   */
  public ApiResponse<OnboardingLinkList> listOnboardingLinksWithResponse() {
    return listOnboardingLinksWithResponse(
        OnboardingListOnboardingLinksParams.builder().build(), RequestOptions.none());
  }

  /**
   * List onboarding links
   *
   * <p>{@code GET /v1/onboarding-links} ({@code listOnboardingLinks}).
   */
  public ApiResponse<OnboardingLinkList> listOnboardingLinksWithResponse(
      OnboardingListOnboardingLinksParams params, RequestOptions options) {
    return ctx.execute(listOnboardingLinksRequest(params), OnboardingLinkList.class, options);
  }

  /** Every item of every page, fetched lazily as you iterate (listOnboardingLinks). */
  public AutoPager<OnboardingLink> listOnboardingLinksAutoPaging(
      OnboardingListOnboardingLinksParams params) {
    return listOnboardingLinksAutoPaging(params, RequestOptions.none());
  }

  /** Every item of every page, fetched lazily as you iterate (listOnboardingLinks). */
  public AutoPager<OnboardingLink> listOnboardingLinksAutoPaging() {
    return listOnboardingLinksAutoPaging(
        OnboardingListOnboardingLinksParams.builder().build(), RequestOptions.none());
  }

  /** Every item of every page, fetched lazily as you iterate (listOnboardingLinks). */
  public AutoPager<OnboardingLink> listOnboardingLinksAutoPaging(
      OnboardingListOnboardingLinksParams params, RequestOptions options) {
    ApiRequest first = listOnboardingLinksRequest(params);
    return new AutoPager<>(
        cursor -> {
          ApiRequest req = cursor == null ? first : first.withQuery("starting_after", cursor);
          OnboardingLinkList p = ctx.execute(req, OnboardingLinkList.class, options).data();
          return new Page<>(
              p.data() == null ? List.of() : p.data(),
              Boolean.TRUE.equals(p.hasMore()),
              p.nextCursor().orElse(null));
        },
        null);
  }

  private ApiRequest createOnboardingLinkRequest(CreateOnboardingLinkRequest body) {
    return ApiRequest.builder("POST", "/v1/onboarding-links")
        .operationId("createOnboardingLink")
        .auth(Auth.ACCOUNT)
        .idempotent(true)
        .body(body)
        .build();
  }

  /**
   * Create a hosted onboarding link
   *
   * <p>{@code POST /v1/onboarding-links} ({@code createOnboardingLink}).
   */
  public OnboardingLink createOnboardingLink(CreateOnboardingLinkRequest body) {
    return createOnboardingLink(body, RequestOptions.none());
  }

  /**
   * Create a hosted onboarding link
   *
   * <p>{@code POST /v1/onboarding-links} ({@code createOnboardingLink}).
   */
  public OnboardingLink createOnboardingLink(
      CreateOnboardingLinkRequest body, RequestOptions options) {
    return createOnboardingLinkWithResponse(body, options).data();
  }

  /**
   * Create a hosted onboarding link
   *
   * <p>{@code POST /v1/onboarding-links} ({@code createOnboardingLink}).
   */
  public ApiResponse<OnboardingLink> createOnboardingLinkWithResponse(
      CreateOnboardingLinkRequest body) {
    return createOnboardingLinkWithResponse(body, RequestOptions.none());
  }

  /**
   * Create a hosted onboarding link
   *
   * <p>{@code POST /v1/onboarding-links} ({@code createOnboardingLink}).
   */
  public ApiResponse<OnboardingLink> createOnboardingLinkWithResponse(
      CreateOnboardingLinkRequest body, RequestOptions options) {
    return ctx.execute(createOnboardingLinkRequest(body), OnboardingLink.class, options);
  }

  private ApiRequest getOnboardingLinkRequest(String linkId) {
    java.util.Objects.requireNonNull(linkId, "link_id is required");
    return ApiRequest.builder(
            "GET", "/v1/onboarding-links/" + ApiRequest.pathSegment(String.valueOf(linkId)))
        .operationId("getOnboardingLink")
        .auth(Auth.ACCOUNT)
        .idempotent(false)
        .build();
  }

  /**
   * Retrieve an onboarding link
   *
   * <p>{@code GET /v1/onboarding-links/{link_id}} ({@code getOnboardingLink}).
   */
  public OnboardingLink getOnboardingLink(String linkId) {
    return getOnboardingLink(linkId, RequestOptions.none());
  }

  /**
   * Retrieve an onboarding link
   *
   * <p>{@code GET /v1/onboarding-links/{link_id}} ({@code getOnboardingLink}).
   */
  public OnboardingLink getOnboardingLink(String linkId, RequestOptions options) {
    return getOnboardingLinkWithResponse(linkId, options).data();
  }

  /**
   * Retrieve an onboarding link
   *
   * <p>{@code GET /v1/onboarding-links/{link_id}} ({@code getOnboardingLink}).
   */
  public ApiResponse<OnboardingLink> getOnboardingLinkWithResponse(String linkId) {
    return getOnboardingLinkWithResponse(linkId, RequestOptions.none());
  }

  /**
   * Retrieve an onboarding link
   *
   * <p>{@code GET /v1/onboarding-links/{link_id}} ({@code getOnboardingLink}).
   */
  public ApiResponse<OnboardingLink> getOnboardingLinkWithResponse(
      String linkId, RequestOptions options) {
    return ctx.execute(getOnboardingLinkRequest(linkId), OnboardingLink.class, options);
  }

  private ApiRequest revokeOnboardingLinkRequest(String linkId) {
    java.util.Objects.requireNonNull(linkId, "link_id is required");
    return ApiRequest.builder(
            "POST",
            "/v1/onboarding-links/" + ApiRequest.pathSegment(String.valueOf(linkId)) + "/revoke")
        .operationId("revokeOnboardingLink")
        .auth(Auth.ACCOUNT)
        .idempotent(true)
        .build();
  }

  /**
   * Revoke an onboarding link
   *
   * <p>{@code POST /v1/onboarding-links/{link_id}/revoke} ({@code revokeOnboardingLink}).
   */
  public OnboardingLink revokeOnboardingLink(String linkId) {
    return revokeOnboardingLink(linkId, RequestOptions.none());
  }

  /**
   * Revoke an onboarding link
   *
   * <p>{@code POST /v1/onboarding-links/{link_id}/revoke} ({@code revokeOnboardingLink}).
   */
  public OnboardingLink revokeOnboardingLink(String linkId, RequestOptions options) {
    return revokeOnboardingLinkWithResponse(linkId, options).data();
  }

  /**
   * Revoke an onboarding link
   *
   * <p>{@code POST /v1/onboarding-links/{link_id}/revoke} ({@code revokeOnboardingLink}).
   */
  public ApiResponse<OnboardingLink> revokeOnboardingLinkWithResponse(String linkId) {
    return revokeOnboardingLinkWithResponse(linkId, RequestOptions.none());
  }

  /**
   * Revoke an onboarding link
   *
   * <p>{@code POST /v1/onboarding-links/{link_id}/revoke} ({@code revokeOnboardingLink}).
   */
  public ApiResponse<OnboardingLink> revokeOnboardingLinkWithResponse(
      String linkId, RequestOptions options) {
    return ctx.execute(revokeOnboardingLinkRequest(linkId), OnboardingLink.class, options);
  }
}
