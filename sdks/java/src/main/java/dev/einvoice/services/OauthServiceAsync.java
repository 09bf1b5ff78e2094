// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.services;

import dev.einvoice.core.ApiResponse;
import dev.einvoice.core.ClientContext;
import dev.einvoice.core.RequestOptions;
import dev.einvoice.models.TokenRequest;
import dev.einvoice.models.TokenResponse;
import java.util.concurrent.CompletableFuture;

/**
 * Asynchronous twin of {@link OauthService}: every call returns a {@link CompletableFuture}; {@code
 * cancel(true)} interrupts it.
 */
@SuppressWarnings("unused")
public final class OauthServiceAsync {
  private final ClientContext ctx;
  private final OauthService sync;

  public OauthServiceAsync(ClientContext ctx) {
    this.ctx = ctx;
    this.sync = new OauthService(ctx);
  }

  /**
   * Get an access token for one GSTIN
   *
   * <p>{@code POST /v1/oauth/token} ({@code createToken}).
   */
  public CompletableFuture<TokenResponse> createToken(TokenRequest body) {
    return createToken(body, RequestOptions.none());
  }

  /**
   * Get an access token for one GSTIN
   *
   * <p>{@code POST /v1/oauth/token} ({@code createToken}).
   */
  public CompletableFuture<TokenResponse> createToken(TokenRequest body, RequestOptions options) {
    return ctx.async(() -> sync.createToken(body, options));
  }

  /**
   * Get an access token for one GSTIN
   *
   * <p>{@code POST /v1/oauth/token} ({@code createToken}).
   */
  public CompletableFuture<ApiResponse<TokenResponse>> createTokenWithResponse(TokenRequest body) {
    return createTokenWithResponse(body, RequestOptions.none());
  }

  /**
   * Get an access token for one GSTIN
   *
   * <p>{@code POST /v1/oauth/token} ({@code createToken}).
   */
  public CompletableFuture<ApiResponse<TokenResponse>> createTokenWithResponse(
      TokenRequest body, RequestOptions options) {
    return ctx.async(() -> sync.createTokenWithResponse(body, options));
  }
}
