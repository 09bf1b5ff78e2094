<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Services;

use Einvoice\Core\ApiRequest;
use Einvoice\Core\Auth;
use Einvoice\Core\AutoPager;
use Einvoice\Core\Context;
use Einvoice\Core\RequestOptions;
use Einvoice\Core\Response;
use Einvoice\Models;

/** Operations of the platforms resource. Arguments are named; every method takes an optional RequestOptions last. */
final class PlatformsService
{
    public function __construct(private readonly Context $ctx)
    {
    }

    private function listTenantsRequest(?int $limit, ?string $startingAfter): ApiRequest
    {
        return new ApiRequest(
            'GET',
            '/v1/tenants',
            'listTenants',
            Auth::Account,
            idempotent: false,
            query: ApiRequest::params(['limit' => $limit, 'starting_after' => $startingAfter]),
        );
    }

    /**
     * List tenants.
     *
     * The account's tenants, newest first. Acting on a tenant (the header, or a key bound to one),
     * the list holds that tenant only.
     *
     * GET /v1/tenants (listTenants).
     */
    public function listTenants(?int $limit = null, ?string $startingAfter = null, ?RequestOptions $options = null): Models\TenantList
    {
        return $this->listTenantsWithResponse($limit, $startingAfter, $options)->data;
    }

    /**
     * List tenants.
     *
     * GET /v1/tenants (listTenants).
     *
     * Like listTenants(), with the final response (status, headers, Idempotent-Replayed) around the result.
     */
    public function listTenantsWithResponse(?int $limit = null, ?string $startingAfter = null, ?RequestOptions $options = null): Response
    {
        return $this->ctx->execute($this->listTenantsRequest($limit, $startingAfter), static fn ($d) => Models\TenantList::fromArray($d), $options);
    }

    /** Every item of every page, fetched lazily as you iterate (listTenants). */
    public function listTenantsAutoPaging(?int $limit = null, ?string $startingAfter = null, ?RequestOptions $options = null): AutoPager
    {
        $first = $this->listTenantsRequest($limit, $startingAfter);
        return new AutoPager(function (?string $cursor) use ($first, $options): array {
            $req = $cursor === null ? $first : $first->withQuery('starting_after', $cursor);
            $p = $this->ctx->execute($req, static fn ($d) => Models\TenantList::fromArray($d), $options)->data;
            return ['data' => $p->data ?? [], 'has_more' => (bool) $p->hasMore, 'next_cursor' => $p->nextCursor];
        });
    }

    private function createTenantRequest(Models\CreateTenantRequest|array $body): ApiRequest
    {
        return new ApiRequest(
            'POST',
            '/v1/tenants',
            'createTenant',
            Auth::Account,
            idempotent: true,
            body: $body,
        );
    }

    /**
     * Create a tenant.
     *
     * A business you invoice for. Register its GSTINs with `Einvoice-Tenant: ten_...` (or a key
     * bound to it): they, their credentials, documents, webhook endpoints, request logs and audit
     * events then belong to it. Its plan is the default of the credentials created under its
     * GSTINs: `developer` 10 requests/s, `standard` 100, `custom` its `rate_limit_rps`. A
     * restricted key bound to a tenant cannot create tenants.
     *
     * POST /v1/tenants (createTenant).
     */
    public function createTenant(Models\CreateTenantRequest|array $body, ?RequestOptions $options = null): Models\Tenant
    {
        return $this->createTenantWithResponse($body, $options)->data;
    }

    /**
     * Create a tenant.
     *
     * POST /v1/tenants (createTenant).
     *
     * Like createTenant(), with the final response (status, headers, Idempotent-Replayed) around the result.
     */
    public function createTenantWithResponse(Models\CreateTenantRequest|array $body, ?RequestOptions $options = null): Response
    {
        return $this->ctx->execute($this->createTenantRequest($body), static fn ($d) => Models\Tenant::fromArray($d), $options);
    }

    private function getTenantRequest(string $tenantId): ApiRequest
    {
        return new ApiRequest(
            'GET',
            '/v1/tenants/' . ApiRequest::segment($tenantId),
            'getTenant',
            Auth::Account,
            idempotent: false,
        );
    }

    /**
     * Get a tenant.
     *
     * One tenant of the account. Another tenant, seen while acting on a tenant, is answered
     * exactly as an unknown one (404 `tenant_not_found`).
     *
     * GET /v1/tenants/{tenant_id} (getTenant).
     */
    public function getTenant(string $tenantId, ?RequestOptions $options = null): Models\Tenant
    {
        return $this->getTenantWithResponse($tenantId, $options)->data;
    }

