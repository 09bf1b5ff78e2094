// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.services;

import dev.einvoice.core.ApiResponse;
import dev.einvoice.core.ClientContext;
import dev.einvoice.core.RequestOptions;
import dev.einvoice.models.ApiKey;
import dev.einvoice.models.ApiKeyList;
import dev.einvoice.models.CreateApiKeyRequest;
import dev.einvoice.models.CreateTenantRequest;
import dev.einvoice.models.PlatformsCreateApiKeyParams;
import dev.einvoice.models.PlatformsCreateTenantParams;
import dev.einvoice.models.PlatformsGetApiKeyParams;
import dev.einvoice.models.PlatformsGetTenantParams;
import dev.einvoice.models.PlatformsListApiKeysParams;
import dev.einvoice.models.PlatformsListTenantsParams;
import dev.einvoice.models.PlatformsRevokeApiKeyParams;
import dev.einvoice.models.PlatformsRollApiKeyParams;
import dev.einvoice.models.PlatformsUpdateTenantParams;
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
  public CompletableFuture<Tenant> createTenant(
      PlatformsCreateTenantParams params, CreateTenantRequest body) {
    return createTenant(params, body, RequestOptions.none());
  }

  /**
   * Create a tenant
   *
   * <p>{@code POST /v1/tenants} ({@code createTenant}).
   */
  public CompletableFuture<Tenant> createTenant(CreateTenantRequest body) {
    return createTenant(PlatformsCreateTenantParams.builder().build(), body, RequestOptions.none());
  }

  /**
   * Create a tenant
   *
   * <p>{@code POST /v1/tenants} ({@code createTenant}).
   */
  public CompletableFuture<Tenant> createTenant(
      PlatformsCreateTenantParams params, CreateTenantRequest body, RequestOptions options) {
    return ctx.async(() -> sync.createTenant(params, body, options));
  }

  /**
   * Create a tenant
   *
   * <p>{@code POST /v1/tenants} ({@code createTenant}).
   */
  public CompletableFuture<ApiResponse<Tenant>> createTenantWithResponse(
      PlatformsCreateTenantParams params, CreateTenantRequest body) {
    return createTenantWithResponse(params, body, RequestOptions.none());
  }

  /**
   * Create a tenant
   *
   * <p>{@code POST /v1/tenants} ({@code createTenant}).
   */
  public CompletableFuture<ApiResponse<Tenant>> createTenantWithResponse(CreateTenantRequest body) {
    return createTenantWithResponse(
        PlatformsCreateTenantParams.builder().build(), body, RequestOptions.none());
  }

  /**
   * Create a tenant
   *
   * <p>{@code POST /v1/tenants} ({@code createTenant}).
   */
  public CompletableFuture<ApiResponse<Tenant>> createTenantWithResponse(
      PlatformsCreateTenantParams params, CreateTenantRequest body, RequestOptions options) {
    return ctx.async(() -> sync.createTenantWithResponse(params, body, options));
  }

  /**
   * Get a tenant
   *
   * <p>{@code GET /v1/tenants/{tenant_id}} ({@code getTenant}).
   */
  public CompletableFuture<Tenant> getTenant(String tenantId, PlatformsGetTenantParams params) {
    return getTenant(tenantId, params, RequestOptions.none());
  }

  /**
   * Get a tenant
   *
   * <p>{@code GET /v1/tenants/{tenant_id}} ({@code getTenant}).
   */
  public CompletableFuture<Tenant> getTenant(String tenantId) {
    return getTenant(tenantId, PlatformsGetTenantParams.builder().build(), RequestOptions.none());
  }

  /**
   * Get a tenant
   *
   * <p>{@code GET /v1/tenants/{tenant_id}} ({@code getTenant}).
   */
  public CompletableFuture<Tenant> getTenant(
      String tenantId, PlatformsGetTenantParams params, RequestOptions options) {
    return ctx.async(() -> sync.getTenant(tenantId, params, options));
  }

  /**
   * Get a tenant
   *
   * <p>{@code GET /v1/tenants/{tenant_id}} ({@code getTenant}).
   */
  public CompletableFuture<ApiResponse<Tenant>> getTenantWithResponse(
      String tenantId, PlatformsGetTenantParams params) {
    return getTenantWithResponse(tenantId, params, RequestOptions.none());
  }

  /**
   * Get a tenant
   *
   * <p>{@code GET /v1/tenants/{tenant_id}} ({@code getTenant}).
   */
  public CompletableFuture<ApiResponse<Tenant>> getTenantWithResponse(String tenantId) {
    return getTenantWithResponse(
        tenantId, PlatformsGetTenantParams.builder().build(), RequestOptions.none());
  }

  /**
   * Get a tenant
   *
   * <p>{@code GET /v1/tenants/{tenant_id}} ({@code getTenant}).
   */
  public CompletableFuture<ApiResponse<Tenant>> getTenantWithResponse(
      String tenantId, PlatformsGetTenantParams params, RequestOptions options) {
    return ctx.async(() -> sync.getTenantWithResponse(tenantId, params, options));
  }

  /**
   * Update a tenant
   *
   * <p>{@code PATCH /v1/tenants/{tenant_id}} ({@code updateTenant}).
   */
  public CompletableFuture<Tenant> updateTenant(
      String tenantId, PlatformsUpdateTenantParams params, UpdateTenantRequest body) {
    return updateTenant(tenantId, params, body, RequestOptions.none());
  }

  /**
   * Update a tenant
   *
   * <p>{@code PATCH /v1/tenants/{tenant_id}} ({@code updateTenant}).
   */
  public CompletableFuture<Tenant> updateTenant(String tenantId, UpdateTenantRequest body) {
    return updateTenant(
        tenantId, PlatformsUpdateTenantParams.builder().build(), body, RequestOptions.none());
  }

  /**
   * Update a tenant
   *
   * <p>{@code PATCH /v1/tenants/{tenant_id}} ({@code updateTenant}).
   */
  public CompletableFuture<Tenant> updateTenant(
      String tenantId,
      PlatformsUpdateTenantParams params,
      UpdateTenantRequest body,
      RequestOptions options) {
    return ctx.async(() -> sync.updateTenant(tenantId, params, body, options));
  }

  /**
   * Update a tenant
   *
   * <p>{@code PATCH /v1/tenants/{tenant_id}} ({@code updateTenant}).
   */
  public CompletableFuture<ApiResponse<Tenant>> updateTenantWithResponse(
      String tenantId, PlatformsUpdateTenantParams params, UpdateTenantRequest body) {
    return updateTenantWithResponse(tenantId, params, body, RequestOptions.none());
  }

  /**
   * Update a tenant
   *
   * <p>{@code PATCH /v1/tenants/{tenant_id}} ({@code updateTenant}).
   */
  public CompletableFuture<ApiResponse<Tenant>> updateTenantWithResponse(
      String tenantId, UpdateTenantRequest body) {
    return updateTenantWithResponse(
        tenantId, PlatformsUpdateTenantParams.builder().build(), body, RequestOptions.none());
  }

  /**
   * Update a tenant
   *
   * <p>{@code PATCH /v1/tenants/{tenant_id}} ({@code updateTenant}).
   */
  public CompletableFuture<ApiResponse<Tenant>> updateTenantWithResponse(
      String tenantId,
      PlatformsUpdateTenantParams params,
      UpdateTenantRequest body,
      RequestOptions options) {
    return ctx.async(() -> sync.updateTenantWithResponse(tenantId, params, body, options));
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
  public CompletableFuture<ApiKey> createApiKey(
      PlatformsCreateApiKeyParams params, CreateApiKeyRequest body) {
    return createApiKey(params, body, RequestOptions.none());
  }

  /**
   * Create a restricted API key
   *
   * <p>{@code POST /v1/api-keys} ({@code createApiKey}).
   */
  public CompletableFuture<ApiKey> createApiKey(CreateApiKeyRequest body) {
    return createApiKey(PlatformsCreateApiKeyParams.builder().build(), body, RequestOptions.none());
  }

  /**
   * Create a restricted API key
   *
   * <p>{@code POST /v1/api-keys} ({@code createApiKey}).
   */
  public CompletableFuture<ApiKey> createApiKey(
      PlatformsCreateApiKeyParams params, CreateApiKeyRequest body, RequestOptions options) {
    return ctx.async(() -> sync.createApiKey(params, body, options));
  }

  /**
   * Create a restricted API key
   *
   * <p>{@code POST /v1/api-keys} ({@code createApiKey}).
   */
  public CompletableFuture<ApiResponse<ApiKey>> createApiKeyWithResponse(
      PlatformsCreateApiKeyParams params, CreateApiKeyRequest body) {
    return createApiKeyWithResponse(params, body, RequestOptions.none());
  }

  /**
   * Create a restricted API key
   *
   * <p>{@code POST /v1/api-keys} ({@code createApiKey}).
   */
  public CompletableFuture<ApiResponse<ApiKey>> createApiKeyWithResponse(CreateApiKeyRequest body) {
    return createApiKeyWithResponse(
        PlatformsCreateApiKeyParams.builder().build(), body, RequestOptions.none());
  }

  /**
   * Create a restricted API key
   *
   * <p>{@code POST /v1/api-keys} ({@code createApiKey}).
   */
  public CompletableFuture<ApiResponse<ApiKey>> createApiKeyWithResponse(
      PlatformsCreateApiKeyParams params, CreateApiKeyRequest body, RequestOptions options) {
    return ctx.async(() -> sync.createApiKeyWithResponse(params, body, options));
  }

  /**
   * Get a restricted API key
   *
   * <p>{@code GET /v1/api-keys/{key_id}} ({@code getApiKey}).
   */
  public CompletableFuture<ApiKey> getApiKey(String keyId, PlatformsGetApiKeyParams params) {
    return getApiKey(keyId, params, RequestOptions.none());
  }

  /**
   * Get a restricted API key
   *
   * <p>{@code GET /v1/api-keys/{key_id}} ({@code getApiKey}).
   */
  public CompletableFuture<ApiKey> getApiKey(String keyId) {
    return getApiKey(keyId, PlatformsGetApiKeyParams.builder().build(), RequestOptions.none());
  }

  /**
   * Get a restricted API key
   *
   * <p>{@code GET /v1/api-keys/{key_id}} ({@code getApiKey}).
   */
  public CompletableFuture<ApiKey> getApiKey(
      String keyId, PlatformsGetApiKeyParams params, RequestOptions options) {
    return ctx.async(() -> sync.getApiKey(keyId, params, options));
  }

  /**
   * Get a restricted API key
   *
   * <p>{@code GET /v1/api-keys/{key_id}} ({@code getApiKey}).
   */
  public CompletableFuture<ApiResponse<ApiKey>> getApiKeyWithResponse(
      String keyId, PlatformsGetApiKeyParams params) {
    return getApiKeyWithResponse(keyId, params, RequestOptions.none());
  }

  /**
   * Get a restricted API key
   *
   * <p>{@code GET /v1/api-keys/{key_id}} ({@code getApiKey}).
   */
  public CompletableFuture<ApiResponse<ApiKey>> getApiKeyWithResponse(String keyId) {
    return getApiKeyWithResponse(
        keyId, PlatformsGetApiKeyParams.builder().build(), RequestOptions.none());
  }

  /**
   * Get a restricted API key
   *
   * <p>{@code GET /v1/api-keys/{key_id}} ({@code getApiKey}).
   */
  public CompletableFuture<ApiResponse<ApiKey>> getApiKeyWithResponse(
      String keyId, PlatformsGetApiKeyParams params, RequestOptions options) {
    return ctx.async(() -> sync.getApiKeyWithResponse(keyId, params, options));
  }

  /**
   * Revoke a restricted API key
   *
   * <p>{@code DELETE /v1/api-keys/{key_id}} ({@code revokeApiKey}).
   */
  public CompletableFuture<ApiKey> revokeApiKey(String keyId, PlatformsRevokeApiKeyParams params) {
    return revokeApiKey(keyId, params, RequestOptions.none());
  }

  /**
   * Revoke a restricted API key
   *
   * <p>{@code DELETE /v1/api-keys/{key_id}} ({@code revokeApiKey}).
   */
  public CompletableFuture<ApiKey> revokeApiKey(String keyId) {
    return revokeApiKey(
        keyId, PlatformsRevokeApiKeyParams.builder().build(), RequestOptions.none());
  }

  /**
   * Revoke a restricted API key
   *
   * <p>{@code DELETE /v1/api-keys/{key_id}} ({@code revokeApiKey}).
   */
  public CompletableFuture<ApiKey> revokeApiKey(
      String keyId, PlatformsRevokeApiKeyParams params, RequestOptions options) {
    return ctx.async(() -> sync.revokeApiKey(keyId, params, options));
  }

  /**
   * Revoke a restricted API key
   *
   * <p>{@code DELETE /v1/api-keys/{key_id}} ({@code revokeApiKey}).
   */
  public CompletableFuture<ApiResponse<ApiKey>> revokeApiKeyWithResponse(
      String keyId, PlatformsRevokeApiKeyParams params) {
    return revokeApiKeyWithResponse(keyId, params, RequestOptions.none());
  }

  /**
   * Revoke a restricted API key
   *
   * <p>{@code DELETE /v1/api-keys/{key_id}} ({@code revokeApiKey}).
   */
  public CompletableFuture<ApiResponse<ApiKey>> revokeApiKeyWithResponse(String keyId) {
    return revokeApiKeyWithResponse(
        keyId, PlatformsRevokeApiKeyParams.builder().build(), RequestOptions.none());
  }

  /**
   * Revoke a restricted API key
   *
   * <p>{@code DELETE /v1/api-keys/{key_id}} ({@code revokeApiKey}).
   */
  public CompletableFuture<ApiResponse<ApiKey>> revokeApiKeyWithResponse(
      String keyId, PlatformsRevokeApiKeyParams params, RequestOptions options) {
    return ctx.async(() -> sync.revokeApiKeyWithResponse(keyId, params, options));
  }

  /**
   * Roll a restricted API key
   *
   * <p>{@code POST /v1/api-keys/{key_id}/roll} ({@code rollApiKey}).
   */
  public CompletableFuture<ApiKey> rollApiKey(
      String keyId, PlatformsRollApiKeyParams params, RollApiKeyRequest body) {
    return rollApiKey(keyId, params, body, RequestOptions.none());
  }

  /**
   * Roll a restricted API key
   *
   * <p>{@code POST /v1/api-keys/{key_id}/roll} ({@code rollApiKey}).
   */
  public CompletableFuture<ApiKey> rollApiKey(String keyId, RollApiKeyRequest body) {
    return rollApiKey(
        keyId, PlatformsRollApiKeyParams.builder().build(), body, RequestOptions.none());
  }

  /**
   * Roll a restricted API key
   *
   * <p>{@code POST /v1/api-keys/{key_id}/roll} ({@code rollApiKey}).
   */
  public CompletableFuture<ApiKey> rollApiKey(
      String keyId,
      PlatformsRollApiKeyParams params,
      RollApiKeyRequest body,
      RequestOptions options) {
    return ctx.async(() -> sync.rollApiKey(keyId, params, body, options));
  }

  /**
   * Roll a restricted API key
   *
   * <p>{@code POST /v1/api-keys/{key_id}/roll} ({@code rollApiKey}).
   */
  public CompletableFuture<ApiResponse<ApiKey>> rollApiKeyWithResponse(
      String keyId, PlatformsRollApiKeyParams params, RollApiKeyRequest body) {
    return rollApiKeyWithResponse(keyId, params, body, RequestOptions.none());
  }

  /**
   * Roll a restricted API key
   *
   * <p>{@code POST /v1/api-keys/{key_id}/roll} ({@code rollApiKey}).
   */
  public CompletableFuture<ApiResponse<ApiKey>> rollApiKeyWithResponse(
      String keyId, RollApiKeyRequest body) {
    return rollApiKeyWithResponse(
        keyId, PlatformsRollApiKeyParams.builder().build(), body, RequestOptions.none());
  }

  /**
   * Roll a restricted API key
   *
   * <p>{@code POST /v1/api-keys/{key_id}/roll} ({@code rollApiKey}).
   */
  public CompletableFuture<ApiResponse<ApiKey>> rollApiKeyWithResponse(
      String keyId,
      PlatformsRollApiKeyParams params,
      RollApiKeyRequest body,
      RequestOptions options) {
    return ctx.async(() -> sync.rollApiKeyWithResponse(keyId, params, body, options));
  }
}
