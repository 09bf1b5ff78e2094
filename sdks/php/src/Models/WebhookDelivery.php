<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Models;

/** Immutable. Build with named arguments, copy with with(...); fromArray() decodes wire JSON and keeps unknown members. */
final class WebhookDelivery implements \JsonSerializable
{
    /** Property => wire name. */
    public const WIRE = [
        'id' => 'id',
        'object' => 'object',
        'endpointId' => 'endpoint_id',
        'eventId' => 'event_id',
        'eventType' => 'event_type',
        'status' => 'status',
        'attemptCount' => 'attempt_count',
        'nextAttemptAt' => 'next_attempt_at',
        'attempts' => 'attempts',
        'createdAt' => 'created_at',
    ];

    /** @param array<string, mixed> $additionalProperties members this SDK version does not model */
    public function __construct(
        /** @var string|null Wire name id. Required. */
        public readonly ?string $id = null,
        /** @var string|null Wire name object. Required. */
        public readonly ?string $object = null,
        /** @var string|null Wire name endpoint_id. Required. */
        public readonly ?string $endpointId = null,
        /**
         * The `webhook-id` header value; unchanged on retries and replays.
         *
         * @var string|null Wire name event_id. Required.
         */
        public readonly ?string $eventId = null,
        /** @var string|null Wire name event_type. Required. */
        public readonly ?string $eventType = null,
        /** @var string|null Wire name status. Required. */
        public readonly ?string $status = null,
        /** @var int|null Wire name attempt_count. Required. */
        public readonly ?int $attemptCount = null,
        /** @var string|null Wire name next_attempt_at. Optional. May be null. */
        public readonly ?string $nextAttemptAt = null,
        /** @var list<DeliveryAttempt>|null Wire name attempts. Required. */
        public readonly ?array $attempts = null,
        /** @var string|null Wire name created_at. Required. */
        public readonly ?string $createdAt = null,
        public readonly array $additionalProperties = [],
    ) {
    }

    /** @param array<string, mixed> $data wire JSON decoded to arrays */
    public static function fromArray(array $data): self
    {
        return new self(
            id: $data['id'] ?? null,
            object: $data['object'] ?? null,
            endpointId: $data['endpoint_id'] ?? null,
            eventId: $data['event_id'] ?? null,
            eventType: $data['event_type'] ?? null,
            status: $data['status'] ?? null,
            attemptCount: $data['attempt_count'] ?? null,
            nextAttemptAt: $data['next_attempt_at'] ?? null,
            attempts: isset($data['attempts']) ? array_map(static fn ($x0) => DeliveryAttempt::fromArray($x0), $data['attempts']) : null,
            createdAt: $data['created_at'] ?? null,
            additionalProperties: array_diff_key($data, array_flip(self::WIRE)),
        );
    }

    /** @return array<string, mixed> wire names; null members left out; nested models stay objects (JsonSerializable) */
    public function toArray(): array
    {
        $out = [];
        foreach (self::WIRE as $prop => $wire) {
            if ($this->$prop !== null) {
                $out[$wire] = $this->$prop;
            }
        }
        return $out + $this->additionalProperties;
    }

    public function jsonSerialize(): mixed
    {
        $a = $this->toArray();
        return $a === [] ? new \stdClass() : $a;
    }

    /** A copy with some properties changed: $doc->with(name: 'x'). */
    public function with(mixed ...$changes): self
    {
        return new self(...array_merge(get_object_vars($this), $changes));
    }
}
