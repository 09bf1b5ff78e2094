<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Models;

/**
 * Transaction details.
 *
 * Immutable. Build with named arguments, copy with with(...); fromArray() decodes wire JSON and keeps unknown members.
 */
final class TranDtls implements \JsonSerializable
{
    /** Property => wire name. */
    public const WIRE = [
        'taxSch' => 'TaxSch',
        'supTyp' => 'SupTyp',
        'regRev' => 'RegRev',
        'ecmGstin' => 'EcmGstin',
        'igstOnIntra' => 'IgstOnIntra',
    ];

    /** @param array<string, mixed> $additionalProperties members this SDK version does not model */
    public function __construct(
        /** @var string Tax scheme; always `GST`. Wire name TaxSch. Required. */
        public readonly string $taxSch,
        /**
         * Supply type. `B2B`; `SEZWP`/`SEZWOP` supply to SEZ with/without payment;
         * `EXPWP`/`EXPWOP` export with/without payment; `DEXP` deemed export.
         *
         * @var string Wire name SupTyp. Required.
         */
        public readonly string $supTyp,
        /** @var string|null `Y` when tax is payable on reverse charge. Wire name RegRev. Optional. */
        public readonly ?string $regRev = null,
        /**
         * GSTIN of the e-commerce operator, when the supply is through one.
         *
         * @var string|null Wire name EcmGstin. Optional.
         */
        public readonly ?string $ecmGstin = null,
        /**
         * `Y` for an intra-state supply on which IGST is charged (e.g. supplies under section
         * 7(5)).
         *
         * @var string|null Wire name IgstOnIntra. Optional.
         */
        public readonly ?string $igstOnIntra = null,
        public readonly array $additionalProperties = [],
    ) {
    }

    /** @param array<string, mixed> $data wire JSON decoded to arrays */
    public static function fromArray(array $data): self
    {
        return new self(
            taxSch: $data['TaxSch'] ?? throw new \InvalidArgumentException('TranDtls: taxSch (TaxSch) is required'),
            supTyp: $data['SupTyp'] ?? throw new \InvalidArgumentException('TranDtls: supTyp (SupTyp) is required'),
            regRev: $data['RegRev'] ?? null,
            ecmGstin: $data['EcmGstin'] ?? null,
            igstOnIntra: $data['IgstOnIntra'] ?? null,
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
