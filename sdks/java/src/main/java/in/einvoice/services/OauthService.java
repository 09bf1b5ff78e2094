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

/** Operations of the {{@literal @}code oauth} resource. Every method has an overload taking {{@literal @}link RequestOptions}. */
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
   * {{@literal @}code POST /v1/oauth/token} ({{@literal @}code createToken}).
   */
  public TokenResponse createToken(TokenRequest body) {
    return createToken(body, RequestOptions.none());
  }

  /**
   * Get an access token for one GSTIN
   *
   * {{@literal @}code POST /v1/oauth/token} ({{@literal @}code createToken}).
   */
  public TokenResponse createToken(TokenRequest body, RequestOptions options) {
    return createTokenWithResponse(body, options).data();
  }

  /**
   * Get an access token for one GSTIN
   *
   * {{@literal @}code POST /v1/oauth/token} ({{@literal @}code createToken}).
   */
  public ApiResponse<TokenResponse> createTokenWithResponse(TokenRequest body) {
    return createTokenWithResponse(body, RequestOptions.none());
  }

  /**
   * Get an access token for one GSTIN
   *
   * {{@literal @}code POST /v1/oauth/token} ({{@literal @}code createToken}).
   */
  public ApiResponse<TokenResponse> createTokenWithResponse(TokenRequest body, RequestOptions options) {
    return ctx.execute(createTokenRequest(body), TokenResponse.class, options);
  }
}
