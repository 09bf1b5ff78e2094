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

/** Operations of the webhook endpoints resource. Arguments are named; every method takes an optional RequestOptions last. */
final class WebhookEndpointsService
{
    public function __construct(private readonly Context $ctx)
    {
    }

    private function listRequest(?int $limit, ?string $startingAfter): ApiRequest
    {
        return new ApiRequest(
            'GET',
            '/v1/webhook-endpoints',
            'listWebhookEndpoints',
            Auth::Account,
            idempotent: false,
            query: ApiRequest::params(['limit' => $limit, 'starting_after' => $startingAfter]),
        );
    }

    /**
     * List webhook endpoints.
     *
     * Lists the account's webhook endpoints, newest first. Secrets are never listed.
     *
     * GET /v1/webhook-endpoints (listWebhookEndpoints).
     */
    public function list(?int $limit = null, ?string $startingAfter = null, ?RequestOptions $options = null): Models\WebhookEndpointList
    {
        return $this->listWithResponse($limit, $startingAfter, $options)->data;
    }

    /**
     * List webhook endpoints.
     *
     * GET /v1/webhook-endpoints (listWebhookEndpoints).
     *
     * Like list(), with the final response (status, headers, Idempotent-Replayed) around the result.
     */
    public function listWithResponse(?int $limit = null, ?string $startingAfter = null, ?RequestOptions $options = null): Response
    {
        return $this->ctx->execute($this->listRequest($limit, $startingAfter), static fn ($d) => Models\WebhookEndpointList::fromArray($d), $options);
    }

    /** Every item of every page, fetched lazily as you iterate (listWebhookEndpoints). */
    public function listAutoPaging(?int $limit = null, ?string $startingAfter = null, ?RequestOptions $options = null): AutoPager
    {
        $first = $this->listRequest($limit, $startingAfter);
        return new AutoPager(function (?string $cursor) use ($first, $options): array {
            $req = $cursor === null ? $first : $first->withQuery('starting_after', $cursor);
            $p = $this->ctx->execute($req, static fn ($d) => Models\WebhookEndpointList::fromArray($d), $options)->data;
            return ['data' => $p->data ?? [], 'has_more' => (bool) $p->hasMore, 'next_cursor' => $p->nextCursor];
        });
    }

    private function createRequest(Models\CreateWebhookEndpointRequest|array $body): ApiRequest
    {
        return new ApiRequest(
            'POST',
            '/v1/webhook-endpoints',
            'createWebhookEndpoint',
            Auth::Account,
            idempotent: true,
            body: $body,
        );
    }

    /**
     * Create a webhook endpoint.
     *
     * Registers an HTTPS URL to receive events, signed per the Standard Webhooks specification
     * (`webhook-id`, `webhook-timestamp`, `webhook-signature`). The signing secret (`whsec_...`)
     * is in this response and in `rotateWebhookSecret` only. Filter by event types (`["*"]` for
     * all) and optionally by GSTINs. URLs that resolve to loopback, private or link-local
     * addresses are refused, and redirects are never followed.
     *
     * Each attempt has 10 seconds to be answered (connecting included). Endpoints are served
     * independently: a slow or stalled endpoint holds at most a few deliveries in flight of its
     * own and never delays another endpoint's. An endpoint whose attempts have all failed for 5
     * days (no success in between) is disabled automatically: `status: disabled`,
     * `disabled_reason: failing`, a `webhook_endpoint.disabled` event to the account's other
     * endpoints and an audit event. Its pending deliveries wait; re-enable it with
     * `updateWebhookEndpoint` (`enabled: true`).
     *
     * POST /v1/webhook-endpoints (createWebhookEndpoint).
     */
    public function create(Models\CreateWebhookEndpointRequest|array $body, ?RequestOptions $options = null): Models\WebhookEndpointWithSecret
    {
        return $this->createWithResponse($body, $options)->data;
    }

    /**
     * Create a webhook endpoint.
     *
     * POST /v1/webhook-endpoints (createWebhookEndpoint).
     *
     * Like create(), with the final response (status, headers, Idempotent-Replayed) around the result.
     */
    public function createWithResponse(Models\CreateWebhookEndpointRequest|array $body, ?RequestOptions $options = null): Response
    {
        return $this->ctx->execute($this->createRequest($body), static fn ($d) => Models\WebhookEndpointWithSecret::fromArray($d), $options);
    }

    private function getRequest(string $endpointId): ApiRequest
    {
        return new ApiRequest(
            'GET',
            '/v1/webhook-endpoints/' . ApiRequest::segment($endpointId),
            'getWebhookEndpoint',
            Auth::Account,
            idempotent: false,
        );
    }

    /**
     * Get a webhook endpoint.
     *
     * Returns one endpoint of the account (without its secret).
     *
     * GET /v1/webhook-endpoints/{endpoint_id} (getWebhookEndpoint).
     */
    public function get(string $endpointId, ?RequestOptions $options = null): Models\WebhookEndpoint
    {
        return $this->getWithResponse($endpointId, $options)->data;
    }

