<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Models;

/**
 * One attempt on the government side.
 *
 * Immutable. Build with named arguments, copy with with(...); fromArray() decodes wire JSON and keeps unknown members.
 */
final class UpstreamAttempt implements \JsonSerializable
{
    /** Property => wire name. */
    public const WIRE = [
        'gsp' => 'gsp',
        'irp' => 'irp',
        'status' => 'status',
        'nicCode' => 'nic_code',
        'latencyMs' => 'latency_ms',
        'outcome' => 'outcome',
        'startedAt' => 'started_at',
    ];

    /** @param array<string, mixed> $additionalProperties members this SDK version does not model */
    public function __construct(
        /** @var string|null Wire name gsp. Required. */
        public readonly ?string $gsp = null,
        /** @var string|null Wire name irp. Optional. May be null. */
        public readonly ?string $irp = null,
        /** @var int|null HTTP status from the GSP; null without an answer. Wire name status. Optional. May be null. */
        public readonly ?int $status = null,
        /** @var string|null Wire name nic_code. Optional. May be null. */
        public readonly ?string $nicCode = null,
        /** @var int|float|null Wire name latency_ms. Required. */
        public readonly int|float|null $latencyMs = null,
        /** @var string|null Wire name outcome. Required. */
        public readonly ?string $outcome = null,
        /** @var string|null Wire name started_at. Required. */
        public readonly ?string $startedAt = null,
        public readonly array $additionalProperties = [],
    ) {
    }

    /** @param array<string, mixed> $data wire JSON decoded to arrays */
    public static function fromArray(array $data): self
    {
        return new self(
            gsp: $data['gsp'] ?? null,
            irp: $data['irp'] ?? null,
            status: $data['status'] ?? null,
            nicCode: $data['nic_code'] ?? null,
            latencyMs: $data['latency_ms'] ?? null,
            outcome: $data['outcome'] ?? null,
            startedAt: $data['started_at'] ?? null,
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
