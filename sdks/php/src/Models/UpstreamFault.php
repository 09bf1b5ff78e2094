<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Models;

/**
 * What the government side (or einvoice on its behalf) said.
 *
 * Immutable. Build with named arguments, copy with with(...); fromArray() decodes wire JSON and keeps unknown members.
 */
final class UpstreamFault implements \JsonSerializable
{
    /** Property => wire name. */
    public const WIRE = [
        'system' => 'system',
        'partner' => 'partner',
        'code' => 'code',
        'message' => 'message',
        'retryable' => 'retryable',
    ];

    /** @param array<string, mixed> $additionalProperties members this SDK version does not model */
    public function __construct(
        /**
         * `IRP`, `GSP` or `einvoice` (refused locally before any upstream call).
         *
         * @var string|null Wire name system. Optional.
         */
        public readonly ?string $system = null,
        /** @var string|null The GSP route used, if any. Wire name partner. Optional. May be null. */
        public readonly ?string $partner = null,
        /** @var string|null The upstream code. Wire name code. Optional. May be null. */
        public readonly ?string $code = null,
        /** @var string|null The upstream message. Wire name message. Optional. May be null. */
        public readonly ?string $message = null,
        /** @var bool|null Whether retrying the same request can succeed. Wire name retryable. Optional. */
        public readonly ?bool $retryable = null,
        public readonly array $additionalProperties = [],
    ) {
    }

    /** @param array<string, mixed> $data wire JSON decoded to arrays */
    public static function fromArray(array $data): self
    {
        return new self(
            system: $data['system'] ?? null,
            partner: $data['partner'] ?? null,
            code: $data['code'] ?? null,
            message: $data['message'] ?? null,
            retryable: $data['retryable'] ?? null,
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
