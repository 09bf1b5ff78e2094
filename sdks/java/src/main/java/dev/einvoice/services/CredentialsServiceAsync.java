// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.services;

import dev.einvoice.core.ApiResponse;
import dev.einvoice.core.ClientContext;
import dev.einvoice.core.RequestOptions;
import dev.einvoice.models.AddSecretRequest;
import dev.einvoice.models.CreateCredentialRequest;
import dev.einvoice.models.Credential;
import dev.einvoice.models.CredentialList;
import dev.einvoice.models.CredentialWithSecret;
import dev.einvoice.models.CredentialsListParams;
import dev.einvoice.models.NewSecret;
import java.util.concurrent.CompletableFuture;

/**
 * Asynchronous twin of {@link CredentialsService}: every call returns a {@link CompletableFuture};
 * {@code cancel(true)} interrupts it.
 */
@SuppressWarnings("unused")
public final class CredentialsServiceAsync {
  private final ClientContext ctx;
  private final CredentialsService sync;

  public CredentialsServiceAsync(ClientContext ctx) {
    this.ctx = ctx;
    this.sync = new CredentialsService(ctx);
  }

  /**
   * List the OAuth clients of a GSTIN
   *
   * <p>{@code GET /v1/gstins/{gstin}/credentials} ({@code listCredentials}).
   */
  public CompletableFuture<CredentialList> list(String gstin, CredentialsListParams params) {
    return list(gstin, params, RequestOptions.none());
  }

  /**
   * List the OAuth clients of a GSTIN
   *
   * <p>{@code GET /v1/gstins/{gstin}/credentials} ({@code listCredentials}).
   */
  public CompletableFuture<CredentialList> list(String gstin) {
    return list(gstin, CredentialsListParams.builder().build(), RequestOptions.none());
  }

  /**
   * List the OAuth clients of a GSTIN
   *
   * <p>{@code GET /v1/gstins/{gstin}/credentials} ({@code listCredentials}).
   */
  public CompletableFuture<CredentialList> list(
      String gstin, CredentialsListParams params, RequestOptions options) {
    return ctx.async(() -> sync.list(gstin, params, options));
  }

  /**
   * List the OAuth clients of a GSTIN
   *
   * <p>{@code GET /v1/gstins/{gstin}/credentials} ({@code listCredentials}).
   */
  public CompletableFuture<ApiResponse<CredentialList>> listWithResponse(
      String gstin, CredentialsListParams params) {
    return listWithResponse(gstin, params, RequestOptions.none());
  }

  /**
   * List the OAuth clients of a GSTIN
   *
   * <p>{@code GET /v1/gstins/{gstin}/credentials} ({@code listCredentials}).
   */
  public CompletableFuture<ApiResponse<CredentialList>> listWithResponse(String gstin) {
    return listWithResponse(gstin, CredentialsListParams.builder().build(), RequestOptions.none());
  }

  /**
   * List the OAuth clients of a GSTIN
   *
   * <p>{@code GET /v1/gstins/{gstin}/credentials} ({@code listCredentials}).
   */
  public CompletableFuture<ApiResponse<CredentialList>> listWithResponse(
      String gstin, CredentialsListParams params, RequestOptions options) {
    return ctx.async(() -> sync.listWithResponse(gstin, params, options));
  }

  /**
   * Create an OAuth client for a GSTIN
   *
   * <p>{@code POST /v1/gstins/{gstin}/credentials} ({@code createCredential}).
   */
  public CompletableFuture<CredentialWithSecret> create(
      String gstin, CreateCredentialRequest body) {
    return create(gstin, body, RequestOptions.none());
  }

  /**
   * Create an OAuth client for a GSTIN
   *
   * <p>{@code POST /v1/gstins/{gstin}/credentials} ({@code createCredential}).
   */
  public CompletableFuture<CredentialWithSecret> create(
      String gstin, CreateCredentialRequest body, RequestOptions options) {
    return ctx.async(() -> sync.create(gstin, body, options));
  }

  /**
   * Create an OAuth client for a GSTIN
   *
   * <p>{@code POST /v1/gstins/{gstin}/credentials} ({@code createCredential}).
   */
  public CompletableFuture<ApiResponse<CredentialWithSecret>> createWithResponse(
      String gstin, CreateCredentialRequest body) {
    return createWithResponse(gstin, body, RequestOptions.none());
  }

  /**
   * Create an OAuth client for a GSTIN
   *
   * <p>{@code POST /v1/gstins/{gstin}/credentials} ({@code createCredential}).
   */
  public CompletableFuture<ApiResponse<CredentialWithSecret>> createWithResponse(
      String gstin, CreateCredentialRequest body, RequestOptions options) {
    return ctx.async(() -> sync.createWithResponse(gstin, body, options));
  }

  /**
   * Get an OAuth client
   *
   * <p>{@code GET /v1/credentials/{client_id}} ({@code getCredential}).
   */
  public CompletableFuture<Credential> get(String clientId) {
    return get(clientId, RequestOptions.none());
  }

