<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Models;

/**
 * One invoice line. Arithmetic the IRP checks: TotAmt = Qty x UnitPrice (2192); AssAmt = TotAmt -
 * Discount (2193); TotItemVal = AssAmt + taxes + cess + OthChrg (2194).
 *
 * Immutable. Build with named arguments, copy with with(...); fromArray() decodes wire JSON and keeps unknown members.
 */
final class Item implements \JsonSerializable
{
    /** Property => wire name. */
    public const WIRE = [
        'slNo' => 'SlNo',
        'prdDesc' => 'PrdDesc',
        'isServc' => 'IsServc',
        'hsnCd' => 'HsnCd',
        'barcde' => 'Barcde',
        'qty' => 'Qty',
        'freeQty' => 'FreeQty',
        'unit' => 'Unit',
        'unitPrice' => 'UnitPrice',
        'totAmt' => 'TotAmt',
        'discount' => 'Discount',
        'preTaxVal' => 'PreTaxVal',
        'assAmt' => 'AssAmt',
        'gstRt' => 'GstRt',
        'igstAmt' => 'IgstAmt',
        'cgstAmt' => 'CgstAmt',
        'sgstAmt' => 'SgstAmt',
        'cesRt' => 'CesRt',
        'cesAmt' => 'CesAmt',
        'cesNonAdvlAmt' => 'CesNonAdvlAmt',
        'stateCesRt' => 'StateCesRt',
        'stateCesAmt' => 'StateCesAmt',
        'stateCesNonAdvlAmt' => 'StateCesNonAdvlAmt',
        'othChrg' => 'OthChrg',
        'totItemVal' => 'TotItemVal',
        'ordLineRef' => 'OrdLineRef',
        'orgCntry' => 'OrgCntry',
        'prdSlNo' => 'PrdSlNo',
        'bchDtls' => 'BchDtls',
        'attribDtls' => 'AttribDtls',
    ];

    /** @param array<string, mixed> $additionalProperties members this SDK version does not model */
    public function __construct(
        /** @var string Line number, unique within the invoice (2233). Wire name SlNo. Required. */
        public readonly string $slNo,
        /** @var string `Y` for a service (SAC code), `N` for goods. Wire name IsServc. Required. */
        public readonly string $isServc,
        /** @var string HSN or SAC code, 4, 6 or 8 digits, in the HSN master (2176). Wire name HsnCd. Required. */
        public readonly string $hsnCd,
        /** @var int|float Price per unit. Wire name UnitPrice. Required. */
        public readonly int|float $unitPrice,
        /** @var int|float Gross amount, Qty x UnitPrice. Wire name TotAmt. Required. */
        public readonly int|float $totAmt,
        /** @var int|float Taxable value, TotAmt - Discount. Wire name AssAmt. Required. */
        public readonly int|float $assAmt,
        /** @var int|float Combined GST rate in percent (IGST-equivalent). Wire name GstRt. Required. */
        public readonly int|float $gstRt,
        /** @var int|float Total item value including taxes. Wire name TotItemVal. Required. */
        public readonly int|float $totItemVal,
        /** @var string|null Product description. Wire name PrdDesc. Optional. */
        public readonly ?string $prdDesc = null,
        /** @var string|null Barcode. Wire name Barcde. Optional. */
        public readonly ?string $barcde = null,
        /** @var int|float|null Quantity; required for goods (2238). Wire name Qty. Optional. */
        public readonly int|float|null $qty = null,
        /** @var int|float|null Free quantity. Wire name FreeQty. Optional. */
        public readonly int|float|null $freeQty = null,
        /**
         * Unit quantity code (UQC) such as `NOS`, `KGS`, `BAG`; required for goods (2239), in the
         * UQC master (2177).
         *
         * @var string|null Wire name Unit. Optional.
         */
        public readonly ?string $unit = null,
        /** @var int|float|null Discount. Wire name Discount. Optional. */
        public readonly int|float|null $discount = null,
        /** @var int|float|null Pre-tax value. Wire name PreTaxVal. Optional. */
        public readonly int|float|null $preTaxVal = null,
        /** @var int|float|null IGST amount. Wire name IgstAmt. Optional. */
        public readonly int|float|null $igstAmt = null,
        /** @var int|float|null CGST amount. Wire name CgstAmt. Optional. */
        public readonly int|float|null $cgstAmt = null,
        /** @var int|float|null SGST/UTGST amount. Wire name SgstAmt. Optional. */
        public readonly int|float|null $sgstAmt = null,
        /** @var int|float|null Cess rate in percent. Wire name CesRt. Optional. */
        public readonly int|float|null $cesRt = null,
        /** @var int|float|null Cess amount (ad valorem). Wire name CesAmt. Optional. */
        public readonly int|float|null $cesAmt = null,
        /** @var int|float|null Cess amount (non ad valorem). Wire name CesNonAdvlAmt. Optional. */
        public readonly int|float|null $cesNonAdvlAmt = null,
        /** @var int|float|null State cess rate in percent. Wire name StateCesRt. Optional. */
        public readonly int|float|null $stateCesRt = null,
        /** @var int|float|null State cess amount (ad valorem). Wire name StateCesAmt. Optional. */
        public readonly int|float|null $stateCesAmt = null,
        /** @var int|float|null State cess amount (non ad valorem). Wire name StateCesNonAdvlAmt. Optional. */
        public readonly int|float|null $stateCesNonAdvlAmt = null,
        /** @var int|float|null Other charges. Wire name OthChrg. Optional. */
        public readonly int|float|null $othChrg = null,
        /** @var string|null Order line reference. Wire name OrdLineRef. Optional. */
        public readonly ?string $ordLineRef = null,
        /** @var string|null Country of origin (ISO 3166 alpha-2). Wire name OrgCntry. Optional. */
        public readonly ?string $orgCntry = null,
        /** @var string|null Product serial number. Wire name PrdSlNo. Optional. */
        public readonly ?string $prdSlNo = null,
        /** @var BchDtls|null Wire name BchDtls. Optional. */
        public readonly ?BchDtls $bchDtls = null,
        /** @var list<AttribDtls>|null Free attributes of the item. Wire name AttribDtls. Optional. */
        public readonly ?array $attribDtls = null,
        public readonly array $additionalProperties = [],
    ) {
    }

