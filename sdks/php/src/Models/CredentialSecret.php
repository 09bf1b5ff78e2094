<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Models;

/**
 * A client secret, as stored (hash only); `prefix` helps you tell them apart.
 *
 * Immutable. Build with named arguments, copy with with(...); fromArray() decodes wire JSON and keeps unknown members.
 */
final class CredentialSecret implements \JsonSerializable
{
    /** Property => wire name. */
    public const WIRE = [
        'id' => 'id',
        'prefix' => 'prefix',
        'createdAt' => 'created_at',
        'expiresAt' => 'expires_at',
        'revokedAt' => 'revoked_at',
        'lastUsedAt' => 'last_used_at',
    ];

    /** @param array<string, mixed> $additionalProperties members this SDK version does not model */
    public function __construct(
        /** @var string|null Wire name id. Required. */
        public readonly ?string $id = null,
        /** @var string|null First characters of the secret. Wire name prefix. Required. */
        public readonly ?string $prefix = null,
        /** @var string|null Wire name created_at. Required. */
        public readonly ?string $createdAt = null,
        /** @var string|null Wire name expires_at. Optional. May be null. */
        public readonly ?string $expiresAt = null,
        /** @var string|null Wire name revoked_at. Optional. May be null. */
        public readonly ?string $revokedAt = null,
        /** @var string|null Wire name last_used_at. Optional. May be null. */
        public readonly ?string $lastUsedAt = null,
        public readonly array $additionalProperties = [],
    ) {
    }

    /** @param array<string, mixed> $data wire JSON decoded to arrays */
    public static function fromArray(array $data): self
    {
        return new self(
            id: $data['id'] ?? null,
            prefix: $data['prefix'] ?? null,
            createdAt: $data['created_at'] ?? null,
            expiresAt: $data['expires_at'] ?? null,
            revokedAt: $data['revoked_at'] ?? null,
            lastUsedAt: $data['last_used_at'] ?? null,
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
