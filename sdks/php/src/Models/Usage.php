<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Models;

/** Immutable. Build with named arguments, copy with with(...); fromArray() decodes wire JSON and keeps unknown members. */
final class Usage implements \JsonSerializable
{
    /** Property => wire name. */
    public const WIRE = [
        'object' => 'object',
        'tenant' => 'tenant',
        'granularity' => 'granularity',
        'from' => 'from',
        'to' => 'to',
        'data' => 'data',
        'totals' => 'totals',
    ];

    /** @param array<string, mixed> $additionalProperties members this SDK version does not model */
    public function __construct(
        /** @var string|null Wire name object. Required. */
        public readonly ?string $object = null,
        /** @var string|null The tenant counted; null for the whole account. Wire name tenant. Required. May be null. */
        public readonly ?string $tenant = null,
        /** @var string|null Wire name granularity. Required. */
        public readonly ?string $granularity = null,
        /** @var string|null First IST day counted (YYYY-MM-DD). Wire name from. Required. */
        public readonly ?string $from = null,
        /** @var string|null Last IST day counted (YYYY-MM-DD), inclusive. Wire name to. Required. */
        public readonly ?string $to = null,
        /** @var list<UsagePeriod>|null Every period of the range, oldest first. Wire name data. Required. */
        public readonly ?array $data = null,
        /** @var UsageCounters|null Wire name totals. Required. */
        public readonly ?UsageCounters $totals = null,
        public readonly array $additionalProperties = [],
    ) {
    }

    /** @param array<string, mixed> $data wire JSON decoded to arrays */
    public static function fromArray(array $data): self
    {
        return new self(
            object: $data['object'] ?? null,
            tenant: $data['tenant'] ?? null,
            granularity: $data['granularity'] ?? null,
            from: $data['from'] ?? null,
            to: $data['to'] ?? null,
            data: isset($data['data']) ? array_map(static fn ($x0) => UsagePeriod::fromArray($x0), $data['data']) : null,
            totals: isset($data['totals']) ? UsageCounters::fromArray($data['totals']) : null,
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
