// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.services;

import dev.einvoice.core.ApiResponse;
import dev.einvoice.core.ClientContext;
import dev.einvoice.core.RequestOptions;
import dev.einvoice.models.CreateOnboardingLinkRequest;
import dev.einvoice.models.OnboardingLink;
import dev.einvoice.models.OnboardingLinkList;
import dev.einvoice.models.OnboardingListOnboardingLinksParams;
import java.util.concurrent.CompletableFuture;

/**
 * Asynchronous twin of {@link OnboardingService}: every call returns a {@link CompletableFuture};
 * {@code cancel(true)} interrupts it.
 */
@SuppressWarnings("unused")
public final class OnboardingServiceAsync {
  private final ClientContext ctx;
  private final OnboardingService sync;

  public OnboardingServiceAsync(ClientContext ctx) {
    this.ctx = ctx;
    this.sync = new OnboardingService(ctx);
  }

  /**
   * List onboarding links
   *
   * <p>{@code GET /v1/onboarding-links} ({@code listOnboardingLinks}).
   */
  public CompletableFuture<OnboardingLinkList> listOnboardingLinks(
      OnboardingListOnboardingLinksParams params) {
    return listOnboardingLinks(params, RequestOptions.none());
  }

  /**
   * List onboarding links
   *
   * <p>{@code GET /v1/onboarding-links} ({@code listOnboardingLinks}).
   */
  public CompletableFuture<OnboardingLinkList> listOnboardingLinks() {
    return listOnboardingLinks(
        OnboardingListOnboardingLinksParams.builder().build(), RequestOptions.none());
  }

  /**
   * List onboarding links
   *
   * <p>{@code GET /v1/onboarding-links} ({@code listOnboardingLinks}).
   */
  public CompletableFuture<OnboardingLinkList> listOnboardingLinks(
      OnboardingListOnboardingLinksParams params, RequestOptions options) {
    return ctx.async(() -> sync.listOnboardingLinks(params, options));
  }

  /**
   * List onboarding links
   *
   * <p>{@code GET /v1/onboarding-links} ({@code listOnboardingLinks}).
   */
  public CompletableFuture<ApiResponse<OnboardingLinkList>> listOnboardingLinksWithResponse(
      OnboardingListOnboardingLinksParams params) {
    return listOnboardingLinksWithResponse(params, RequestOptions.none());
  }

  /**
   * List onboarding links
   *
   * <p>{@code GET /v1/onboarding-links} ({@code listOnboardingLinks}).
   */
  public CompletableFuture<ApiResponse<OnboardingLinkList>> listOnboardingLinksWithResponse() {
    return listOnboardingLinksWithResponse(
        OnboardingListOnboardingLinksParams.builder().build(), RequestOptions.none());
  }

  /**
   * List onboarding links
   *
   * <p>{@code GET /v1/onboarding-links} ({@code listOnboardingLinks}).
   */
  public CompletableFuture<ApiResponse<OnboardingLinkList>> listOnboardingLinksWithResponse(
      OnboardingListOnboardingLinksParams params, RequestOptions options) {
    return ctx.async(() -> sync.listOnboardingLinksWithResponse(params, options));
  }

  /**
   * Create a hosted onboarding link
   *
   * <p>{@code POST /v1/onboarding-links} ({@code createOnboardingLink}).
   */
  public CompletableFuture<OnboardingLink> createOnboardingLink(CreateOnboardingLinkRequest body) {
    return createOnboardingLink(body, RequestOptions.none());
  }

  /**
   * Create a hosted onboarding link
   *
   * <p>{@code POST /v1/onboarding-links} ({@code createOnboardingLink}).
   */
  public CompletableFuture<OnboardingLink> createOnboardingLink(
      CreateOnboardingLinkRequest body, RequestOptions options) {
    return ctx.async(() -> sync.createOnboardingLink(body, options));
  }

  /**
   * Create a hosted onboarding link
   *
   * <p>{@code POST /v1/onboarding-links} ({@code createOnboardingLink}).
   */
  public CompletableFuture<ApiResponse<OnboardingLink>> createOnboardingLinkWithResponse(
      CreateOnboardingLinkRequest body) {
    return createOnboardingLinkWithResponse(body, RequestOptions.none());
  }

  /**
   * Create a hosted onboarding link
   *
   * <p>{@code POST /v1/onboarding-links} ({@code createOnboardingLink}).
   */
  public CompletableFuture<ApiResponse<OnboardingLink>> createOnboardingLinkWithResponse(
      CreateOnboardingLinkRequest body, RequestOptions options) {
    return ctx.async(() -> sync.createOnboardingLinkWithResponse(body, options));
  }

  /**
   * Retrieve an onboarding link
   *
   * <p>{@code GET /v1/onboarding-links/{link_id}} ({@code getOnboardingLink}).
   */
  public CompletableFuture<OnboardingLink> getOnboardingLink(String linkId) {
    return getOnboardingLink(linkId, RequestOptions.none());
  }

  /**
   * Retrieve an onboarding link
   *
   * <p>{@code GET /v1/onboarding-links/{link_id}} ({@code getOnboardingLink}).
   */
  public CompletableFuture<OnboardingLink> getOnboardingLink(
      String linkId, RequestOptions options) {
    return ctx.async(() -> sync.getOnboardingLink(linkId, options));
  }

  /**
   * Retrieve an onboarding link
   *
   * <p>{@code GET /v1/onboarding-links/{link_id}} ({@code getOnboardingLink}).
   */
  public CompletableFuture<ApiResponse<OnboardingLink>> getOnboardingLinkWithResponse(
      String linkId) {
    return getOnboardingLinkWithResponse(linkId, RequestOptions.none());
  }

  /**
   * Retrieve an onboarding link
   *
   * <p>{@code GET /v1/onboarding-links/{link_id}} ({@code getOnboardingLink}).
   */
  public CompletableFuture<ApiResponse<OnboardingLink>> getOnboardingLinkWithResponse(
      String linkId, RequestOptions options) {
    return ctx.async(() -> sync.getOnboardingLinkWithResponse(linkId, options));
  }

  /**
   * Revoke an onboarding link
   *
   * <p>{@code POST /v1/onboarding-links/{link_id}/revoke} ({@code revokeOnboardingLink}).
   */
  public CompletableFuture<OnboardingLink> revokeOnboardingLink(String linkId) {
    return revokeOnboardingLink(linkId, RequestOptions.none());
  }

  /**
   * Revoke an onboarding link
   *
   * <p>{@code POST /v1/onboarding-links/{link_id}/revoke} ({@code revokeOnboardingLink}).
   */
  public CompletableFuture<OnboardingLink> revokeOnboardingLink(
      String linkId, RequestOptions options) {
    return ctx.async(() -> sync.revokeOnboardingLink(linkId, options));
  }

  /**
   * Revoke an onboarding link
   *
   * <p>{@code POST /v1/onboarding-links/{link_id}/revoke} ({@code revokeOnboardingLink}).
   */
  public CompletableFuture<ApiResponse<OnboardingLink>> revokeOnboardingLinkWithResponse(
      String linkId) {
    return revokeOnboardingLinkWithResponse(linkId, RequestOptions.none());
  }

  /**
   * Revoke an onboarding link
   *
   * <p>{@code POST /v1/onboarding-links/{link_id}/revoke} ({@code revokeOnboardingLink}).
   */
  public CompletableFuture<ApiResponse<OnboardingLink>> revokeOnboardingLinkWithResponse(
      String linkId, RequestOptions options) {
    return ctx.async(() -> sync.revokeOnboardingLinkWithResponse(linkId, options));
  }
}
