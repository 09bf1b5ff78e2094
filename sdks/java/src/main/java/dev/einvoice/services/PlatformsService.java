// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

package dev.einvoice.services;

import dev.einvoice.core.ApiRequest;
import dev.einvoice.core.ApiResponse;
import dev.einvoice.core.Auth;
import dev.einvoice.core.AutoPager;
import dev.einvoice.core.ClientContext;
import dev.einvoice.core.Page;
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
import java.util.List;

/**
 * Operations of the {@code platforms} resource. Every method has an overload taking {@link
 * RequestOptions}.
 */
@SuppressWarnings("unused")
public final class PlatformsService {
  private final ClientContext ctx;

  public PlatformsService(ClientContext ctx) {
    this.ctx = ctx;
  }

  private ApiRequest listTenantsRequest(PlatformsListTenantsParams params) {
    return ApiRequest.builder("GET", "/v1/tenants")
        .operationId("listTenants")
        .auth(Auth.ACCOUNT)
        .idempotent(false)
        .query(params == null ? null : params.toQuery())
        .headers(params == null ? null : params.toHeaders())
        .build();
  }

  /**
   * List tenants
   *
   * <p>{@code GET /v1/tenants} ({@code listTenants}).
   */
  public TenantList listTenants(PlatformsListTenantsParams params) {
    return listTenants(params, RequestOptions.none());
  }

  /**
   * List tenants
   *
   * <p>{@code GET /v1/tenants} ({@code listTenants}).
   */
  public TenantList listTenants() {
    return listTenants(PlatformsListTenantsParams.builder().build(), RequestOptions.none());
  }

  /**
   * List tenants
   *
   * <p>{@code GET /v1/tenants} ({@code listTenants}).
   */
  public TenantList listTenants(PlatformsListTenantsParams params, RequestOptions options) {
    return listTenantsWithResponse(params, options).data();
  }

  /**
   * List tenants
   *
   * <p>{@code GET /v1/tenants} ({@code listTenants}).
   */
  public ApiResponse<TenantList> listTenantsWithResponse(PlatformsListTenantsParams params) {
    return listTenantsWithResponse(params, RequestOptions.none());
  }

  /**
   * List tenants
   *
   * <p>{@code GET /v1/tenants} ({@code listTenants}).
   */
  public ApiResponse<TenantList> listTenantsWithResponse() {
    return listTenantsWithResponse(
        PlatformsListTenantsParams.builder().build(), RequestOptions.none());
  }

  /**
   * List tenants
   *
   * <p>{@code GET /v1/tenants} ({@code listTenants}).
   */
  public ApiResponse<TenantList> listTenantsWithResponse(
      PlatformsListTenantsParams params, RequestOptions options) {
    return ctx.execute(listTenantsRequest(params), TenantList.class, options);
  }

  /** Every item of every page, fetched lazily as you iterate (listTenants). */
  public AutoPager<Tenant> listTenantsAutoPaging(PlatformsListTenantsParams params) {
    return listTenantsAutoPaging(params, RequestOptions.none());
  }

  /** Every item of every page, fetched lazily as you iterate (listTenants). */
  public AutoPager<Tenant> listTenantsAutoPaging() {
    return listTenantsAutoPaging(
        PlatformsListTenantsParams.builder().build(), RequestOptions.none());
  }

  /** Every item of every page, fetched lazily as you iterate (listTenants). */
  public AutoPager<Tenant> listTenantsAutoPaging(
      PlatformsListTenantsParams params, RequestOptions options) {
    ApiRequest first = listTenantsRequest(params);
    return new AutoPager<>(
        cursor -> {
          ApiRequest req = cursor == null ? first : first.withQuery("starting_after", cursor);
          TenantList p = ctx.execute(req, TenantList.class, options).data();
          return new Page<>(
              p.data() == null ? List.of() : p.data(),
              Boolean.TRUE.equals(p.hasMore()),
              p.nextCursor().orElse(null));
        },
        null);
  }

  private ApiRequest createTenantRequest(CreateTenantRequest body) {
    return ApiRequest.builder("POST", "/v1/tenants")
        .operationId("createTenant")
        .auth(Auth.ACCOUNT)
        .idempotent(true)
        .body(body)
        .build();
  }

  /**
   * Create a tenant
   *
   * <p>{@code POST /v1/tenants} ({@code createTenant}).
   */
  public Tenant createTenant(CreateTenantRequest body) {
    return createTenant(body, RequestOptions.none());
  }

  /**
   * Create a tenant
   *
   * <p>{@code POST /v1/tenants} ({@code createTenant}).
   */
  public Tenant createTenant(CreateTenantRequest body, RequestOptions options) {
    return createTenantWithResponse(body, options).data();
  }

