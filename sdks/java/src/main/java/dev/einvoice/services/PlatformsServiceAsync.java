// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.services;

import dev.einvoice.core.ApiResponse;
import dev.einvoice.core.ClientContext;
import dev.einvoice.core.RequestOptions;
import dev.einvoice.models.ApiKey;
import dev.einvoice.models.ApiKeyList;
import dev.einvoice.models.CreateApiKeyRequest;
import dev.einvoice.models.CreateTenantRequest;
import dev.einvoice.models.PlatformsListApiKeysParams;
import dev.einvoice.models.PlatformsListTenantsParams;
import dev.einvoice.models.RollApiKeyRequest;
import dev.einvoice.models.Tenant;
import dev.einvoice.models.TenantList;
import dev.einvoice.models.UpdateTenantRequest;
import java.util.concurrent.CompletableFuture;

/**
 * Asynchronous twin of {@link PlatformsService}: every call returns a {@link CompletableFuture};
 * {@code cancel(true)} interrupts it.
 */
@SuppressWarnings("unused")
public final class PlatformsServiceAsync {
  private final ClientContext ctx;
  private final PlatformsService sync;

  public PlatformsServiceAsync(ClientContext ctx) {
    this.ctx = ctx;
    this.sync = new PlatformsService(ctx);
  }

  /**
   * List tenants
   *
   * <p>{@code GET /v1/tenants} ({@code listTenants}).
   */
  public CompletableFuture<TenantList> listTenants(PlatformsListTenantsParams params) {
    return listTenants(params, RequestOptions.none());
  }

  /**
   * List tenants
   *
   * <p>{@code GET /v1/tenants} ({@code listTenants}).
   */
  public CompletableFuture<TenantList> listTenants() {
    return listTenants(PlatformsListTenantsParams.builder().build(), RequestOptions.none());
  }

  /**
   * List tenants
   *
   * <p>{@code GET /v1/tenants} ({@code listTenants}).
   */
  public CompletableFuture<TenantList> listTenants(
      PlatformsListTenantsParams params, RequestOptions options) {
    return ctx.async(() -> sync.listTenants(params, options));
  }

  /**
   * List tenants
   *
   * <p>{@code GET /v1/tenants} ({@code listTenants}).
   */
  public CompletableFuture<ApiResponse<TenantList>> listTenantsWithResponse(
      PlatformsListTenantsParams params) {
    return listTenantsWithResponse(params, RequestOptions.none());
  }

  /**
   * List tenants
   *
   * <p>{@code GET /v1/tenants} ({@code listTenants}).
   */
  public CompletableFuture<ApiResponse<TenantList>> listTenantsWithResponse() {
    return listTenantsWithResponse(
        PlatformsListTenantsParams.builder().build(), RequestOptions.none());
  }

  /**
   * List tenants
   *
   * <p>{@code GET /v1/tenants} ({@code listTenants}).
   */
  public CompletableFuture<ApiResponse<TenantList>> listTenantsWithResponse(
      PlatformsListTenantsParams params, RequestOptions options) {
    return ctx.async(() -> sync.listTenantsWithResponse(params, options));
  }

  /**
   * Create a tenant
   *
   * <p>{@code POST /v1/tenants} ({@code createTenant}).
   */
  public CompletableFuture<Tenant> createTenant(CreateTenantRequest body) {
    return createTenant(body, RequestOptions.none());
  }

  /**
   * Create a tenant
   *
   * <p>{@code POST /v1/tenants} ({@code createTenant}).
   */
  public CompletableFuture<Tenant> createTenant(CreateTenantRequest body, RequestOptions options) {
    return ctx.async(() -> sync.createTenant(body, options));
  }

  /**
   * Create a tenant
   *
   * <p>{@code POST /v1/tenants} ({@code createTenant}).
   */
  public CompletableFuture<ApiResponse<Tenant>> createTenantWithResponse(CreateTenantRequest body) {
    return createTenantWithResponse(body, RequestOptions.none());
  }

  /**
   * Create a tenant
   *
   * <p>{@code POST /v1/tenants} ({@code createTenant}).
   */
  public CompletableFuture<ApiResponse<Tenant>> createTenantWithResponse(
      CreateTenantRequest body, RequestOptions options) {
    return ctx.async(() -> sync.createTenantWithResponse(body, options));
  }

  /**
   * Get a tenant
   *
   * <p>{@code GET /v1/tenants/{tenant_id}} ({@code getTenant}).
   */
  public CompletableFuture<Tenant> getTenant(String tenantId) {
    return getTenant(tenantId, RequestOptions.none());
  }

  /**
   * Get a tenant
   *
   * <p>{@code GET /v1/tenants/{tenant_id}} ({@code getTenant}).
   */
  public CompletableFuture<Tenant> getTenant(String tenantId, RequestOptions options) {
    return ctx.async(() -> sync.getTenant(tenantId, options));
  }

