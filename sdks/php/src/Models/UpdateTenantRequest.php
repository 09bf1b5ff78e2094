<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Models;

/** Immutable. Build with named arguments, copy with with(...); fromArray() decodes wire JSON and keeps unknown members. */
final class UpdateTenantRequest implements \JsonSerializable
{
    /** Property => wire name. */
    public const WIRE = [
        'name' => 'name',
        'metadata' => 'metadata',
        'plan' => 'plan',
        'rateLimitRps' => 'rate_limit_rps',
    ];

    /** @param array<string, mixed> $additionalProperties members this SDK version does not model */
    public function __construct(
        /** @var string|null Wire name name. Optional. */
        public readonly ?string $name = null,
        /**
         * Merged into the tenant's; a key set to an empty string is removed.
         *
         * @var array<string, string>|null Wire name metadata. Optional.
         */
        public readonly ?array $metadata = null,
        /** @var string|null Wire name plan. Optional. */
        public readonly ?string $plan = null,
        /** @var int|null With plan custom only. Wire name rate_limit_rps. Optional. */
        public readonly ?int $rateLimitRps = null,
        public readonly array $additionalProperties = [],
    ) {
    }

    /** @param array<string, mixed> $data wire JSON decoded to arrays */
    public static function fromArray(array $data): self
    {
        return new self(
            name: $data['name'] ?? null,
            metadata: $data['metadata'] ?? null,
            plan: $data['plan'] ?? null,
            rateLimitRps: $data['rate_limit_rps'] ?? null,
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