    /** @param array<string, mixed> $data wire JSON decoded to arrays */
    public static function fromArray(array $data): self
    {
        return new self(
            slNo: $data['SlNo'] ?? throw new \InvalidArgumentException('Item: slNo (SlNo) is required'),
            prdDesc: $data['PrdDesc'] ?? null,
            isServc: $data['IsServc'] ?? throw new \InvalidArgumentException('Item: isServc (IsServc) is required'),
            hsnCd: $data['HsnCd'] ?? throw new \InvalidArgumentException('Item: hsnCd (HsnCd) is required'),
            barcde: $data['Barcde'] ?? null,
            qty: $data['Qty'] ?? null,
            freeQty: $data['FreeQty'] ?? null,
            unit: $data['Unit'] ?? null,
            unitPrice: $data['UnitPrice'] ?? throw new \InvalidArgumentException('Item: unitPrice (UnitPrice) is required'),
            totAmt: $data['TotAmt'] ?? throw new \InvalidArgumentException('Item: totAmt (TotAmt) is required'),
            discount: $data['Discount'] ?? null,
            preTaxVal: $data['PreTaxVal'] ?? null,
            assAmt: $data['AssAmt'] ?? throw new \InvalidArgumentException('Item: assAmt (AssAmt) is required'),
            gstRt: $data['GstRt'] ?? throw new \InvalidArgumentException('Item: gstRt (GstRt) is required'),
            igstAmt: $data['IgstAmt'] ?? null,
            cgstAmt: $data['CgstAmt'] ?? null,
            sgstAmt: $data['SgstAmt'] ?? null,
            cesRt: $data['CesRt'] ?? null,
            cesAmt: $data['CesAmt'] ?? null,
            cesNonAdvlAmt: $data['CesNonAdvlAmt'] ?? null,
            stateCesRt: $data['StateCesRt'] ?? null,
            stateCesAmt: $data['StateCesAmt'] ?? null,
            stateCesNonAdvlAmt: $data['StateCesNonAdvlAmt'] ?? null,
            othChrg: $data['OthChrg'] ?? null,
            totItemVal: $data['TotItemVal'] ?? throw new \InvalidArgumentException('Item: totItemVal (TotItemVal) is required'),
            ordLineRef: $data['OrdLineRef'] ?? null,
            orgCntry: $data['OrgCntry'] ?? null,
            prdSlNo: $data['PrdSlNo'] ?? null,
            bchDtls: isset($data['BchDtls']) ? BchDtls::fromArray($data['BchDtls']) : null,
            attribDtls: isset($data['AttribDtls']) ? array_map(static fn ($x0) => AttribDtls::fromArray($x0), $data['AttribDtls']) : null,
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
