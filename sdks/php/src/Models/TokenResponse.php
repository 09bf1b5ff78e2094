<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Models;

/** Immutable. Build with named arguments, copy with with(...); fromArray() decodes wire JSON and keeps unknown members. */
final class TokenResponse implements \JsonSerializable
{
    /** Property => wire name. */
    public const WIRE = [
        'accessToken' => 'access_token',
        'tokenType' => 'token_type',
        'expiresIn' => 'expires_in',
        'scope' => 'scope',
        'warnings' => 'warnings',
    ];

    /** @param array<string, mixed> $additionalProperties members this SDK version does not model */
    public function __construct(
        /** @var string|null Opaque bearer token for the credential's GSTIN. Wire name access_token. Required. */
        public readonly ?string $accessToken = null,
        /** @var string|null Wire name token_type. Required. */
        public readonly ?string $tokenType = null,
        /** @var int|null Lifetime in seconds (15 minutes by default). Wire name expires_in. Required. */
        public readonly ?int $expiresIn = null,
        /** @var string|null Granted scopes, space-separated. Wire name scope. Required. */
        public readonly ?string $scope = null,
        /**
         * Present when the request used a deprecated field (the form's `client_secret`).
         *
         * @var list<ApiWarning>|null Wire name warnings. Optional.
         */
        public readonly ?array $warnings = null,
        public readonly array $additionalProperties = [],
    ) {
    }

    /** @param array<string, mixed> $data wire JSON decoded to arrays */
    public static function fromArray(array $data): self
    {
        return new self(
            accessToken: $data['access_token'] ?? null,
            tokenType: $data['token_type'] ?? null,
            expiresIn: $data['expires_in'] ?? null,
            scope: $data['scope'] ?? null,
            warnings: isset($data['warnings']) ? array_map(static fn ($x0) => ApiWarning::fromArray($x0), $data['warnings']) : null,
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
