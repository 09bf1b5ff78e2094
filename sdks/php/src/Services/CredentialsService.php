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

/** Operations of the credentials resource. Arguments are named; every method takes an optional RequestOptions last. */
final class CredentialsService
{
    public function __construct(private readonly Context $ctx)
    {
    }

    private function listRequest(string $gstin, ?int $limit, ?string $startingAfter): ApiRequest
    {
        return new ApiRequest(
            'GET',
            '/v1/gstins/' . ApiRequest::segment($gstin) . '/credentials',
            'listCredentials',
            Auth::Account,
            idempotent: false,
            query: ApiRequest::params(['limit' => $limit, 'starting_after' => $startingAfter]),
        );
    }

    /**
     * List the OAuth clients of a GSTIN.
     *
     * Lists credentials with their secrets' ids and prefixes (never the secrets themselves),
     * revoked ones included.
     *
     * GET /v1/gstins/{gstin}/credentials (listCredentials).
     */
    public function list(string $gstin, ?int $limit = null, ?string $startingAfter = null, ?RequestOptions $options = null): Models\CredentialList
    {
        return $this->listWithResponse($gstin, $limit, $startingAfter, $options)->data;
    }

    /**
     * List the OAuth clients of a GSTIN.
     *
     * GET /v1/gstins/{gstin}/credentials (listCredentials).
     *
     * Like list(), with the final response (status, headers, Idempotent-Replayed) around the result.
     */
    public function listWithResponse(string $gstin, ?int $limit = null, ?string $startingAfter = null, ?RequestOptions $options = null): Response
    {
        return $this->ctx->execute($this->listRequest($gstin, $limit, $startingAfter), static fn ($d) => Models\CredentialList::fromArray($d), $options);
    }

    /** Every item of every page, fetched lazily as you iterate (listCredentials). */
    public function listAutoPaging(string $gstin, ?int $limit = null, ?string $startingAfter = null, ?RequestOptions $options = null): AutoPager
    {
        $first = $this->listRequest($gstin, $limit, $startingAfter);
        return new AutoPager(function (?string $cursor) use ($first, $options): array {
            $req = $cursor === null ? $first : $first->withQuery('starting_after', $cursor);
            $p = $this->ctx->execute($req, static fn ($d) => Models\CredentialList::fromArray($d), $options)->data;
            return ['data' => $p->data ?? [], 'has_more' => (bool) $p->hasMore, 'next_cursor' => $p->nextCursor];
        });
    }

    private function createRequest(string $gstin, Models\CreateCredentialRequest|array $body): ApiRequest
    {
        return new ApiRequest(
            'POST',
            '/v1/gstins/' . ApiRequest::segment($gstin) . '/credentials',
            'createCredential',
            Auth::Account,
            idempotent: true,
            body: $body,
        );
    }

    /**
     * Create an OAuth client for a GSTIN.
     *
     * Creates an OAuth client (`client_id` + `client_secret`) that can obtain tokens for this
     * GSTIN only, limited to the given scopes: `irn:write` (generate and cancel IRNs, bulk),
     * `ewb:write` (e-way bills), `notes:write` (credit and debit notes), `read` (every GET on
     * documents, logs and GSTIN details). **The secret is returned once, in this response only**:
     * einvoice stores a hash and the first characters (`prefix`) for display. The plan sets the
     * rate limit: `developer` 10 requests/s, `standard` 100 requests/s, `custom` a rate agreed
     * with us.
     *
     * With `require_signatures: true` every request of this client must carry a valid RFC 9421
     * signature made with the returned `signing_key`: its token requests and every call with its
     * tokens. Unsigned ones are refused with 401 (`invalid_client` on the token endpoint,
     * `invalid_signature` elsewhere), so stripping the signature does not bypass it. The setting
     * is fixed at creation: to start requiring signatures for an existing integration, create a
     * new credential with `require_signatures: true`, configure the client with its secret and
     * signing key, then revoke the old credential (`revokeCredential`).
     *
     * POST /v1/gstins/{gstin}/credentials (createCredential).
     */
    public function create(string $gstin, Models\CreateCredentialRequest|array $body, ?RequestOptions $options = null): Models\CredentialWithSecret
    {
        return $this->createWithResponse($gstin, $body, $options)->data;
    }

    /**
     * Create an OAuth client for a GSTIN.
     *
     * POST /v1/gstins/{gstin}/credentials (createCredential).
     *
     * Like create(), with the final response (status, headers, Idempotent-Replayed) around the result.
     */
    public function createWithResponse(string $gstin, Models\CreateCredentialRequest|array $body, ?RequestOptions $options = null): Response
    {
        return $this->ctx->execute($this->createRequest($gstin, $body), static fn ($d) => Models\CredentialWithSecret::fromArray($d), $options);
    }

    private function getRequest(string $clientId): ApiRequest
    {
        return new ApiRequest(
            'GET',
            '/v1/credentials/' . ApiRequest::segment($clientId),
            'getCredential',
            Auth::Account,
            idempotent: false,
        );
    }