  /**
   * Get an OAuth client
   *
   * <p>{@code GET /v1/credentials/{client_id}} ({@code getCredential}).
   */
  public CompletableFuture<Credential> get(String clientId, RequestOptions options) {
    return ctx.async(() -> sync.get(clientId, options));
  }

  /**
   * Get an OAuth client
   *
   * <p>{@code GET /v1/credentials/{client_id}} ({@code getCredential}).
   */
  public CompletableFuture<ApiResponse<Credential>> getWithResponse(String clientId) {
    return getWithResponse(clientId, RequestOptions.none());
  }

  /**
   * Get an OAuth client
   *
   * <p>{@code GET /v1/credentials/{client_id}} ({@code getCredential}).
   */
  public CompletableFuture<ApiResponse<Credential>> getWithResponse(
      String clientId, RequestOptions options) {
    return ctx.async(() -> sync.getWithResponse(clientId, options));
  }

  /**
   * Revoke an OAuth client
   *
   * <p>{@code DELETE /v1/credentials/{client_id}} ({@code revokeCredential}).
   */
  public CompletableFuture<Credential> revoke(String clientId) {
    return revoke(clientId, RequestOptions.none());
  }

  /**
   * Revoke an OAuth client
   *
   * <p>{@code DELETE /v1/credentials/{client_id}} ({@code revokeCredential}).
   */
  public CompletableFuture<Credential> revoke(String clientId, RequestOptions options) {
    return ctx.async(() -> sync.revoke(clientId, options));
  }

  /**
   * Revoke an OAuth client
   *
   * <p>{@code DELETE /v1/credentials/{client_id}} ({@code revokeCredential}).
   */
  public CompletableFuture<ApiResponse<Credential>> revokeWithResponse(String clientId) {
    return revokeWithResponse(clientId, RequestOptions.none());
  }

  /**
   * Revoke an OAuth client
   *
   * <p>{@code DELETE /v1/credentials/{client_id}} ({@code revokeCredential}).
   */
  public CompletableFuture<ApiResponse<Credential>> revokeWithResponse(
      String clientId, RequestOptions options) {
    return ctx.async(() -> sync.revokeWithResponse(clientId, options));
  }

  /**
   * Add a second secret (rotation)
   *
   * <p>{@code POST /v1/credentials/{client_id}/secrets} ({@code addCredentialSecret}).
   */
  public CompletableFuture<NewSecret> addSecret(String clientId, AddSecretRequest body) {
    return addSecret(clientId, body, RequestOptions.none());
  }

  /**
   * Add a second secret (rotation)
   *
   * <p>{@code POST /v1/credentials/{client_id}/secrets} ({@code addCredentialSecret}).
   */
  public CompletableFuture<NewSecret> addSecret(
      String clientId, AddSecretRequest body, RequestOptions options) {
    return ctx.async(() -> sync.addSecret(clientId, body, options));
  }

  /**
   * Add a second secret (rotation)
   *
   * <p>{@code POST /v1/credentials/{client_id}/secrets} ({@code addCredentialSecret}).
   */
  public CompletableFuture<ApiResponse<NewSecret>> addSecretWithResponse(
      String clientId, AddSecretRequest body) {
    return addSecretWithResponse(clientId, body, RequestOptions.none());
  }

  /**
   * Add a second secret (rotation)
   *
   * <p>{@code POST /v1/credentials/{client_id}/secrets} ({@code addCredentialSecret}).
   */
  public CompletableFuture<ApiResponse<NewSecret>> addSecretWithResponse(
      String clientId, AddSecretRequest body, RequestOptions options) {
    return ctx.async(() -> sync.addSecretWithResponse(clientId, body, options));
  }

  /**
   * Revoke one secret
   *
   * <p>{@code DELETE /v1/credentials/{client_id}/secrets/{secret_id}} ({@code
   * revokeCredentialSecret}).
   */
  public CompletableFuture<Credential> revokeSecret(String clientId, String secretId) {
    return revokeSecret(clientId, secretId, RequestOptions.none());
  }

  /**
   * Revoke one secret
   *
   * <p>{@code DELETE /v1/credentials/{client_id}/secrets/{secret_id}} ({@code
   * revokeCredentialSecret}).
   */
  public CompletableFuture<Credential> revokeSecret(
      String clientId, String secretId, RequestOptions options) {
    return ctx.async(() -> sync.revokeSecret(clientId, secretId, options));
  }

  /**
   * Revoke one secret
   *
   * <p>{@code DELETE /v1/credentials/{client_id}/secrets/{secret_id}} ({@code
   * revokeCredentialSecret}).
   */
  public CompletableFuture<ApiResponse<Credential>> revokeSecretWithResponse(
      String clientId, String secretId) {
    return revokeSecretWithResponse(clientId, secretId, RequestOptions.none());
  }

  /**
   * Revoke one secret
   *
   * <p>{@code DELETE /v1/credentials/{client_id}/secrets/{secret_id}} ({@code
   * revokeCredentialSecret}).
   */
  public CompletableFuture<ApiResponse<Credential>> revokeSecretWithResponse(
      String clientId, String secretId, RequestOptions options) {
    return ctx.async(() -> sync.revokeSecretWithResponse(clientId, secretId, options));
  }
}