  /**
   * Get a tenant
   *
   * <p>{@code GET /v1/tenants/{tenant_id}} ({@code getTenant}).
   */
  public CompletableFuture<ApiResponse<Tenant>> getTenantWithResponse(String tenantId) {
    return getTenantWithResponse(tenantId, RequestOptions.none());
  }

  /**
   * Get a tenant
   *
   * <p>{@code GET /v1/tenants/{tenant_id}} ({@code getTenant}).
   */
  public CompletableFuture<ApiResponse<Tenant>> getTenantWithResponse(
      String tenantId, RequestOptions options) {
    return ctx.async(() -> sync.getTenantWithResponse(tenantId, options));
  }

  /**
   * Update a tenant
   *
   * <p>{@code PATCH /v1/tenants/{tenant_id}} ({@code updateTenant}).
   */
  public CompletableFuture<Tenant> updateTenant(String tenantId, UpdateTenantRequest body) {
    return updateTenant(tenantId, body, RequestOptions.none());
  }

  /**
   * Update a tenant
   *
   * <p>{@code PATCH /v1/tenants/{tenant_id}} ({@code updateTenant}).
   */
  public CompletableFuture<Tenant> updateTenant(
      String tenantId, UpdateTenantRequest body, RequestOptions options) {
    return ctx.async(() -> sync.updateTenant(tenantId, body, options));
  }

  /**
   * Update a tenant
   *
   * <p>{@code PATCH /v1/tenants/{tenant_id}} ({@code updateTenant}).
   */
  public CompletableFuture<ApiResponse<Tenant>> updateTenantWithResponse(
      String tenantId, UpdateTenantRequest body) {
    return updateTenantWithResponse(tenantId, body, RequestOptions.none());
  }

  /**
   * Update a tenant
   *
   * <p>{@code PATCH /v1/tenants/{tenant_id}} ({@code updateTenant}).
   */
  public CompletableFuture<ApiResponse<Tenant>> updateTenantWithResponse(
      String tenantId, UpdateTenantRequest body, RequestOptions options) {
    return ctx.async(() -> sync.updateTenantWithResponse(tenantId, body, options));
  }

  /**
   * List restricted API keys
   *
   * <p>{@code GET /v1/api-keys} ({@code listApiKeys}).
   */
  public CompletableFuture<ApiKeyList> listApiKeys(PlatformsListApiKeysParams params) {
    return listApiKeys(params, RequestOptions.none());
  }

  /**
   * List restricted API keys
   *
   * <p>{@code GET /v1/api-keys} ({@code listApiKeys}).
   */
  public CompletableFuture<ApiKeyList> listApiKeys() {
    return listApiKeys(PlatformsListApiKeysParams.builder().build(), RequestOptions.none());
  }

  /**
   * List restricted API keys
   *
   * <p>{@code GET /v1/api-keys} ({@code listApiKeys}).
   */
  public CompletableFuture<ApiKeyList> listApiKeys(
      PlatformsListApiKeysParams params, RequestOptions options) {
    return ctx.async(() -> sync.listApiKeys(params, options));
  }

  /**
   * List restricted API keys
   *
   * <p>{@code GET /v1/api-keys} ({@code listApiKeys}).
   */
  public CompletableFuture<ApiResponse<ApiKeyList>> listApiKeysWithResponse(
      PlatformsListApiKeysParams params) {
    return listApiKeysWithResponse(params, RequestOptions.none());
  }

  /**
   * List restricted API keys
   *
   * <p>{@code GET /v1/api-keys} ({@code listApiKeys}).
   */
  public CompletableFuture<ApiResponse<ApiKeyList>> listApiKeysWithResponse() {
    return listApiKeysWithResponse(
        PlatformsListApiKeysParams.builder().build(), RequestOptions.none());
  }

  /**
   * List restricted API keys
   *
   * <p>{@code GET /v1/api-keys} ({@code listApiKeys}).
   */
  public CompletableFuture<ApiResponse<ApiKeyList>> listApiKeysWithResponse(
      PlatformsListApiKeysParams params, RequestOptions options) {
    return ctx.async(() -> sync.listApiKeysWithResponse(params, options));
  }

  /**
   * Create a restricted API key
   *
   * <p>{@code POST /v1/api-keys} ({@code createApiKey}).
   */
  public CompletableFuture<ApiKey> createApiKey(CreateApiKeyRequest body) {
    return createApiKey(body, RequestOptions.none());
  }

  /**
   * Create a restricted API key
   *
   * <p>{@code POST /v1/api-keys} ({@code createApiKey}).
   */
  public CompletableFuture<ApiKey> createApiKey(CreateApiKeyRequest body, RequestOptions options) {
    return ctx.async(() -> sync.createApiKey(body, options));
  }

