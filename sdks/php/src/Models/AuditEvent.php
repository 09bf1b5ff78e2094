<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Models;

/** Immutable. Build with named arguments, copy with with(...); fromArray() decodes wire JSON and keeps unknown members. */
final class AuditEvent implements \JsonSerializable
{
    /** Property => wire name. */
    public const WIRE = [
        'id' => 'id',
        'object' => 'object',
        'type' => 'type',
        'occurredAt' => 'occurred_at',
        'actor' => 'actor',
        'gstin' => 'gstin',
        'clientId' => 'client_id',
        'requestId' => 'request_id',
        'ip' => 'ip',
        'data' => 'data',
        'tenant' => 'tenant',
    ];

    /** @param array<string, mixed> $additionalProperties members this SDK version does not model */
    public function __construct(
        /** @var string|null Wire name id. Required. */
        public readonly ?string $id = null,
        /** @var string|null Wire name object. Required. */
        public readonly ?string $object = null,
        /** @var string|null Wire name type. Required. */
        public readonly ?string $type = null,
        /** @var string|null Wire name occurred_at. Required. */
        public readonly ?string $occurredAt = null,
        /** @var AuditEventActor|null Wire name actor. Required. */
        public readonly ?AuditEventActor $actor = null,
        /** @var string|null Wire name gstin. Optional. May be null. */
        public readonly ?string $gstin = null,
        /** @var string|null Wire name client_id. Optional. May be null. */
        public readonly ?string $clientId = null,
        /** @var string|null Wire name request_id. Optional. May be null. */
        public readonly ?string $requestId = null,
        /** @var string|null Wire name ip. Optional. May be null. */
        public readonly ?string $ip = null,
        /**
         * Event-specific facts (never secrets)., additionalProperties: true
         *
         * @var array<string, mixed>|null Wire name data. Optional.
         */
        public readonly ?array $data = null,
        /**
         * The tenant it belongs to (null: the account itself).
         *
         * @var string|null Wire name tenant. Optional. May be null.
         */
        public readonly ?string $tenant = null,
        public readonly array $additionalProperties = [],
    ) {
    }

    /** @param array<string, mixed> $data wire JSON decoded to arrays */
    public static function fromArray(array $data): self
    {
        return new self(
            id: $data['id'] ?? null,
            object: $data['object'] ?? null,
            type: $data['type'] ?? null,
            occurredAt: $data['occurred_at'] ?? null,
            actor: isset($data['actor']) ? AuditEventActor::fromArray($data['actor']) : null,
            gstin: $data['gstin'] ?? null,
            clientId: $data['client_id'] ?? null,
            requestId: $data['request_id'] ?? null,
            ip: $data['ip'] ?? null,
            data: $data['data'] ?? null,
            tenant: $data['tenant'] ?? null,
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
