<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Models;

/**
 * Ship-to address, when goods go somewhere other than the buyer's address.
 *
 * Immutable. Build with named arguments, copy with with(...); fromArray() decodes wire JSON and keeps unknown members.
 */
final class ShipDtls implements \JsonSerializable
{
    /** Property => wire name. */
    public const WIRE = [
        'gstin' => 'Gstin',
        'lglNm' => 'LglNm',
        'trdNm' => 'TrdNm',
        'addr1' => 'Addr1',
        'addr2' => 'Addr2',
        'loc' => 'Loc',
        'pin' => 'Pin',
        'stcd' => 'Stcd',
    ];

    /** @param array<string, mixed> $additionalProperties members this SDK version does not model */
    public function __construct(
        /** @var string Legal name. Wire name LglNm. Required. */
        public readonly string $lglNm,
        /** @var string Address line 1. Wire name Addr1. Required. */
        public readonly string $addr1,
        /** @var string Location (city). Wire name Loc. Required. */
        public readonly string $loc,
        /** @var int PIN code. Wire name Pin. Required. */
        public readonly int $pin,
        /** @var string Wire name Stcd. Required. */
        public readonly string $stcd,
        /** @var string|null GSTIN of the ship-to party or `URP`. Wire name Gstin. Optional. */
        public readonly ?string $gstin = null,
        /** @var string|null Trade name. Wire name TrdNm. Optional. */
        public readonly ?string $trdNm = null,
        /** @var string|null Address line 2. Wire name Addr2. Optional. */
        public readonly ?string $addr2 = null,
        public readonly array $additionalProperties = [],
    ) {
    }

    /** @param array<string, mixed> $data wire JSON decoded to arrays */
    public static function fromArray(array $data): self
    {
        return new self(
            gstin: $data['Gstin'] ?? null,
            lglNm: $data['LglNm'] ?? throw new \InvalidArgumentException('ShipDtls: lglNm (LglNm) is required'),
            trdNm: $data['TrdNm'] ?? null,
            addr1: $data['Addr1'] ?? throw new \InvalidArgumentException('ShipDtls: addr1 (Addr1) is required'),
            addr2: $data['Addr2'] ?? null,
            loc: $data['Loc'] ?? throw new \InvalidArgumentException('ShipDtls: loc (Loc) is required'),
            pin: $data['Pin'] ?? throw new \InvalidArgumentException('ShipDtls: pin (Pin) is required'),
            stcd: $data['Stcd'] ?? throw new \InvalidArgumentException('ShipDtls: stcd (Stcd) is required'),
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
