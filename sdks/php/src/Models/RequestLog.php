<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Models;

/** Immutable. Build with named arguments, copy with with(...); fromArray() decodes wire JSON and keeps unknown members. */
final class RequestLog implements \JsonSerializable
{
    /** Property => wire name. */
    public const WIRE = [
        'id' => 'id',
        'object' => 'object',
        'requestId' => 'request_id',
        'gstin' => 'gstin',
        'clientId' => 'client_id',
        'operation' => 'operation',
        'method' => 'method',
        'path' => 'path',
        'status' => 'status',
        'idempotencyKey' => 'idempotency_key',
        'replayed' => 'replayed',
        'irn' => 'irn',
        'latencyMs' => 'latency_ms',
        'upstreamAttempts' => 'upstream_attempts',
        'createdAt' => 'created_at',
        'apiVersion' => 'api_version',
        'warnings' => 'warnings',
        'tenant' => 'tenant',
        'requestBody' => 'request_body',
        'responseBody' => 'response_body',
        'schemaTranslation' => 'schema_translation',
    ];

    /** @param array<string, mixed> $additionalProperties members this SDK version does not model */
    public function __construct(
        /** @var string|null Wire name id. Required. */
        public readonly ?string $id = null,
        /** @var string|null Wire name object. Required. */
        public readonly ?string $object = null,
        /** @var string|null Wire name request_id. Required. */
        public readonly ?string $requestId = null,
        /** @var string|null Wire name gstin. Optional. May be null. */
        public readonly ?string $gstin = null,
        /** @var string|null Wire name client_id. Optional. May be null. */
        public readonly ?string $clientId = null,
        /** @var string|null The operationId called. Wire name operation. Required. */
        public readonly ?string $operation = null,
        /** @var string|null Wire name method. Required. */
        public readonly ?string $method = null,
        /** @var string|null Wire name path. Required. */
        public readonly ?string $path = null,
        /** @var int|null Wire name status. Required. */
        public readonly ?int $status = null,
        /** @var string|null Wire name idempotency_key. Optional. May be null. */
        public readonly ?string $idempotencyKey = null,
        /** @var bool|null Wire name replayed. Optional. */
        public readonly ?bool $replayed = null,
        /** @var string|null Wire name irn. Optional. May be null. */
        public readonly ?string $irn = null,
        /** @var LatencyBreakdown|null Wire name latency_ms. Required. */
        public readonly ?LatencyBreakdown $latencyMs = null,
        /** @var list<UpstreamAttempt>|null Wire name upstream_attempts. Required. */
        public readonly ?array $upstreamAttempts = null,
        /** @var string|null Wire name created_at. Required. */
        public readonly ?string $createdAt = null,
        /**
         * The dated API version the call was answered in (null: refused before one was chosen).
         *
         * @var string|null Wire name api_version. Optional. May be null.
         */
        public readonly ?string $apiVersion = null,
        /** @var list<ApiWarning>|null Deprecated request fields the call used. Wire name warnings. Optional. */
        public readonly ?array $warnings = null,
        /**
         * The tenant it belongs to (null: the account itself).
         *
         * @var string|null Wire name tenant. Optional. May be null.
         */
        public readonly ?string $tenant = null,
        /**
         * The request body with secrets redacted; null when not kept.
         *
         * @var mixed|null Wire name request_body. Required.
         */
        public readonly mixed $requestBody = null,
        /**
         * The response body with secrets redacted; null when not kept.
         *
         * @var mixed|null Wire name response_body. Required.
         */
        public readonly mixed $responseBody = null,
        /**
         * Set when the invoice went to the IRP in another NIC schema version than it was received
         * in.
         *
         * @var SchemaTranslation|null Wire name schema_translation. Optional. May be null.
         */
        public readonly ?SchemaTranslation $schemaTranslation = null,
        public readonly array $additionalProperties = [],
    ) {
    }

    /** @param array<string, mixed> $data wire JSON decoded to arrays */
    public static function fromArray(array $data): self
    {
        return new self(
            id: $data['id'] ?? null,
            object: $data['object'] ?? null,
            requestId: $data['request_id'] ?? null,
            gstin: $data['gstin'] ?? null,
            clientId: $data['client_id'] ?? null,
            operation: $data['operation'] ?? null,
            method: $data['method'] ?? null,
            path: $data['path'] ?? null,
            status: $data['status'] ?? null,
            idempotencyKey: $data['idempotency_key'] ?? null,
            replayed: $data['replayed'] ?? null,
            irn: $data['irn'] ?? null,
            latencyMs: isset($data['latency_ms']) ? LatencyBreakdown::fromArray($data['latency_ms']) : null,
            upstreamAttempts: isset($data['upstream_attempts']) ? array_map(static fn ($x0) => UpstreamAttempt::fromArray($x0), $data['upstream_attempts']) : null,
            createdAt: $data['created_at'] ?? null,
            apiVersion: $data['api_version'] ?? null,
            warnings: isset($data['warnings']) ? array_map(static fn ($x0) => ApiWarning::fromArray($x0), $data['warnings']) : null,
            tenant: $data['tenant'] ?? null,
            requestBody: $data['request_body'] ?? null,
            responseBody: $data['response_body'] ?? null,
            schemaTranslation: isset($data['schema_translation']) ? SchemaTranslation::fromArray($data['schema_translation']) : null,
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
