<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Models;

/** Immutable. Build with named arguments, copy with with(...); fromArray() decodes wire JSON and keeps unknown members. */
final class IrnCancelledEvent implements \JsonSerializable
{
    /** Property => wire name. */
    public const WIRE = [
        'type' => 'type',
        'timestamp' => 'timestamp',
        'tenant' => 'tenant',
        'data' => 'data',
    ];

    /** @param array<string, mixed> $additionalProperties members this SDK version does not model */
    public function __construct(
        /** @var string|null Wire name type. Required. */
        public readonly ?string $type = null,
        /** @var string|null Wire name timestamp. Required. */
        public readonly ?string $timestamp = null,
        /**
         * The tenant the event belongs to (its GSTIN's); null: the account itself.
         *
         * @var string|null Wire name tenant. Optional. May be null.
         */
        public readonly ?string $tenant = null,
        /** @var IrnDocument|null Wire name data. Required. */
        public readonly ?IrnDocument $data = null,
        public readonly array $additionalProperties = [],
    ) {
    }

    /** @param array<string, mixed> $data wire JSON decoded to arrays */
    public static function fromArray(array $data): self
    {
        return new self(
            type: $data['type'] ?? null,
            timestamp: $data['timestamp'] ?? null,
            tenant: $data['tenant'] ?? null,
            data: isset($data['data']) ? IrnDocument::fromArray($data['data']) : null,
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
