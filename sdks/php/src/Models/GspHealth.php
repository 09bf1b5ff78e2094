<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Models;

/** Immutable. Build with named arguments, copy with with(...); fromArray() decodes wire JSON and keeps unknown members. */
final class GspHealth implements \JsonSerializable
{
    /** Property => wire name. */
    public const WIRE = [
        'id' => 'id',
        'name' => 'name',
        'priority' => 'priority',
        'status' => 'status',
        'circuit' => 'circuit',
        'latencyMs' => 'latency_ms',
        'errorRate' => 'error_rate',
        'lastErrorAt' => 'last_error_at',
    ];

    /** @param array<string, mixed> $additionalProperties members this SDK version does not model */
    public function __construct(
        /** @var string|null Wire name id. Required. */
        public readonly ?string $id = null,
        /** @var string|null Wire name name. Optional. */
        public readonly ?string $name = null,
        /** @var int|null Wire name priority. Optional. */
        public readonly ?int $priority = null,
        /** @var string|null Wire name status. Required. */
        public readonly ?string $status = null,
        /**
         * `half_open`: the next call is a probe (the circuit was open for
         * `GSP_HALF_OPEN_AFTER_MS`).
         *
         * @var string|null Wire name circuit. Required.
         */
        public readonly ?string $circuit = null,
        /** @var LatencySummary|null Wire name latency_ms. Optional. */
        public readonly ?LatencySummary $latencyMs = null,
        /**
         * Share of failed calls over the last 5 minutes, since the circuit last closed.
         *
         * @var int|float|null Wire name error_rate. Optional.
         */
        public readonly int|float|null $errorRate = null,
        /** @var string|null Wire name last_error_at. Optional. May be null. */
        public readonly ?string $lastErrorAt = null,
        public readonly array $additionalProperties = [],
    ) {
    }

    /** @param array<string, mixed> $data wire JSON decoded to arrays */
    public static function fromArray(array $data): self
    {
        return new self(
            id: $data['id'] ?? null,
            name: $data['name'] ?? null,
            priority: $data['priority'] ?? null,
            status: $data['status'] ?? null,
            circuit: $data['circuit'] ?? null,
            latencyMs: isset($data['latency_ms']) ? LatencySummary::fromArray($data['latency_ms']) : null,
            errorRate: $data['error_rate'] ?? null,
            lastErrorAt: $data['last_error_at'] ?? null,
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