    /**
     * Get a tenant.
     *
     * GET /v1/tenants/{tenant_id} (getTenant).
     *
     * Like getTenant(), with the final response (status, headers, Idempotent-Replayed) around the result.
     */
    public function getTenantWithResponse(string $tenantId, ?RequestOptions $options = null): Response
    {
        return $this->ctx->execute($this->getTenantRequest($tenantId), static fn ($d) => Models\Tenant::fromArray($d), $options);
    }

    private function updateTenantRequest(string $tenantId, Models\UpdateTenantRequest|array $body): ApiRequest
    {
        return new ApiRequest(
            'PATCH',
            '/v1/tenants/' . ApiRequest::segment($tenantId),
            'updateTenant',
            Auth::Account,
            idempotent: false,
            body: $body,
        );
    }

    /**
     * Update a tenant.
     *
     * Changes the name, the plan (and its rate) or the metadata. Metadata is merged: a key set to
     * an empty string is removed. A new plan applies to credentials created afterwards.
     *
     * PATCH /v1/tenants/{tenant_id} (updateTenant).
     */
    public function updateTenant(string $tenantId, Models\UpdateTenantRequest|array $body, ?RequestOptions $options = null): Models\Tenant
    {
        return $this->updateTenantWithResponse($tenantId, $body, $options)->data;
    }

    /**
     * Update a tenant.
     *
     * PATCH /v1/tenants/{tenant_id} (updateTenant).
     *
     * Like updateTenant(), with the final response (status, headers, Idempotent-Replayed) around the result.
     */
    public function updateTenantWithResponse(string $tenantId, Models\UpdateTenantRequest|array $body, ?RequestOptions $options = null): Response
    {
        return $this->ctx->execute($this->updateTenantRequest($tenantId, $body), static fn ($d) => Models\Tenant::fromArray($d), $options);
    }

    private function listApiKeysRequest(?int $limit, ?string $startingAfter): ApiRequest
    {
        return new ApiRequest(
            'GET',
            '/v1/api-keys',
            'listApiKeys',
            Auth::Account,
            idempotent: false,
            query: ApiRequest::params(['limit' => $limit, 'starting_after' => $startingAfter]),
        );
    }

    /**
     * List restricted API keys.
     *
     * The account's restricted keys (never their secrets), newest first; acting on a tenant, that
     * tenant's only.
     *
     * GET /v1/api-keys (listApiKeys).
     */
    public function listApiKeys(?int $limit = null, ?string $startingAfter = null, ?RequestOptions $options = null): Models\ApiKeyList
    {
        return $this->listApiKeysWithResponse($limit, $startingAfter, $options)->data;
    }

    /**
     * List restricted API keys.
     *
     * GET /v1/api-keys (listApiKeys).
     *
     * Like listApiKeys(), with the final response (status, headers, Idempotent-Replayed) around the result.
     */
    public function listApiKeysWithResponse(?int $limit = null, ?string $startingAfter = null, ?RequestOptions $options = null): Response
    {
        return $this->ctx->execute($this->listApiKeysRequest($limit, $startingAfter), static fn ($d) => Models\ApiKeyList::fromArray($d), $options);
    }

    /** Every item of every page, fetched lazily as you iterate (listApiKeys). */
    public function listApiKeysAutoPaging(?int $limit = null, ?string $startingAfter = null, ?RequestOptions $options = null): AutoPager
    {
        $first = $this->listApiKeysRequest($limit, $startingAfter);
        return new AutoPager(function (?string $cursor) use ($first, $options): array {
            $req = $cursor === null ? $first : $first->withQuery('starting_after', $cursor);
            $p = $this->ctx->execute($req, static fn ($d) => Models\ApiKeyList::fromArray($d), $options)->data;
            return ['data' => $p->data ?? [], 'has_more' => (bool) $p->hasMore, 'next_cursor' => $p->nextCursor];
        });
    }

    private function createApiKeyRequest(Models\CreateApiKeyRequest|array $body): ApiRequest
    {
        return new ApiRequest(
            'POST',
            '/v1/api-keys',
            'createApiKey',
            Auth::Account,
            idempotent: true,
            body: $body,
        );
    }

    /**
     * Create a restricted API key.
     *
     * A key narrower than the account key: bound to a tenant (it acts on that tenant without the
     * header, and a header naming another tenant is answered 404 `tenant_not_found`) and/or to
     * permissions: `read` (every GET of account-level operations), `documents` (read, and create
     * OAuth credentials and their secrets, so it can mint tokens for its tenant's GSTINs), `admin`
     * (everything account-level; tenants only when not bound to one). An operation outside them is
     * 403 `permission_denied` naming the permission needed. The secret (`key`, `rk_test_...` or
     * `rk_live_...`) is in this answer only; it is stored as a hash. Needs the unrestricted
     * account key; audited (`api_key.created`).
     *
     * POST /v1/api-keys (createApiKey).
     */
    public function createApiKey(Models\CreateApiKeyRequest|array $body, ?RequestOptions $options = null): Models\ApiKey
    {
        return $this->createApiKeyWithResponse($body, $options)->data;
    }

