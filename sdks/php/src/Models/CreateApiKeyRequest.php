<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Models;

/** Immutable. Build with named arguments, copy with with(...); fromArray() decodes wire JSON and keeps unknown members. */
final class CreateApiKeyRequest implements \JsonSerializable
{
    /** Property => wire name. */
    public const WIRE = [
        'name' => 'name',
        'tenant' => 'tenant',
        'permissions' => 'permissions',
    ];

    /** @param array<string, mixed> $additionalProperties members this SDK version does not model */
    public function __construct(
        /** @var string Wire name name. Required. */
        public readonly string $name,
        /** @var list<string> Wire name permissions. Required. */
        public readonly array $permissions,
        /** @var string|null Wire name tenant. Optional. */
        public readonly ?string $tenant = null,
        public readonly array $additionalProperties = [],
    ) {
    }

    /** @param array<string, mixed> $data wire JSON decoded to arrays */
    public static function fromArray(array $data): self
    {
        return new self(
            name: $data['name'] ?? throw new \InvalidArgumentException('CreateApiKeyRequest: name (name) is required'),
            tenant: $data['tenant'] ?? null,
            permissions: $data['permissions'] ?? throw new \InvalidArgumentException('CreateApiKeyRequest: permissions (permissions) is required'),
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
