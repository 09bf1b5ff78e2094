<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Models;

/**
 * Recipient. `Gstin` is `URP` (unregistered person) for exports.
 *
 * Immutable. Build with named arguments, copy with with(...); fromArray() decodes wire JSON and keeps unknown members.
 */
final class BuyerDtls implements \JsonSerializable
{
    /** Property => wire name. */
    public const WIRE = [
        'gstin' => 'Gstin',
        'lglNm' => 'LglNm',
        'trdNm' => 'TrdNm',
        'pos' => 'Pos',
        'addr1' => 'Addr1',
        'addr2' => 'Addr2',
        'loc' => 'Loc',
        'pin' => 'Pin',
        'stcd' => 'Stcd',
        'ph' => 'Ph',
        'em' => 'Em',
    ];

    /** @param array<string, mixed> $additionalProperties members this SDK version does not model */
    public function __construct(
        /** @var string GSTIN of the recipient or `URP`. Wire name Gstin. Required. */
        public readonly string $gstin,
        /** @var string Legal name. Wire name LglNm. Required. */
        public readonly string $lglNm,
        /** @var string Place of supply state code; `96` for exports. Wire name Pos. Required. */
        public readonly string $pos,
        /** @var string Address line 1. Wire name Addr1. Required. */
        public readonly string $addr1,
        /** @var string Location (city). Wire name Loc. Required. */
        public readonly string $loc,
        /** @var string Wire name Stcd. Required. */
        public readonly string $stcd,
        /** @var string|null Trade name. Wire name TrdNm. Optional. */
        public readonly ?string $trdNm = null,
        /** @var string|null Address line 2. Wire name Addr2. Optional. */
        public readonly ?string $addr2 = null,
        /**
         * PIN code; required for domestic supplies (2244), `999999` for exports.
         *
         * @var int|null Wire name Pin. Optional.
         */
        public readonly ?int $pin = null,
        /** @var string|null Phone number, digits only. Wire name Ph. Optional. */
        public readonly ?string $ph = null,
        /** @var string|null E-mail address. Wire name Em. Optional. */
        public readonly ?string $em = null,
        public readonly array $additionalProperties = [],
    ) {
    }

    /** @param array<string, mixed> $data wire JSON decoded to arrays */
    public static function fromArray(array $data): self
    {
        return new self(
            gstin: $data['Gstin'] ?? throw new \InvalidArgumentException('BuyerDtls: gstin (Gstin) is required'),
            lglNm: $data['LglNm'] ?? throw new \InvalidArgumentException('BuyerDtls: lglNm (LglNm) is required'),
            trdNm: $data['TrdNm'] ?? null,
            pos: $data['Pos'] ?? throw new \InvalidArgumentException('BuyerDtls: pos (Pos) is required'),
            addr1: $data['Addr1'] ?? throw new \InvalidArgumentException('BuyerDtls: addr1 (Addr1) is required'),
            addr2: $data['Addr2'] ?? null,
            loc: $data['Loc'] ?? throw new \InvalidArgumentException('BuyerDtls: loc (Loc) is required'),
            pin: $data['Pin'] ?? null,
            stcd: $data['Stcd'] ?? throw new \InvalidArgumentException('BuyerDtls: stcd (Stcd) is required'),
            ph: $data['Ph'] ?? null,
            em: $data['Em'] ?? null,
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