    /**
     * Get a webhook endpoint.
     *
     * GET /v1/webhook-endpoints/{endpoint_id} (getWebhookEndpoint).
     *
     * Like get(), with the final response (status, headers, Idempotent-Replayed) around the result.
     */
    public function getWithResponse(string $endpointId, ?RequestOptions $options = null): Response
    {
        return $this->ctx->execute($this->getRequest($endpointId), static fn ($d) => Models\WebhookEndpoint::fromArray($d), $options);
    }

    private function deleteRequest(string $endpointId): ApiRequest
    {
        return new ApiRequest(
            'DELETE',
            '/v1/webhook-endpoints/' . ApiRequest::segment($endpointId),
            'deleteWebhookEndpoint',
            Auth::Account,
            idempotent: false,
        );
    }

    /**
     * Delete a webhook endpoint.
     *
     * Deletes the endpoint; its pending deliveries are dropped and its delivery log is kept for 30
     * days.
     *
     * DELETE /v1/webhook-endpoints/{endpoint_id} (deleteWebhookEndpoint).
     */
    public function delete(string $endpointId, ?RequestOptions $options = null): void
    {
        $this->deleteWithResponse($endpointId, $options);
    }

    /**
     * Delete a webhook endpoint.
     *
     * DELETE /v1/webhook-endpoints/{endpoint_id} (deleteWebhookEndpoint).
     *
     * Like delete(), with the final response (status, headers, Idempotent-Replayed) around the result.
     */
    public function deleteWithResponse(string $endpointId, ?RequestOptions $options = null): Response
    {
        return $this->ctx->execute($this->deleteRequest($endpointId), null, $options);
    }

    private function updateRequest(string $endpointId, Models\UpdateWebhookEndpointRequest|array $body): ApiRequest
    {
        return new ApiRequest(
            'PATCH',
            '/v1/webhook-endpoints/' . ApiRequest::segment($endpointId),
            'updateWebhookEndpoint',
            Auth::Account,
            idempotent: false,
            body: $body,
        );
    }

    /**
     * Update a webhook endpoint.
     *
     * Changes the URL, event filter, GSTIN filter, description or `enabled` flag. Omitted fields
     * are left as they are. Disabling stops new deliveries; pending ones wait until it is enabled
     * again. `enabled: true` re-enables an endpoint that was disabled, by you or automatically
     * after failing (`disabled_reason: failing`), and restarts its failure clock.
     *
     * PATCH /v1/webhook-endpoints/{endpoint_id} (updateWebhookEndpoint).
     */
    public function update(string $endpointId, Models\UpdateWebhookEndpointRequest|array $body, ?RequestOptions $options = null): Models\WebhookEndpoint
    {
        return $this->updateWithResponse($endpointId, $body, $options)->data;
    }

    /**
     * Update a webhook endpoint.
     *
     * PATCH /v1/webhook-endpoints/{endpoint_id} (updateWebhookEndpoint).
     *
     * Like update(), with the final response (status, headers, Idempotent-Replayed) around the result.
     */
    public function updateWithResponse(string $endpointId, Models\UpdateWebhookEndpointRequest|array $body, ?RequestOptions $options = null): Response
    {
        return $this->ctx->execute($this->updateRequest($endpointId, $body), static fn ($d) => Models\WebhookEndpoint::fromArray($d), $options);
    }

    private function rotateSecretRequest(string $endpointId, Models\RotateWebhookSecretRequest|array|null $body): ApiRequest
    {
        return new ApiRequest(
            'POST',
            '/v1/webhook-endpoints/' . ApiRequest::segment($endpointId) . '/rotate-secret',
            'rotateWebhookSecret',
            Auth::Account,
            idempotent: true,
            body: $body,
        );
    }

    /**
     * Rotate an endpoint's signing secret.
     *
     * Issues a new `whsec_` secret. During the grace period (default 24 h, at most 7 days) every
     * delivery carries two signatures, one per secret, in `webhook-signature`, so receivers can
     * switch without dropping events.
     *
     * POST /v1/webhook-endpoints/{endpoint_id}/rotate-secret (rotateWebhookSecret).
     */
    public function rotateSecret(string $endpointId, Models\RotateWebhookSecretRequest|array|null $body = null, ?RequestOptions $options = null): Models\WebhookEndpointWithSecret
    {
        return $this->rotateSecretWithResponse($endpointId, $body, $options)->data;
    }

    /**
     * Rotate an endpoint's signing secret.
     *
     * POST /v1/webhook-endpoints/{endpoint_id}/rotate-secret (rotateWebhookSecret).
     *
     * Like rotateSecret(), with the final response (status, headers, Idempotent-Replayed) around the result.
     */
    public function rotateSecretWithResponse(string $endpointId, Models\RotateWebhookSecretRequest|array|null $body = null, ?RequestOptions $options = null): Response
    {
        return $this->ctx->execute($this->rotateSecretRequest($endpointId, $body), static fn ($d) => Models\WebhookEndpointWithSecret::fromArray($d), $options);
    }
}
