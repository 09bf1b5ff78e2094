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

/** Operations of the webhook deliveries resource. Arguments are named; every method takes an optional RequestOptions last. */
final class WebhookDeliveriesService
{
    public function __construct(private readonly Context $ctx)
    {
    }

    private function listRequest(?string $endpointId, ?string $status, ?string $eventType, ?int $limit, ?string $startingAfter): ApiRequest
    {
        return new ApiRequest(
            'GET',
            '/v1/webhook-deliveries',
            'listWebhookDeliveries',
            Auth::Account,
            idempotent: false,
            query: ApiRequest::params(['endpoint_id' => $endpointId, 'status' => $status, 'event_type' => $eventType, 'limit' => $limit, 'starting_after' => $startingAfter]),
        );
    }

    /**
     * List webhook deliveries.
     *
     * Deliveries with their per-attempt log (status code, latency, response excerpt), newest
     * first. `status=dead` is the dead-letter queue: deliveries whose whole retry schedule failed
     * (immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h, with jitter). Replay them with
     * `replayWebhookDelivery`.
     *
     * GET /v1/webhook-deliveries (listWebhookDeliveries).
     */
    public function list(?string $endpointId = null, ?string $status = null, ?string $eventType = null, ?int $limit = null, ?string $startingAfter = null, ?RequestOptions $options = null): Models\WebhookDeliveryList
    {
        return $this->listWithResponse($endpointId, $status, $eventType, $limit, $startingAfter, $options)->data;
    }

    /**
     * List webhook deliveries.
     *
     * GET /v1/webhook-deliveries (listWebhookDeliveries).
     *
     * Like list(), with the final response (status, headers, Idempotent-Replayed) around the result.
     */
    public function listWithResponse(?string $endpointId = null, ?string $status = null, ?string $eventType = null, ?int $limit = null, ?string $startingAfter = null, ?RequestOptions $options = null): Response
    {
        return $this->ctx->execute($this->listRequest($endpointId, $status, $eventType, $limit, $startingAfter), static fn ($d) => Models\WebhookDeliveryList::fromArray($d), $options);
    }

    /** Every item of every page, fetched lazily as you iterate (listWebhookDeliveries). */
    public function listAutoPaging(?string $endpointId = null, ?string $status = null, ?string $eventType = null, ?int $limit = null, ?string $startingAfter = null, ?RequestOptions $options = null): AutoPager
    {
        $first = $this->listRequest($endpointId, $status, $eventType, $limit, $startingAfter);
        return new AutoPager(function (?string $cursor) use ($first, $options): array {
            $req = $cursor === null ? $first : $first->withQuery('starting_after', $cursor);
            $p = $this->ctx->execute($req, static fn ($d) => Models\WebhookDeliveryList::fromArray($d), $options)->data;
            return ['data' => $p->data ?? [], 'has_more' => (bool) $p->hasMore, 'next_cursor' => $p->nextCursor];
        });
    }

    private function replayRequest(string $deliveryId): ApiRequest
    {
        return new ApiRequest(
            'POST',
            '/v1/webhook-deliveries/' . ApiRequest::segment($deliveryId) . '/replay',
            'replayWebhookDelivery',
            Auth::Account,
            idempotent: true,
        );
    }

    /**
     * Replay a delivery.
     *
     * Delivers the event again now, with the **same** `webhook-id` (so receivers de-duplicate) and
     * a fresh timestamp and signature. Works for any delivery; typical use is draining the
     * dead-letter queue once the receiver is fixed. The delivery goes back to `pending` and
     * follows the retry schedule.
     *
     * POST /v1/webhook-deliveries/{delivery_id}/replay (replayWebhookDelivery).
     */
    public function replay(string $deliveryId, ?RequestOptions $options = null): Models\WebhookDelivery
    {
        return $this->replayWithResponse($deliveryId, $options)->data;
    }

    /**
     * Replay a delivery.
     *
     * POST /v1/webhook-deliveries/{delivery_id}/replay (replayWebhookDelivery).
     *
     * Like replay(), with the final response (status, headers, Idempotent-Replayed) around the result.
     */
    public function replayWithResponse(string $deliveryId, ?RequestOptions $options = null): Response
    {
        return $this->ctx->execute($this->replayRequest($deliveryId), static fn ($d) => Models\WebhookDelivery::fromArray($d), $options);
    }
}
