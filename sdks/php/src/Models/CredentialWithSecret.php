<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Models;

/**
 * A new credential with its secret and its request-signing key, shown this once.
 *
 * Immutable. Build with named arguments, copy with with(...); fromArray() decodes wire JSON and keeps unknown members.
 */
final class CredentialWithSecret implements \JsonSerializable
{
    /** Property => wire name. */
    public const WIRE = [
        'object' => 'object',
        'clientId' => 'client_id',
        'gstin' => 'gstin',
        'name' => 'name',
        'scopes' => 'scopes',
        'plan' => 'plan',
        'rateLimitRps' => 'rate_limit_rps',
        'requireSignatures' => 'require_signatures',
        'environment' => 'environment',
        'secrets' => 'secrets',
        'createdAt' => 'created_at',
        'revokedAt' => 'revoked_at',
        'clientSecret' => 'client_secret',
        'signingKey' => 'signing_key',
    ];

    /** @param array<string, mixed> $additionalProperties members this SDK version does not model */
    public function __construct(
        /** @var string|null Wire name object. Required. */
        public readonly ?string $object = null,
        /** @var string|null Wire name client_id. Required. */
        public readonly ?string $clientId = null,
        /** @var string|null Wire name gstin. Required. */
        public readonly ?string $gstin = null,
        /** @var string|null Wire name name. Optional. May be null. */
        public readonly ?string $name = null,
        /** @var list<string>|null Wire name scopes. Required. */
        public readonly ?array $scopes = null,
        /** @var string|null Wire name plan. Required. */
        public readonly ?string $plan = null,
        /** @var int|null Wire name rate_limit_rps. Required. */
        public readonly ?int $rateLimitRps = null,
        /**
         * Unsigned or badly signed requests of this client are refused (see `createCredential`).
         *
         * @var bool|null Wire name require_signatures. Required.
         */
        public readonly ?bool $requireSignatures = null,
        /** @var string|null Wire name environment. Required. */
        public readonly ?string $environment = null,
        /** @var list<CredentialSecret>|null Wire name secrets. Required. */
        public readonly ?array $secrets = null,
        /** @var string|null Wire name created_at. Required. */
        public readonly ?string $createdAt = null,
        /** @var string|null Wire name revoked_at. Optional. May be null. */
        public readonly ?string $revokedAt = null,
        /** @var string|null The secret. Shown once; store it now. Wire name client_secret. Required. */
        public readonly ?string $clientSecret = null,
        /** @var SigningKey|null Wire name signing_key. Required. */
        public readonly ?SigningKey $signingKey = null,
        public readonly array $additionalProperties = [],
    ) {
    }

    /** @param array<string, mixed> $data wire JSON decoded to arrays */
    public static function fromArray(array $data): self
    {
        return new self(
            object: $data['object'] ?? null,
            clientId: $data['client_id'] ?? null,
            gstin: $data['gstin'] ?? null,
            name: $data['name'] ?? null,
            scopes: $data['scopes'] ?? null,
            plan: $data['plan'] ?? null,
            rateLimitRps: $data['rate_limit_rps'] ?? null,
            requireSignatures: $data['require_signatures'] ?? null,
            environment: $data['environment'] ?? null,
            secrets: isset($data['secrets']) ? array_map(static fn ($x0) => CredentialSecret::fromArray($x0), $data['secrets']) : null,
            createdAt: $data['created_at'] ?? null,
            revokedAt: $data['revoked_at'] ?? null,
            clientSecret: $data['client_secret'] ?? null,
            signingKey: isset($data['signing_key']) ? SigningKey::fromArray($data['signing_key']) : null,
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
