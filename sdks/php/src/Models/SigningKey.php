<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Models;

/**
 * RFC 9421 HTTP Message Signatures for this credential's requests: HMAC-SHA256 over `"@method"`,
 * `"@target-uri"` and, with a body, `"content-digest"` (RFC 9530), with `created`, `keyid` (the
 * client id) and `alg`. Unsigned requests are accepted unless the credential has
 * `require_signatures`; then they are refused with 401 `invalid_signature`. A signed request that
 * does not verify (wrong key, changed body, `created` more than 300 s off) is refused with 401
 * `invalid_signature` and `WWW-Authenticate: Bearer error="invalid_token"`; Signature headers that
 * cannot be read (one without the other, an unknown `alg`, other covered components) with 400
 * `invalid_signature` and `error="invalid_request"`. Refusals carry `Accept-Signature` (RFC 9421
 * §5.1). The token request is signed the same way. Shown once; the SDKs sign when given it.
 *
 * Immutable. Build with named arguments, copy with with(...); fromArray() decodes wire JSON and keeps unknown members.
 */
final class SigningKey implements \JsonSerializable
{
    /** Property => wire name. */
    public const WIRE = [
        'keyId' => 'key_id',
        'secret' => 'secret',
        'alg' => 'alg',
    ];

    /** @param array<string, mixed> $additionalProperties members this SDK version does not model */
    public function __construct(
        /** @var string|null The keyid to sign with (the client id). Wire name key_id. Required. */
        public readonly ?string $keyId = null,
        /** @var string|null The HMAC key, base64 (32 bytes). Wire name secret. Required. */
        public readonly ?string $secret = null,
        /** @var string|null Wire name alg. Required. */
        public readonly ?string $alg = null,
        public readonly array $additionalProperties = [],
    ) {
    }

    /** @param array<string, mixed> $data wire JSON decoded to arrays */
    public static function fromArray(array $data): self
    {
        return new self(
            keyId: $data['key_id'] ?? null,
            secret: $data['secret'] ?? null,
            alg: $data['alg'] ?? null,
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
