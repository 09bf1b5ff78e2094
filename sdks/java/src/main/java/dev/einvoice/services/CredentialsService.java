// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.services;

import dev.einvoice.core.ApiRequest;
import dev.einvoice.core.ApiResponse;
import dev.einvoice.core.Auth;
import dev.einvoice.core.AutoPager;
import dev.einvoice.core.ClientContext;
import dev.einvoice.core.Page;
import dev.einvoice.core.RequestOptions;
import dev.einvoice.models.AddSecretRequest;
import dev.einvoice.models.CreateCredentialRequest;
import dev.einvoice.models.Credential;
import dev.einvoice.models.CredentialList;
import dev.einvoice.models.CredentialWithSecret;
import dev.einvoice.models.CredentialsListParams;
import dev.einvoice.models.NewSecret;
import java.util.List;

/**
 * Operations of the {@code credentials} resource. Every method has an overload taking {@link
 * RequestOptions}.
 */
@SuppressWarnings("unused")
public final class CredentialsService {
  private final ClientContext ctx;

  public CredentialsService(ClientContext ctx) {
    this.ctx = ctx;
  }

  private ApiRequest listRequest(String gstin, CredentialsListParams params) {
    java.util.Objects.requireNonNull(gstin, "gstin is required");
    return ApiRequest.builder(
            "GET", "/v1/gstins/" + ApiRequest.pathSegment(String.valueOf(gstin)) + "/credentials")
        .operationId("listCredentials")
        .auth(Auth.ACCOUNT)
        .idempotent(false)
        .query(params == null ? null : params.toQuery())
        .headers(params == null ? null : params.toHeaders())
        .build();
  }

  /**
   * List the OAuth clients of a GSTIN
   *
   * <p>{@code GET /v1/gstins/{gstin}/credentials} ({@code listCredentials}).
   */
  public CredentialList list(String gstin, CredentialsListParams params) {
    return list(gstin, params, RequestOptions.none());
  }

  /**
   * List the OAuth clients of a GSTIN
   *
   * <p>{@code GET /v1/gstins/{gstin}/credentials} ({@code listCredentials}).
   */
  public CredentialList list(String gstin) {
    return list(gstin, CredentialsListParams.builder().build(), RequestOptions.none());
  }

  /**
   * List the OAuth clients of a GSTIN
   *
   * <p>{@code GET /v1/gstins/{gstin}/credentials} ({@code listCredentials}).
   */
  public CredentialList list(String gstin, CredentialsListParams params, RequestOptions options) {
    return listWithResponse(gstin, params, options).data();
  }

  /**
   * List the OAuth clients of a GSTIN
   *
   * <p>{@code GET /v1/gstins/{gstin}/credentials} ({@code listCredentials}).
   */
  public ApiResponse<CredentialList> listWithResponse(String gstin, CredentialsListParams params) {
    return listWithResponse(gstin, params, RequestOptions.none());
  }

  /**
   * List the OAuth clients of a GSTIN
   *
   * <p>{@code GET /v1/gstins/{gstin}/credentials} ({@code listCredentials}).
   */
  public ApiResponse<CredentialList> listWithResponse(String gstin) {
    return listWithResponse(gstin, CredentialsListParams.builder().build(), RequestOptions.none());
  }

  /**
   * List the OAuth clients of a GSTIN
   *
   * <p>{@code GET /v1/gstins/{gstin}/credentials} ({@code listCredentials}).
   */
  public ApiResponse<CredentialList> listWithResponse(
      String gstin, CredentialsListParams params, RequestOptions options) {
    return ctx.execute(listRequest(gstin, params), CredentialList.class, options);
  }

  /** Every item of every page, fetched lazily as you iterate (listCredentials). */
  public AutoPager<Credential> listAutoPaging(String gstin, CredentialsListParams params) {
    return listAutoPaging(gstin, params, RequestOptions.none());
  }

  /** Every item of every page, fetched lazily as you iterate (listCredentials). */
  public AutoPager<Credential> listAutoPaging(String gstin) {
    return listAutoPaging(gstin, CredentialsListParams.builder().build(), RequestOptions.none());
  }

  /** Every item of every page, fetched lazily as you iterate (listCredentials). */
  public AutoPager<Credential> listAutoPaging(
      String gstin, CredentialsListParams params, RequestOptions options) {
    ApiRequest first = listRequest(gstin, params);
    return new AutoPager<>(
        cursor -> {
          ApiRequest req = cursor == null ? first : first.withQuery("starting_after", cursor);
          CredentialList p = ctx.execute(req, CredentialList.class, options).data();
          return new Page<>(
              p.data() == null ? List.of() : p.data(),
              Boolean.TRUE.equals(p.hasMore()),
              p.nextCursor().orElse(null));
        },
        null);
  }

