<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Models;

/** Immutable. Build with named arguments, copy with with(...); fromArray() decodes wire JSON and keeps unknown members. */
final class CreateCredentialRequest implements \JsonSerializable
{
    /** Property => wire name. */
    public const WIRE = [
        'name' => 'name',
        'scopes' => 'scopes',
        'plan' => 'plan',
        'rateLimitRps' => 'rate_limit_rps',
        'requireSignatures' => 'require_signatures',
    ];

    /** @param array<string, mixed> $additionalProperties members this SDK version does not model */
    public function __construct(
        /** @var list<string> Wire name scopes. Required. */
        public readonly array $scopes,
        /** @var string|null A label for you. Wire name name. Optional. */
        public readonly ?string $name = null,
        /** @var string|null Wire name plan. Optional. */
        public readonly ?string $plan = null,
        /** @var int|null Only with plan `custom`. Wire name rate_limit_rps. Optional. */
        public readonly ?int $rateLimitRps = null,
        /**
         * Refuse this client's requests unless they carry a valid RFC 9421 signature made with its
         * `signing_key` (token requests included). Fixed at creation.
         *
         * @var bool|null Wire name require_signatures. Optional.
         */
        public readonly ?bool $requireSignatures = null,
        public readonly array $additionalProperties = [],
    ) {
    }

    /** @param array<string, mixed> $data wire JSON decoded to arrays */
    public static function fromArray(array $data): self
    {
        return new self(
            name: $data['name'] ?? null,
            scopes: $data['scopes'] ?? throw new \InvalidArgumentException('CreateCredentialRequest: scopes (scopes) is required'),
            plan: $data['plan'] ?? null,
            rateLimitRps: $data['rate_limit_rps'] ?? null,
            requireSignatures: $data['require_signatures'] ?? null,
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