  /**
   * Create a restricted API key
   *
   * <p>{@code POST /v1/api-keys} ({@code createApiKey}).
   */
  public CompletableFuture<ApiResponse<ApiKey>> createApiKeyWithResponse(CreateApiKeyRequest body) {
    return createApiKeyWithResponse(body, RequestOptions.none());
  }

  /**
   * Create a restricted API key
   *
   * <p>{@code POST /v1/api-keys} ({@code createApiKey}).
   */
  public CompletableFuture<ApiResponse<ApiKey>> createApiKeyWithResponse(
      CreateApiKeyRequest body, RequestOptions options) {
    return ctx.async(() -> sync.createApiKeyWithResponse(body, options));
  }

  /**
   * Get a restricted API key
   *
   * <p>{@code GET /v1/api-keys/{key_id}} ({@code getApiKey}).
   */
  public CompletableFuture<ApiKey> getApiKey(String keyId) {
    return getApiKey(keyId, RequestOptions.none());
  }

  /**
   * Get a restricted API key
   *
   * <p>{@code GET /v1/api-keys/{key_id}} ({@code getApiKey}).
   */
  public CompletableFuture<ApiKey> getApiKey(String keyId, RequestOptions options) {
    return ctx.async(() -> sync.getApiKey(keyId, options));
  }

  /**
   * Get a restricted API key
   *
   * <p>{@code GET /v1/api-keys/{key_id}} ({@code getApiKey}).
   */
  public CompletableFuture<ApiResponse<ApiKey>> getApiKeyWithResponse(String keyId) {
    return getApiKeyWithResponse(keyId, RequestOptions.none());
  }

  /**
   * Get a restricted API key
   *
   * <p>{@code GET /v1/api-keys/{key_id}} ({@code getApiKey}).
   */
  public CompletableFuture<ApiResponse<ApiKey>> getApiKeyWithResponse(
      String keyId, RequestOptions options) {
    return ctx.async(() -> sync.getApiKeyWithResponse(keyId, options));
  }

  /**
   * Revoke a restricted API key
   *
   * <p>{@code DELETE /v1/api-keys/{key_id}} ({@code revokeApiKey}).
   */
  public CompletableFuture<ApiKey> revokeApiKey(String keyId) {
    return revokeApiKey(keyId, RequestOptions.none());
  }

  /**
   * Revoke a restricted API key
   *
   * <p>{@code DELETE /v1/api-keys/{key_id}} ({@code revokeApiKey}).
   */
  public CompletableFuture<ApiKey> revokeApiKey(String keyId, RequestOptions options) {
    return ctx.async(() -> sync.revokeApiKey(keyId, options));
  }

  /**
   * Revoke a restricted API key
   *
   * <p>{@code DELETE /v1/api-keys/{key_id}} ({@code revokeApiKey}).
   */
  public CompletableFuture<ApiResponse<ApiKey>> revokeApiKeyWithResponse(String keyId) {
    return revokeApiKeyWithResponse(keyId, RequestOptions.none());
  }

  /**
   * Revoke a restricted API key
   *
   * <p>{@code DELETE /v1/api-keys/{key_id}} ({@code revokeApiKey}).
   */
  public CompletableFuture<ApiResponse<ApiKey>> revokeApiKeyWithResponse(
      String keyId, RequestOptions options) {
    return ctx.async(() -> sync.revokeApiKeyWithResponse(keyId, options));
  }

  /**
   * Roll a restricted API key
   *
   * <p>{@code POST /v1/api-keys/{key_id}/roll} ({@code rollApiKey}).
   */
  public CompletableFuture<ApiKey> rollApiKey(String keyId, RollApiKeyRequest body) {
    return rollApiKey(keyId, body, RequestOptions.none());
  }

  /**
   * Roll a restricted API key
   *
   * <p>{@code POST /v1/api-keys/{key_id}/roll} ({@code rollApiKey}).
   */
  public CompletableFuture<ApiKey> rollApiKey(
      String keyId, RollApiKeyRequest body, RequestOptions options) {
    return ctx.async(() -> sync.rollApiKey(keyId, body, options));
  }

  /**
   * Roll a restricted API key
   *
   * <p>{@code POST /v1/api-keys/{key_id}/roll} ({@code rollApiKey}).
   */
  public CompletableFuture<ApiResponse<ApiKey>> rollApiKeyWithResponse(
      String keyId, RollApiKeyRequest body) {
    return rollApiKeyWithResponse(keyId, body, RequestOptions.none());
  }

  /**
   * Roll a restricted API key
   *
   * <p>{@code POST /v1/api-keys/{key_id}/roll} ({@code rollApiKey}).
   */
  public CompletableFuture<ApiResponse<ApiKey>> rollApiKeyWithResponse(
      String keyId, RollApiKeyRequest body, RequestOptions options) {
    return ctx.async(() -> sync.rollApiKeyWithResponse(keyId, body, options));
  }
}