  private ApiRequest createRequest(String gstin, CreateCredentialRequest body) {
    java.util.Objects.requireNonNull(gstin, "gstin is required");
    return ApiRequest.builder(
            "POST", "/v1/gstins/" + ApiRequest.pathSegment(String.valueOf(gstin)) + "/credentials")
        .operationId("createCredential")
        .auth(Auth.ACCOUNT)
        .idempotent(true)
        .body(body)
        .build();
  }

  /**
   * Create an OAuth client for a GSTIN
   *
   * <p>{@code POST /v1/gstins/{gstin}/credentials} ({@code createCredential}).
   */
  public CredentialWithSecret create(String gstin, CreateCredentialRequest body) {
    return create(gstin, body, RequestOptions.none());
  }

  /**
   * Create an OAuth client for a GSTIN
   *
   * <p>{@code POST /v1/gstins/{gstin}/credentials} ({@code createCredential}).
   */
  public CredentialWithSecret create(
      String gstin, CreateCredentialRequest body, RequestOptions options) {
    return createWithResponse(gstin, body, options).data();
  }

  /**
   * Create an OAuth client for a GSTIN
   *
   * <p>{@code POST /v1/gstins/{gstin}/credentials} ({@code createCredential}).
   */
  public ApiResponse<CredentialWithSecret> createWithResponse(
      String gstin, CreateCredentialRequest body) {
    return createWithResponse(gstin, body, RequestOptions.none());
  }

  /**
   * Create an OAuth client for a GSTIN
   *
   * <p>{@code POST /v1/gstins/{gstin}/credentials} ({@code createCredential}).
   */
  public ApiResponse<CredentialWithSecret> createWithResponse(
      String gstin, CreateCredentialRequest body, RequestOptions options) {
    return ctx.execute(createRequest(gstin, body), CredentialWithSecret.class, options);
  }

  private ApiRequest getRequest(String clientId) {
    java.util.Objects.requireNonNull(clientId, "client_id is required");
    return ApiRequest.builder(
            "GET", "/v1/credentials/" + ApiRequest.pathSegment(String.valueOf(clientId)))
        .operationId("getCredential")
        .auth(Auth.ACCOUNT)
        .idempotent(false)
        .build();
  }

  /**
   * Get an OAuth client
   *
   * <p>{@code GET /v1/credentials/{client_id}} ({@code getCredential}).
   */
  public Credential get(String clientId) {
    return get(clientId, RequestOptions.none());
  }

  /**
   * Get an OAuth client
   *
   * <p>{@code GET /v1/credentials/{client_id}} ({@code getCredential}).
   */
  public Credential get(String clientId, RequestOptions options) {
    return getWithResponse(clientId, options).data();
  }

  /**
   * Get an OAuth client
   *
   * <p>{@code GET /v1/credentials/{client_id}} ({@code getCredential}).
   */
  public ApiResponse<Credential> getWithResponse(String clientId) {
    return getWithResponse(clientId, RequestOptions.none());
  }

  /**
   * Get an OAuth client
   *
   * <p>{@code GET /v1/credentials/{client_id}} ({@code getCredential}).
   */
  public ApiResponse<Credential> getWithResponse(String clientId, RequestOptions options) {
    return ctx.execute(getRequest(clientId), Credential.class, options);
  }

  private ApiRequest revokeRequest(String clientId) {
    java.util.Objects.requireNonNull(clientId, "client_id is required");
    return ApiRequest.builder(
            "DELETE", "/v1/credentials/" + ApiRequest.pathSegment(String.valueOf(clientId)))
        .operationId("revokeCredential")
        .auth(Auth.ACCOUNT)
        .idempotent(false)
        .build();
  }

  /**
   * Revoke an OAuth client
   *
   * <p>{@code DELETE /v1/credentials/{client_id}} ({@code revokeCredential}).
   */
  public Credential revoke(String clientId) {
    return revoke(clientId, RequestOptions.none());
  }

  /**
   * Revoke an OAuth client
   *
   * <p>{@code DELETE /v1/credentials/{client_id}} ({@code revokeCredential}).
   */
  public Credential revoke(String clientId, RequestOptions options) {
    return revokeWithResponse(clientId, options).data();
  }