  /**
   * Create a tenant
   *
   * <p>{@code POST /v1/tenants} ({@code createTenant}).
   */
  public ApiResponse<Tenant> createTenantWithResponse(CreateTenantRequest body) {
    return createTenantWithResponse(body, RequestOptions.none());
  }

  /**
   * Create a tenant
   *
   * <p>{@code POST /v1/tenants} ({@code createTenant}).
   */
  public ApiResponse<Tenant> createTenantWithResponse(
      CreateTenantRequest body, RequestOptions options) {
    return ctx.execute(createTenantRequest(body), Tenant.class, options);
  }

  private ApiRequest getTenantRequest(String tenantId) {
    java.util.Objects.requireNonNull(tenantId, "tenant_id is required");
    return ApiRequest.builder(
            "GET", "/v1/tenants/" + ApiRequest.pathSegment(String.valueOf(tenantId)))
        .operationId("getTenant")
        .auth(Auth.ACCOUNT)
        .idempotent(false)
        .build();
  }

  /**
   * Get a tenant
   *
   * <p>{@code GET /v1/tenants/{tenant_id}} ({@code getTenant}).
   */
  public Tenant getTenant(String tenantId) {
    return getTenant(tenantId, RequestOptions.none());
  }

  /**
   * Get a tenant
   *
   * <p>{@code GET /v1/tenants/{tenant_id}} ({@code getTenant}).
   */
  public Tenant getTenant(String tenantId, RequestOptions options) {
    return getTenantWithResponse(tenantId, options).data();
  }

  /**
   * Get a tenant
   *
   * <p>{@code GET /v1/tenants/{tenant_id}} ({@code getTenant}).
   */
  public ApiResponse<Tenant> getTenantWithResponse(String tenantId) {
    return getTenantWithResponse(tenantId, RequestOptions.none());
  }

  /**
   * Get a tenant
   *
   * <p>{@code GET /v1/tenants/{tenant_id}} ({@code getTenant}).
   */
  public ApiResponse<Tenant> getTenantWithResponse(String tenantId, RequestOptions options) {
    return ctx.execute(getTenantRequest(tenantId), Tenant.class, options);
  }

  private ApiRequest updateTenantRequest(String tenantId, UpdateTenantRequest body) {
    java.util.Objects.requireNonNull(tenantId, "tenant_id is required");
    return ApiRequest.builder(
            "PATCH", "/v1/tenants/" + ApiRequest.pathSegment(String.valueOf(tenantId)))
        .operationId("updateTenant")
        .auth(Auth.ACCOUNT)
        .idempotent(false)
        .body(body)
        .build();
  }

  /**
   * Update a tenant
   *
   * <p>{@code PATCH /v1/tenants/{tenant_id}} ({@code updateTenant}).
   */
  public Tenant updateTenant(String tenantId, UpdateTenantRequest body) {
    return updateTenant(tenantId, body, RequestOptions.none());
  }

  /**
   * Update a tenant
   *
   * <p>{@code PATCH /v1/tenants/{tenant_id}} ({@code updateTenant}).
   */
  public Tenant updateTenant(String tenantId, UpdateTenantRequest body, RequestOptions options) {
    return updateTenantWithResponse(tenantId, body, options).data();
  }

  /**
   * Update a tenant
   *
   * <p>{@code PATCH /v1/tenants/{tenant_id}} ({@code updateTenant}).
   */
  public ApiResponse<Tenant> updateTenantWithResponse(String tenantId, UpdateTenantRequest body) {
    return updateTenantWithResponse(tenantId, body, RequestOptions.none());
  }

  /**
   * Update a tenant
   *
   * <p>{@code PATCH /v1/tenants/{tenant_id}} ({@code updateTenant}).
   */
  public ApiResponse<Tenant> updateTenantWithResponse(
      String tenantId, UpdateTenantRequest body, RequestOptions options) {
    return ctx.execute(updateTenantRequest(tenantId, body), Tenant.class, options);
  }

  private ApiRequest listApiKeysRequest(PlatformsListApiKeysParams params) {
    return ApiRequest.builder("GET", "/v1/api-keys")
        .operationId("listApiKeys")
        .auth(Auth.ACCOUNT)
        .idempotent(false)
        .query(params == null ? null : params.toQuery())
        .headers(params == null ? null : params.toHeaders())
        .build();
  }

  /**
   * List restricted API keys
   *
   * <p>{@code GET /v1/api-keys} ({@code listApiKeys}).
   */
  public ApiKeyList listApiKeys(PlatformsListApiKeysParams params) {
    return listApiKeys(params, RequestOptions.none());
  }

