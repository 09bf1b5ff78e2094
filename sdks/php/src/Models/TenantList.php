<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Models;

/** Immutable. Build with named arguments, copy with with(...); fromArray() decodes wire JSON and keeps unknown members. */
final class TenantList implements \JsonSerializable
{
    /** Property => wire name. */
    public const WIRE = [
        'object' => 'object',
        'data' => 'data',
        'hasMore' => 'has_more',
        'nextCursor' => 'next_cursor',
    ];

    /** @param array<string, mixed> $additionalProperties members this SDK version does not model */
    public function __construct(
        /** @var string|null Wire name object. Required. */
        public readonly ?string $object = null,
        /** @var list<Tenant>|null Wire name data. Required. */
        public readonly ?array $data = null,
        /** @var bool|null Wire name has_more. Required. */
        public readonly ?bool $hasMore = null,
        /** @var string|null Wire name next_cursor. Required. May be null. */
        public readonly ?string $nextCursor = null,
        public readonly array $additionalProperties = [],
    ) {
    }

    /** @param array<string, mixed> $data wire JSON decoded to arrays */
    public static function fromArray(array $data): self
    {
        return new self(
            object: $data['object'] ?? null,
            data: isset($data['data']) ? array_map(static fn ($x0) => Tenant::fromArray($x0), $data['data']) : null,
            hasMore: $data['has_more'] ?? null,
            nextCursor: $data['next_cursor'] ?? null,
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
