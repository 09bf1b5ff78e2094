<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Models;

/** Immutable. Build with named arguments, copy with with(...); fromArray() decodes wire JSON and keeps unknown members. */
final class Tenant implements \JsonSerializable
{
    /** Property => wire name. */
    public const WIRE = [
        'id' => 'id',
        'object' => 'object',
        'name' => 'name',
        'metadata' => 'metadata',
        'plan' => 'plan',
        'rateLimitRps' => 'rate_limit_rps',
        'createdAt' => 'created_at',
        'updatedAt' => 'updated_at',
    ];

    /** @param array<string, mixed> $additionalProperties members this SDK version does not model */
    public function __construct(
        /** @var string|null Wire name id. Required. */
        public readonly ?string $id = null,
        /** @var string|null Wire name object. Required. */
        public readonly ?string $object = null,
        /** @var string|null Wire name name. Required. */
        public readonly ?string $name = null,
        /** @var Metadata|null Wire name metadata. Required. */
        public readonly ?Metadata $metadata = null,
        /** @var string|null Wire name plan. Required. */
        public readonly ?string $plan = null,
        /**
         * The plan's rate (requests/s): the default of credentials created under the tenant's
         * GSTINs.
         *
         * @var int|null Wire name rate_limit_rps. Required.
         */
        public readonly ?int $rateLimitRps = null,
        /** @var string|null Wire name created_at. Required. */
        public readonly ?string $createdAt = null,
        /** @var string|null Wire name updated_at. Required. */
        public readonly ?string $updatedAt = null,
        public readonly array $additionalProperties = [],
    ) {
    }

    /** @param array<string, mixed> $data wire JSON decoded to arrays */
    public static function fromArray(array $data): self
    {
        return new self(
            id: $data['id'] ?? null,
            object: $data['object'] ?? null,
            name: $data['name'] ?? null,
            metadata: isset($data['metadata']) ? Metadata::fromArray($data['metadata']) : null,
            plan: $data['plan'] ?? null,
            rateLimitRps: $data['rate_limit_rps'] ?? null,
            createdAt: $data['created_at'] ?? null,
            updatedAt: $data['updated_at'] ?? null,
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
