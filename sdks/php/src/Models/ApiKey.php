<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Models;

/** Immutable. Build with named arguments, copy with with(...); fromArray() decodes wire JSON and keeps unknown members. */
final class ApiKey implements \JsonSerializable
{
    /** Property => wire name. */
    public const WIRE = [
        'id' => 'id',
        'object' => 'object',
        'name' => 'name',
        'tenant' => 'tenant',
        'permissions' => 'permissions',
        'key' => 'key',
        'last4' => 'last4',
        'createdAt' => 'created_at',
        'lastUsedAt' => 'last_used_at',
        'revokedAt' => 'revoked_at',
    ];

    /** @param array<string, mixed> $additionalProperties members this SDK version does not model */
    public function __construct(
        /** @var string|null Wire name id. Required. */
        public readonly ?string $id = null,
        /** @var string|null Wire name object. Required. */
        public readonly ?string $object = null,
        /** @var string|null Wire name name. Required. May be null. */
        public readonly ?string $name = null,
        /**
         * The tenant the key acts on (null: not bound to one).
         *
         * @var string|null Wire name tenant. Required. May be null.
         */
        public readonly ?string $tenant = null,
        /** @var list<string>|null Wire name permissions. Required. */
        public readonly ?array $permissions = null,
        /** @var string|null The secret: only in the answers of createApiKey and rollApiKey. Wire name key. Optional. */
        public readonly ?string $key = null,
        /** @var string|null Wire name last4. Required. May be null. */
        public readonly ?string $last4 = null,
        /** @var string|null Wire name created_at. Required. */
        public readonly ?string $createdAt = null,
        /** @var string|null Recorded at most once a minute. Wire name last_used_at. Required. May be null. */
        public readonly ?string $lastUsedAt = null,
        /** @var string|null Wire name revoked_at. Required. May be null. */
        public readonly ?string $revokedAt = null,
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
            tenant: $data['tenant'] ?? null,
            permissions: $data['permissions'] ?? null,
            key: $data['key'] ?? null,
            last4: $data['last4'] ?? null,
            createdAt: $data['created_at'] ?? null,
            lastUsedAt: $data['last_used_at'] ?? null,
            revokedAt: $data['revoked_at'] ?? null,
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