  /**
   * Revoke an OAuth client
   *
   * <p>{@code DELETE /v1/credentials/{client_id}} ({@code revokeCredential}).
   */
  public ApiResponse<Credential> revokeWithResponse(String clientId) {
    return revokeWithResponse(clientId, RequestOptions.none());
  }

  /**
   * Revoke an OAuth client
   *
   * <p>{@code DELETE /v1/credentials/{client_id}} ({@code revokeCredential}).
   */
  public ApiResponse<Credential> revokeWithResponse(String clientId, RequestOptions options) {
    return ctx.execute(revokeRequest(clientId), Credential.class, options);
  }

  private ApiRequest addSecretRequest(String clientId, AddSecretRequest body) {
    java.util.Objects.requireNonNull(clientId, "client_id is required");
    return ApiRequest.builder(
            "POST",
            "/v1/credentials/" + ApiRequest.pathSegment(String.valueOf(clientId)) + "/secrets")
        .operationId("addCredentialSecret")
        .auth(Auth.ACCOUNT)
        .idempotent(true)
        .body(body)
        .build();
  }

  /**
   * Add a second secret (rotation)
   *
   * <p>{@code POST /v1/credentials/{client_id}/secrets} ({@code addCredentialSecret}).
   */
  public NewSecret addSecret(String clientId, AddSecretRequest body) {
    return addSecret(clientId, body, RequestOptions.none());
  }

  /**
   * Add a second secret (rotation)
   *
   * <p>{@code POST /v1/credentials/{client_id}/secrets} ({@code addCredentialSecret}).
   */
  public NewSecret addSecret(String clientId, AddSecretRequest body, RequestOptions options) {
    return addSecretWithResponse(clientId, body, options).data();
  }

  /**
   * Add a second secret (rotation)
   *
   * <p>{@code POST /v1/credentials/{client_id}/secrets} ({@code addCredentialSecret}).
   */
  public ApiResponse<NewSecret> addSecretWithResponse(String clientId, AddSecretRequest body) {
    return addSecretWithResponse(clientId, body, RequestOptions.none());
  }

  /**
   * Add a second secret (rotation)
   *
   * <p>{@code POST /v1/credentials/{client_id}/secrets} ({@code addCredentialSecret}).
   */
  public ApiResponse<NewSecret> addSecretWithResponse(
      String clientId, AddSecretRequest body, RequestOptions options) {
    return ctx.execute(addSecretRequest(clientId, body), NewSecret.class, options);
  }

  private ApiRequest revokeSecretRequest(String clientId, String secretId) {
    java.util.Objects.requireNonNull(clientId, "client_id is required");
    java.util.Objects.requireNonNull(secretId, "secret_id is required");
    return ApiRequest.builder(
            "DELETE",
            "/v1/credentials/"
                + ApiRequest.pathSegment(String.valueOf(clientId))
                + "/secrets/"
                + ApiRequest.pathSegment(String.valueOf(secretId)))
        .operationId("revokeCredentialSecret")
        .auth(Auth.ACCOUNT)
        .idempotent(false)
        .build();
  }

  /**
   * Revoke one secret
   *
   * <p>{@code DELETE /v1/credentials/{client_id}/secrets/{secret_id}} ({@code
   * revokeCredentialSecret}).
   */
  public Credential revokeSecret(String clientId, String secretId) {
    return revokeSecret(clientId, secretId, RequestOptions.none());
  }

  /**
   * Revoke one secret
   *
   * <p>{@code DELETE /v1/credentials/{client_id}/secrets/{secret_id}} ({@code
   * revokeCredentialSecret}).
   */
  public Credential revokeSecret(String clientId, String secretId, RequestOptions options) {
    return revokeSecretWithResponse(clientId, secretId, options).data();
  }

  /**
   * Revoke one secret
   *
   * <p>{@code DELETE /v1/credentials/{client_id}/secrets/{secret_id}} ({@code
   * revokeCredentialSecret}).
   */
  public ApiResponse<Credential> revokeSecretWithResponse(String clientId, String secretId) {
    return revokeSecretWithResponse(clientId, secretId, RequestOptions.none());
  }

  /**
   * Revoke one secret
   *
   * <p>{@code DELETE /v1/credentials/{client_id}/secrets/{secret_id}} ({@code
   * revokeCredentialSecret}).
   */
  public ApiResponse<Credential> revokeSecretWithResponse(
      String clientId, String secretId, RequestOptions options) {
    return ctx.execute(revokeSecretRequest(clientId, secretId), Credential.class, options);
  }
}