    /**
     * Create a restricted API key.
     *
     * POST /v1/api-keys (createApiKey).
     *
     * Like createApiKey(), with the final response (status, headers, Idempotent-Replayed) around the result.
     */
    public function createApiKeyWithResponse(Models\CreateApiKeyRequest|array $body, ?RequestOptions $options = null): Response
    {
        return $this->ctx->execute($this->createApiKeyRequest($body), static fn ($d) => Models\ApiKey::fromArray($d), $options);
    }

    private function getApiKeyRequest(string $keyId): ApiRequest
    {
        return new ApiRequest(
            'GET',
            '/v1/api-keys/' . ApiRequest::segment($keyId),
            'getApiKey',
            Auth::Account,
            idempotent: false,
        );
    }

    /**
     * Get a restricted API key.
     *
     * One restricted key (without its secret), with when it was last used (recorded at most once a
     * minute).
     *
     * GET /v1/api-keys/{key_id} (getApiKey).
     */
    public function getApiKey(string $keyId, ?RequestOptions $options = null): Models\ApiKey
    {
        return $this->getApiKeyWithResponse($keyId, $options)->data;
    }

    /**
     * Get a restricted API key.
     *
     * GET /v1/api-keys/{key_id} (getApiKey).
     *
     * Like getApiKey(), with the final response (status, headers, Idempotent-Replayed) around the result.
     */
    public function getApiKeyWithResponse(string $keyId, ?RequestOptions $options = null): Response
    {
        return $this->ctx->execute($this->getApiKeyRequest($keyId), static fn ($d) => Models\ApiKey::fromArray($d), $options);
    }

    private function revokeApiKeyRequest(string $keyId): ApiRequest
    {
        return new ApiRequest(
            'DELETE',
            '/v1/api-keys/' . ApiRequest::segment($keyId),
            'revokeApiKey',
            Auth::Account,
            idempotent: false,
        );
    }

    /**
     * Revoke a restricted API key.
     *
     * Revokes the key (and the old secret of a roll): its very next call is refused with 401. The
     * answer is the key as revoked; it is then gone from get and list (404), and the audit trail
     * keeps it (`api_key.revoked`).
     *
     * DELETE /v1/api-keys/{key_id} (revokeApiKey).
     */
    public function revokeApiKey(string $keyId, ?RequestOptions $options = null): Models\ApiKey
    {
        return $this->revokeApiKeyWithResponse($keyId, $options)->data;
    }

    /**
     * Revoke a restricted API key.
     *
     * DELETE /v1/api-keys/{key_id} (revokeApiKey).
     *
     * Like revokeApiKey(), with the final response (status, headers, Idempotent-Replayed) around the result.
     */
    public function revokeApiKeyWithResponse(string $keyId, ?RequestOptions $options = null): Response
    {
        return $this->ctx->execute($this->revokeApiKeyRequest($keyId), static fn ($d) => Models\ApiKey::fromArray($d), $options);
    }

    private function rollApiKeyRequest(string $keyId, Models\RollApiKeyRequest|array|null $body): ApiRequest
    {
        return new ApiRequest(
            'POST',
            '/v1/api-keys/' . ApiRequest::segment($keyId) . '/roll',
            'rollApiKey',
            Auth::Account,
            idempotent: true,
            body: $body,
        );
    }

    /**
     * Roll a restricted API key.
     *
     * A new secret for the key (same id, tenant and permissions), in this answer only. The old
     * secret keeps working for `expires_in_seconds` (default 0: it stops now; at most 7 days).
     * Audited (`api_key.rolled`).
     *
     * POST /v1/api-keys/{key_id}/roll (rollApiKey).
     */
    public function rollApiKey(string $keyId, Models\RollApiKeyRequest|array|null $body = null, ?RequestOptions $options = null): Models\ApiKey
    {
        return $this->rollApiKeyWithResponse($keyId, $body, $options)->data;
    }

    /**
     * Roll a restricted API key.
     *
     * POST /v1/api-keys/{key_id}/roll (rollApiKey).
     *
     * Like rollApiKey(), with the final response (status, headers, Idempotent-Replayed) around the result.
     */
    public function rollApiKeyWithResponse(string $keyId, Models\RollApiKeyRequest|array|null $body = null, ?RequestOptions $options = null): Response
    {
        return $this->ctx->execute($this->rollApiKeyRequest($keyId, $body), static fn ($d) => Models\ApiKey::fromArray($d), $options);
    }
}
