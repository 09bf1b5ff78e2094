<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Models;

/**
 * Contract details.
 *
 * Immutable. Build with named arguments, copy with with(...); fromArray() decodes wire JSON and keeps unknown members.
 */
final class ContrDtls implements \JsonSerializable
{
    /** Property => wire name. */
    public const WIRE = [
        'recAdvRefr' => 'RecAdvRefr',
        'recAdvDt' => 'RecAdvDt',
        'tendRefr' => 'TendRefr',
        'contrRefr' => 'ContrRefr',
        'extRefr' => 'ExtRefr',
        'projRefr' => 'ProjRefr',
        'poRefr' => 'PORefr',
        'poRefDt' => 'PORefDt',
    ];

    /** @param array<string, mixed> $additionalProperties members this SDK version does not model */
    public function __construct(
        /** @var string|null Receipt advice reference. Wire name RecAdvRefr. Optional. */
        public readonly ?string $recAdvRefr = null,
        /** @var string|null Wire name RecAdvDt. Optional. */
        public readonly ?string $recAdvDt = null,
        /** @var string|null Tender or lot reference. Wire name TendRefr. Optional. */
        public readonly ?string $tendRefr = null,
        /** @var string|null Contract reference. Wire name ContrRefr. Optional. */
        public readonly ?string $contrRefr = null,
        /** @var string|null External reference. Wire name ExtRefr. Optional. */
        public readonly ?string $extRefr = null,
        /** @var string|null Project reference. Wire name ProjRefr. Optional. */
        public readonly ?string $projRefr = null,
        /** @var string|null Purchase order reference. Wire name PORefr. Optional. */
        public readonly ?string $poRefr = null,
        /** @var string|null Wire name PORefDt. Optional. */
        public readonly ?string $poRefDt = null,
        public readonly array $additionalProperties = [],
    ) {
    }

    /** @param array<string, mixed> $data wire JSON decoded to arrays */
    public static function fromArray(array $data): self
    {
        return new self(
            recAdvRefr: $data['RecAdvRefr'] ?? null,
            recAdvDt: $data['RecAdvDt'] ?? null,
            tendRefr: $data['TendRefr'] ?? null,
            contrRefr: $data['ContrRefr'] ?? null,
            extRefr: $data['ExtRefr'] ?? null,
            projRefr: $data['ProjRefr'] ?? null,
            poRefr: $data['PORefr'] ?? null,
            poRefDt: $data['PORefDt'] ?? null,
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
