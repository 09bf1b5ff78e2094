<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Models;

/**
 * Invoice totals. Each must equal the sum over items (2182-2188); TotInvVal = AssVal + CgstVal +
 * SgstVal + IgstVal + CesVal + StCesVal + OthChrg - Discount + RndOffAmt within 1 rupee (2189).
 *
 * Immutable. Build with named arguments, copy with with(...); fromArray() decodes wire JSON and keeps unknown members.
 */
final class ValDtls implements \JsonSerializable
{
    /** Property => wire name. */
    public const WIRE = [
        'assVal' => 'AssVal',
        'cgstVal' => 'CgstVal',
        'sgstVal' => 'SgstVal',
        'igstVal' => 'IgstVal',
        'cesVal' => 'CesVal',
        'stCesVal' => 'StCesVal',
        'discount' => 'Discount',
        'othChrg' => 'OthChrg',
        'rndOffAmt' => 'RndOffAmt',
        'totInvVal' => 'TotInvVal',
        'totInvValFc' => 'TotInvValFc',
    ];

    /** @param array<string, mixed> $additionalProperties members this SDK version does not model */
    public function __construct(
        /** @var int|float Total taxable value. Wire name AssVal. Required. */
        public readonly int|float $assVal,
        /** @var int|float Total invoice value. Wire name TotInvVal. Required. */
        public readonly int|float $totInvVal,
        /** @var int|float|null Total CGST. Wire name CgstVal. Optional. */
        public readonly int|float|null $cgstVal = null,
        /** @var int|float|null Total SGST/UTGST. Wire name SgstVal. Optional. */
        public readonly int|float|null $sgstVal = null,
        /** @var int|float|null Total IGST. Wire name IgstVal. Optional. */
        public readonly int|float|null $igstVal = null,
        /** @var int|float|null Total cess. Wire name CesVal. Optional. */
        public readonly int|float|null $cesVal = null,
        /** @var int|float|null Total state cess. Wire name StCesVal. Optional. */
        public readonly int|float|null $stCesVal = null,
        /** @var int|float|null Invoice-level discount. Wire name Discount. Optional. */
        public readonly int|float|null $discount = null,
        /** @var int|float|null Invoice-level other charges. Wire name OthChrg. Optional. */
        public readonly int|float|null $othChrg = null,
        /** @var int|float|null Round-off amount. Wire name RndOffAmt. Optional. */
        public readonly int|float|null $rndOffAmt = null,
        /** @var int|float|null Total invoice value in foreign currency (exports). Wire name TotInvValFc. Optional. */
        public readonly int|float|null $totInvValFc = null,
        public readonly array $additionalProperties = [],
    ) {
    }

    /** @param array<string, mixed> $data wire JSON decoded to arrays */
    public static function fromArray(array $data): self
    {
        return new self(
            assVal: $data['AssVal'] ?? throw new \InvalidArgumentException('ValDtls: assVal (AssVal) is required'),
            cgstVal: $data['CgstVal'] ?? null,
            sgstVal: $data['SgstVal'] ?? null,
            igstVal: $data['IgstVal'] ?? null,
            cesVal: $data['CesVal'] ?? null,
            stCesVal: $data['StCesVal'] ?? null,
            discount: $data['Discount'] ?? null,
            othChrg: $data['OthChrg'] ?? null,
            rndOffAmt: $data['RndOffAmt'] ?? null,
            totInvVal: $data['TotInvVal'] ?? throw new \InvalidArgumentException('ValDtls: totInvVal (TotInvVal) is required'),
            totInvValFc: $data['TotInvValFc'] ?? null,
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
