<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Models;

/**
 * NIC's `InfoDtls` entry: `DUPIRN` (duplicate; `Desc` holds AckNo, AckDt, Irn), `EWBERR` (the
 * e-way bill part failed; `Desc` lists errors), `EWBPPD` (computed PIN-to-PIN distance),
 * `ADDNLNFO`.
 *
 * Immutable. Build with named arguments, copy with with(...); fromArray() decodes wire JSON and keeps unknown members.
 */
final class InfoDtl implements \JsonSerializable
{
    /** Property => wire name. */
    public const WIRE = [
        'infCd' => 'InfCd',
        'desc' => 'Desc',
    ];

    /** @param array<string, mixed> $additionalProperties members this SDK version does not model */
    public function __construct(
        /** @var string|null Wire name InfCd. Required. */
        public readonly ?string $infCd = null,
        /** @var mixed|null Free text, an object or an array, depending on `InfCd`. Wire name Desc. Optional. */
        public readonly mixed $desc = null,
        public readonly array $additionalProperties = [],
    ) {
    }

    /** @param array<string, mixed> $data wire JSON decoded to arrays */
    public static function fromArray(array $data): self
    {
        return new self(
            infCd: $data['InfCd'] ?? null,
            desc: $data['Desc'] ?? null,
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
