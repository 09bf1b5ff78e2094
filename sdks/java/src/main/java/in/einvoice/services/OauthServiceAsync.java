// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package in.einvoice.services;

import in.einvoice.core.ApiRequest;
import in.einvoice.core.ApiResponse;
import in.einvoice.core.Auth;
import in.einvoice.core.AutoPager;
import in.einvoice.core.ClientContext;
import in.einvoice.core.Page;
import in.einvoice.core.RequestOptions;
import in.einvoice.models.*;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Asynchronous twin of {{@literal @}link OauthService}: every call returns a {{@literal @}link CompletableFuture}; {{@literal @}code cancel(true)} interrupts it. */
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
   * {{@literal @}code POST /v1/oauth/token} ({{@literal @}code createToken}).
   */
  public CompletableFuture<TokenResponse> createToken(TokenRequest body) {
    return createToken(body, RequestOptions.none());
  }

  /**
   * Get an access token for one GSTIN
   *
   * {{@literal @}code POST /v1/oauth/token} ({{@literal @}code createToken}).
   */
  public CompletableFuture<TokenResponse> createToken(TokenRequest body, RequestOptions options) {
    return ctx.async(() -> sync.createToken(body, options));
  }

  /**
   * Get an access token for one GSTIN
   *
   * {{@literal @}code POST /v1/oauth/token} ({{@literal @}code createToken}).
   */
  public CompletableFuture<ApiResponse<TokenResponse>> createTokenWithResponse(TokenRequest body) {
    return createTokenWithResponse(body, RequestOptions.none());
  }

  /**
   * Get an access token for one GSTIN
   *
   * {{@literal @}code POST /v1/oauth/token} ({{@literal @}code createToken}).
   */
  public CompletableFuture<ApiResponse<TokenResponse>> createTokenWithResponse(TokenRequest body, RequestOptions options) {
    return ctx.async(() -> sync.createTokenWithResponse(body, options));
  }
}