  /**
   * List restricted API keys
   *
   * <p>{@code GET /v1/api-keys} ({@code listApiKeys}).
   */
  public ApiKeyList listApiKeys() {
    return listApiKeys(PlatformsListApiKeysParams.builder().build(), RequestOptions.none());
  }

  /**
   * List restricted API keys
   *
   * <p>{@code GET /v1/api-keys} ({@code listApiKeys}).
   */
  public ApiKeyList listApiKeys(PlatformsListApiKeysParams params, RequestOptions options) {
    return listApiKeysWithResponse(params, options).data();
  }

  /**
   * List restricted API keys
   *
   * <p>{@code GET /v1/api-keys} ({@code listApiKeys}).
   */
  public ApiResponse<ApiKeyList> listApiKeysWithResponse(PlatformsListApiKeysParams params) {
    return listApiKeysWithResponse(params, RequestOptions.none());
  }

  /**
   * List restricted API keys
   *
   * <p>{@code GET /v1/api-keys} ({@code listApiKeys}).
   */
  public ApiResponse<ApiKeyList> listApiKeysWithResponse() {
    return listApiKeysWithResponse(
        PlatformsListApiKeysParams.builder().build(), RequestOptions.none());
  }

  /**
   * List restricted API keys
   *
   * <p>{@code GET /v1/api-keys} ({@code listApiKeys}).
   */
  public ApiResponse<ApiKeyList> listApiKeysWithResponse(
      PlatformsListApiKeysParams params, RequestOptions options) {
    return ctx.execute(listApiKeysRequest(params), ApiKeyList.class, options);
  }

  /** Every item of every page, fetched lazily as you iterate (listApiKeys). */
  public AutoPager<ApiKey> listApiKeysAutoPaging(PlatformsListApiKeysParams params) {
    return listApiKeysAutoPaging(params, RequestOptions.none());
  }

  /** Every item of every page, fetched lazily as you iterate (listApiKeys). */
  public AutoPager<ApiKey> listApiKeysAutoPaging() {
    return listApiKeysAutoPaging(
        PlatformsListApiKeysParams.builder().build(), RequestOptions.none());
  }

  /** Every item of every page, fetched lazily as you iterate (listApiKeys). */
  public AutoPager<ApiKey> listApiKeysAutoPaging(
      PlatformsListApiKeysParams params, RequestOptions options) {
    ApiRequest first = listApiKeysRequest(params);
    return new AutoPager<>(
        cursor -> {
          ApiRequest req = cursor == null ? first : first.withQuery("starting_after", cursor);
          ApiKeyList p = ctx.execute(req, ApiKeyList.class, options).data();
          return new Page<>(
              p.data() == null ? List.of() : p.data(),
              Boolean.TRUE.equals(p.hasMore()),
              p.nextCursor().orElse(null));
        },
        null);
  }

  private ApiRequest createApiKeyRequest(CreateApiKeyRequest body) {
    return ApiRequest.builder("POST", "/v1/api-keys")
        .operationId("createApiKey")
        .auth(Auth.ACCOUNT)
        .idempotent(true)
        .body(body)
        .build();
  }

  /**
   * Create a restricted API key
   *
   * <p>{@code POST /v1/api-keys} ({@code createApiKey}).
   */
  public ApiKey createApiKey(CreateApiKeyRequest body) {
    return createApiKey(body, RequestOptions.none());
  }

  /**
   * Create a restricted API key
   *
   * <p>{@code POST /v1/api-keys} ({@code createApiKey}).
   */
  public ApiKey createApiKey(CreateApiKeyRequest body, RequestOptions options) {
    return createApiKeyWithResponse(body, options).data();
  }

  /**
   * Create a restricted API key
   *
   * <p>{@code POST /v1/api-keys} ({@code createApiKey}).
   */
  public ApiResponse<ApiKey> createApiKeyWithResponse(CreateApiKeyRequest body) {
    return createApiKeyWithResponse(body, RequestOptions.none());
  }

  /**
   * Create a restricted API key
   *
   * <p>{@code POST /v1/api-keys} ({@code createApiKey}).
   */
  public ApiResponse<ApiKey> createApiKeyWithResponse(
      CreateApiKeyRequest body, RequestOptions options) {
    return ctx.execute(createApiKeyRequest(body), ApiKey.class, options);
  }

  private ApiRequest getApiKeyRequest(String keyId) {
    java.util.Objects.requireNonNull(keyId, "key_id is required");
    return ApiRequest.builder(
            "GET", "/v1/api-keys/" + ApiRequest.pathSegment(String.valueOf(keyId)))
        .operationId("getApiKey")
        .auth(Auth.ACCOUNT)
        .idempotent(false)
        .build();
  }

