// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.services;

import dev.einvoice.core.ApiRequest;
import dev.einvoice.core.ApiResponse;
import dev.einvoice.core.Auth;
import dev.einvoice.core.ClientContext;
import dev.einvoice.core.RequestOptions;
import dev.einvoice.models.TokenRequest;
import dev.einvoice.models.TokenResponse;

/**
 * Operations of the {@code oauth} resource. Every method has an overload taking {@link
 * RequestOptions}.
 */
@SuppressWarnings("unused")
public final class OauthService {
  private final ClientContext ctx;

  public OauthService(ClientContext ctx) {
    this.ctx = ctx;
  }

  private ApiRequest createTokenRequest(TokenRequest body) {
    return ApiRequest.builder("POST", "/v1/oauth/token")
        .operationId("createToken")
        .auth(Auth.CLIENT_BASIC)
        .idempotent(false)
        .body(body)
        .build();
  }

  /**
   * Get an access token for one GSTIN
   *
   * <p>{@code POST /v1/oauth/token} ({@code createToken}).
   */
  public TokenResponse createToken(TokenRequest body) {
    return createToken(body, RequestOptions.none());
  }

  /**
   * Get an access token for one GSTIN
   *
   * <p>{@code POST /v1/oauth/token} ({@code createToken}).
   */
  public TokenResponse createToken(TokenRequest body, RequestOptions options) {
    return createTokenWithResponse(body, options).data();
  }

  /**
   * Get an access token for one GSTIN
   *
   * <p>{@code POST /v1/oauth/token} ({@code createToken}).
   */
  public ApiResponse<TokenResponse> createTokenWithResponse(TokenRequest body) {
    return createTokenWithResponse(body, RequestOptions.none());
  }

  /**
   * Get an access token for one GSTIN
   *
   * <p>{@code POST /v1/oauth/token} ({@code createToken}).
   */
  public ApiResponse<TokenResponse> createTokenWithResponse(
      TokenRequest body, RequestOptions options) {
    return ctx.execute(createTokenRequest(body), TokenResponse.class, options);
  }
}