    /**
     * Get an OAuth client.
     *
     * One credential as `listCredentials` shows it: its secrets' ids and prefixes, never the
     * secrets themselves; revoked credentials too. This is where `createCredential`'s `Location`
     * points. A client of another account is 404, like one that does not exist.
     *
     * GET /v1/credentials/{client_id} (getCredential).
     */
    public function get(string $clientId, ?RequestOptions $options = null): Models\Credential
    {
        return $this->getWithResponse($clientId, $options)->data;
    }

    /**
     * Get an OAuth client.
     *
     * GET /v1/credentials/{client_id} (getCredential).
     *
     * Like get(), with the final response (status, headers, Idempotent-Replayed) around the result.
     */
    public function getWithResponse(string $clientId, ?RequestOptions $options = null): Response
    {
        return $this->ctx->execute($this->getRequest($clientId), static fn ($d) => Models\Credential::fromArray($d), $options);
    }

    private function revokeRequest(string $clientId): ApiRequest
    {
        return new ApiRequest(
            'DELETE',
            '/v1/credentials/' . ApiRequest::segment($clientId),
            'revokeCredential',
            Auth::Account,
            idempotent: false,
        );
    }

    /**
     * Revoke an OAuth client.
     *
     * Revokes the client and every secret it has. Takes effect immediately: tokens already issued
     * to it stop working on their next use, and new token requests get `invalid_client`. Cannot be
     * undone.
     *
     * DELETE /v1/credentials/{client_id} (revokeCredential).
     */
    public function revoke(string $clientId, ?RequestOptions $options = null): Models\Credential
    {
        return $this->revokeWithResponse($clientId, $options)->data;
    }

    /**
     * Revoke an OAuth client.
     *
     * DELETE /v1/credentials/{client_id} (revokeCredential).
     *
     * Like revoke(), with the final response (status, headers, Idempotent-Replayed) around the result.
     */
    public function revokeWithResponse(string $clientId, ?RequestOptions $options = null): Response
    {
        return $this->ctx->execute($this->revokeRequest($clientId), static fn ($d) => Models\Credential::fromArray($d), $options);
    }

    private function addSecretRequest(string $clientId, Models\AddSecretRequest|array|null $body): ApiRequest
    {
        return new ApiRequest(
            'POST',
            '/v1/credentials/' . ApiRequest::segment($clientId) . '/secrets',
            'addCredentialSecret',
            Auth::Account,
            idempotent: true,
            body: $body,
        );
    }

    /**
     * Add a second secret (rotation).
     *
     * Adds a new secret to the client so you can rotate without downtime: deploy the new secret,
     * then revoke the old one with `revokeCredentialSecret`. At most two secrets are active at a
     * time; a third answers 409. The secret is returned once, in this response only.
     *
     * POST /v1/credentials/{client_id}/secrets (addCredentialSecret).
     */
    public function addSecret(string $clientId, Models\AddSecretRequest|array|null $body = null, ?RequestOptions $options = null): Models\NewSecret
    {
        return $this->addSecretWithResponse($clientId, $body, $options)->data;
    }

    /**
     * Add a second secret (rotation).
     *
     * POST /v1/credentials/{client_id}/secrets (addCredentialSecret).
     *
     * Like addSecret(), with the final response (status, headers, Idempotent-Replayed) around the result.
     */
    public function addSecretWithResponse(string $clientId, Models\AddSecretRequest|array|null $body = null, ?RequestOptions $options = null): Response
    {
        return $this->ctx->execute($this->addSecretRequest($clientId, $body), static fn ($d) => Models\NewSecret::fromArray($d), $options);
    }

    private function revokeSecretRequest(string $clientId, string $secretId): ApiRequest
    {
        return new ApiRequest(
            'DELETE',
            '/v1/credentials/' . ApiRequest::segment($clientId) . '/secrets/' . ApiRequest::segment($secretId),
            'revokeCredentialSecret',
            Auth::Account,
            idempotent: false,
        );
    }

    /**
     * Revoke one secret.
     *
     * Revokes one secret of the client, effective immediately; tokens obtained with it stop
     * working. Revoking the last active secret is refused (409): revoke the credential instead.
     *
     * DELETE /v1/credentials/{client_id}/secrets/{secret_id} (revokeCredentialSecret).
     */
    public function revokeSecret(string $clientId, string $secretId, ?RequestOptions $options = null): Models\Credential
    {
        return $this->revokeSecretWithResponse($clientId, $secretId, $options)->data;
    }

    /**
     * Revoke one secret.
     *
     * DELETE /v1/credentials/{client_id}/secrets/{secret_id} (revokeCredentialSecret).
     *
     * Like revokeSecret(), with the final response (status, headers, Idempotent-Replayed) around the result.
     */
    public function revokeSecretWithResponse(string $clientId, string $secretId, ?RequestOptions $options = null): Response
    {
        return $this->ctx->execute($this->revokeSecretRequest($clientId, $secretId), static fn ($d) => Models\Credential::fromArray($d), $options);
    }
}
