<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Models;

/** Immutable. Build with named arguments, copy with with(...); fromArray() decodes wire JSON and keeps unknown members. */
final class TokenRequest implements \JsonSerializable
{
    /** Property => wire name. */
    public const WIRE = [
        'grantType' => 'grant_type',
        'scope' => 'scope',
        'clientId' => 'client_id',
        'clientSecret' => 'client_secret',
    ];

    /** @param array<string, mixed> $additionalProperties members this SDK version does not model */
    public function __construct(
        /** @var string Always `client_credentials`. Wire name grant_type. Required. */
        public readonly string $grantType,
        /**
         * Space-separated scopes; a subset of the credential's (default: all of them).
         *
         * @var string|null Wire name scope. Optional.
         */
        public readonly ?string $scope = null,
        /** @var string|null Only when not using HTTP Basic. Wire name client_id. Optional. */
        public readonly ?string $clientId = null,
        /**
         * Deprecated (sunset 2027-03-05): authenticate with HTTP Basic instead (RFC 6749 §2.3.1).
         * Still accepted until then; a request that sends it gets a `warnings` entry and the
         * `Deprecation`/`Sunset` headers.
         *
         * @var string|null Wire name client_secret. Optional.
         */
        public readonly ?string $clientSecret = null,
        public readonly array $additionalProperties = [],
    ) {
    }

    /** @param array<string, mixed> $data wire JSON decoded to arrays */
    public static function fromArray(array $data): self
    {
        return new self(
            grantType: $data['grant_type'] ?? throw new \InvalidArgumentException('TokenRequest: grantType (grant_type) is required'),
            scope: $data['scope'] ?? null,
            clientId: $data['client_id'] ?? null,
            clientSecret: $data['client_secret'] ?? null,
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
