<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Models;

/**
 * Milliseconds spent in each stage of the call.
 *
 * Immutable. Build with named arguments, copy with with(...); fromArray() decodes wire JSON and keeps unknown members.
 */
final class LatencyBreakdown implements \JsonSerializable
{
    /** Property => wire name. */
    public const WIRE = [
        'auth' => 'auth',
        'validation' => 'validation',
        'queue' => 'queue',
        'upstream' => 'upstream',
        'storage' => 'storage',
        'total' => 'total',
    ];

    /** @param array<string, mixed> $additionalProperties members this SDK version does not model */
    public function __construct(
        /** @var int|float|null Wire name auth. Optional. */
        public readonly int|float|null $auth = null,
        /** @var int|float|null Wire name validation. Optional. */
        public readonly int|float|null $validation = null,
        /** @var int|float|null Wire name queue. Optional. */
        public readonly int|float|null $queue = null,
        /** @var int|float|null Wire name upstream. Optional. */
        public readonly int|float|null $upstream = null,
        /** @var int|float|null Wire name storage. Optional. */
        public readonly int|float|null $storage = null,
        /** @var int|float|null Wire name total. Required. */
        public readonly int|float|null $total = null,
        public readonly array $additionalProperties = [],
    ) {
    }

    /** @param array<string, mixed> $data wire JSON decoded to arrays */
    public static function fromArray(array $data): self
    {
        return new self(
            auth: $data['auth'] ?? null,
            validation: $data['validation'] ?? null,
            queue: $data['queue'] ?? null,
            upstream: $data['upstream'] ?? null,
            storage: $data['storage'] ?? null,
            total: $data['total'] ?? null,
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