  /**
   * Get a restricted API key
   *
   * <p>{@code GET /v1/api-keys/{key_id}} ({@code getApiKey}).
   */
  public ApiKey getApiKey(String keyId) {
    return getApiKey(keyId, RequestOptions.none());
  }

  /**
   * Get a restricted API key
   *
   * <p>{@code GET /v1/api-keys/{key_id}} ({@code getApiKey}).
   */
  public ApiKey getApiKey(String keyId, RequestOptions options) {
    return getApiKeyWithResponse(keyId, options).data();
  }

  /**
   * Get a restricted API key
   *
   * <p>{@code GET /v1/api-keys/{key_id}} ({@code getApiKey}).
   */
  public ApiResponse<ApiKey> getApiKeyWithResponse(String keyId) {
    return getApiKeyWithResponse(keyId, RequestOptions.none());
  }

  /**
   * Get a restricted API key
   *
   * <p>{@code GET /v1/api-keys/{key_id}} ({@code getApiKey}).
   */
  public ApiResponse<ApiKey> getApiKeyWithResponse(String keyId, RequestOptions options) {
    return ctx.execute(getApiKeyRequest(keyId), ApiKey.class, options);
  }

  private ApiRequest revokeApiKeyRequest(String keyId) {
    java.util.Objects.requireNonNull(keyId, "key_id is required");
    return ApiRequest.builder(
            "DELETE", "/v1/api-keys/" + ApiRequest.pathSegment(String.valueOf(keyId)))
        .operationId("revokeApiKey")
        .auth(Auth.ACCOUNT)
        .idempotent(false)
        .build();
  }

  /**
   * Revoke a restricted API key
   *
   * <p>{@code DELETE /v1/api-keys/{key_id}} ({@code revokeApiKey}).
   */
  public ApiKey revokeApiKey(String keyId) {
    return revokeApiKey(keyId, RequestOptions.none());
  }

  /**
   * Revoke a restricted API key
   *
   * <p>{@code DELETE /v1/api-keys/{key_id}} ({@code revokeApiKey}).
   */
  public ApiKey revokeApiKey(String keyId, RequestOptions options) {
    return revokeApiKeyWithResponse(keyId, options).data();
  }

  /**
   * Revoke a restricted API key
   *
   * <p>{@code DELETE /v1/api-keys/{key_id}} ({@code revokeApiKey}).
   */
  public ApiResponse<ApiKey> revokeApiKeyWithResponse(String keyId) {
    return revokeApiKeyWithResponse(keyId, RequestOptions.none());
  }

  /**
   * Revoke a restricted API key
   *
   * <p>{@code DELETE /v1/api-keys/{key_id}} ({@code revokeApiKey}).
   */
  public ApiResponse<ApiKey> revokeApiKeyWithResponse(String keyId, RequestOptions options) {
    return ctx.execute(revokeApiKeyRequest(keyId), ApiKey.class, options);
  }

  private ApiRequest rollApiKeyRequest(String keyId, RollApiKeyRequest body) {
    java.util.Objects.requireNonNull(keyId, "key_id is required");
    return ApiRequest.builder(
            "POST", "/v1/api-keys/" + ApiRequest.pathSegment(String.valueOf(keyId)) + "/roll")
        .operationId("rollApiKey")
        .auth(Auth.ACCOUNT)
        .idempotent(true)
        .body(body)
        .build();
  }

  /**
   * Roll a restricted API key
   *
   * <p>{@code POST /v1/api-keys/{key_id}/roll} ({@code rollApiKey}).
   */
  public ApiKey rollApiKey(String keyId, RollApiKeyRequest body) {
    return rollApiKey(keyId, body, RequestOptions.none());
  }

  /**
   * Roll a restricted API key
   *
   * <p>{@code POST /v1/api-keys/{key_id}/roll} ({@code rollApiKey}).
   */
  public ApiKey rollApiKey(String keyId, RollApiKeyRequest body, RequestOptions options) {
    return rollApiKeyWithResponse(keyId, body, options).data();
  }

  /**
   * Roll a restricted API key
   *
   * <p>{@code POST /v1/api-keys/{key_id}/roll} ({@code rollApiKey}).
   */
  public ApiResponse<ApiKey> rollApiKeyWithResponse(String keyId, RollApiKeyRequest body) {
    return rollApiKeyWithResponse(keyId, body, RequestOptions.none());
  }

  /**
   * Roll a restricted API key
   *
   * <p>{@code POST /v1/api-keys/{key_id}/roll} ({@code rollApiKey}).
   */
  public ApiResponse<ApiKey> rollApiKeyWithResponse(
      String keyId, RollApiKeyRequest body, RequestOptions options) {
    return ctx.execute(rollApiKeyRequest(keyId, body), ApiKey.class, options);
  }
}
