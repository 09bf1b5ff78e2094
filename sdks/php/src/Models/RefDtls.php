<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Models;

/**
 * References; `PrecDocDtls` names the original invoice of a credit or debit note.
 *
 * Immutable. Build with named arguments, copy with with(...); fromArray() decodes wire JSON and keeps unknown members.
 */
final class RefDtls implements \JsonSerializable
{
    /** Property => wire name. */
    public const WIRE = [
        'invRm' => 'InvRm',
        'docPerdDtls' => 'DocPerdDtls',
        'precDocDtls' => 'PrecDocDtls',
        'contrDtls' => 'ContrDtls',
    ];

    /** @param array<string, mixed> $additionalProperties members this SDK version does not model */
    public function __construct(
        /** @var string|null Remarks. Wire name InvRm. Optional. */
        public readonly ?string $invRm = null,
        /** @var DocPerdDtls|null Wire name DocPerdDtls. Optional. */
        public readonly ?DocPerdDtls $docPerdDtls = null,
        /**
         * Preceding documents (the invoice a note amends).
         *
         * @var list<PrecDocDtls>|null Wire name PrecDocDtls. Optional.
         */
        public readonly ?array $precDocDtls = null,
        /** @var list<ContrDtls>|null Contract references. Wire name ContrDtls. Optional. */
        public readonly ?array $contrDtls = null,
        public readonly array $additionalProperties = [],
    ) {
    }

    /** @param array<string, mixed> $data wire JSON decoded to arrays */
    public static function fromArray(array $data): self
    {
        return new self(
            invRm: $data['InvRm'] ?? null,
            docPerdDtls: isset($data['DocPerdDtls']) ? DocPerdDtls::fromArray($data['DocPerdDtls']) : null,
            precDocDtls: isset($data['PrecDocDtls']) ? array_map(static fn ($x0) => PrecDocDtls::fromArray($x0), $data['PrecDocDtls']) : null,
            contrDtls: isset($data['ContrDtls']) ? array_map(static fn ($x0) => ContrDtls::fromArray($x0), $data['ContrDtls']) : null,
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
