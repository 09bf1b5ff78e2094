<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Models;

/**
 * The GST e-invoice as defined by GSTN/NIC schema INV-01 version 1.1. Do not send `Irn`; the IRP
 * computes it.
 *
 * Immutable. Build with named arguments, copy with with(...); fromArray() decodes wire JSON and keeps unknown members.
 */
final class Invoice implements \JsonSerializable
{
    /** Property => wire name. */
    public const WIRE = [
        'version' => 'Version',
        'tranDtls' => 'TranDtls',
        'docDtls' => 'DocDtls',
        'sellerDtls' => 'SellerDtls',
        'buyerDtls' => 'BuyerDtls',
        'dispDtls' => 'DispDtls',
        'shipDtls' => 'ShipDtls',
        'itemList' => 'ItemList',
        'valDtls' => 'ValDtls',
        'payDtls' => 'PayDtls',
        'refDtls' => 'RefDtls',
        'addlDocDtls' => 'AddlDocDtls',
        'expDtls' => 'ExpDtls',
        'ewbDtls' => 'EwbDtls',
    ];

    /** @param array<string, mixed> $additionalProperties members this SDK version does not model */
    public function __construct(
        /** @var string Schema version; `1.1`. Wire name Version. Required. */
        public readonly string $version,
        /** @var TranDtls Wire name TranDtls. Required. */
        public readonly TranDtls $tranDtls,
        /** @var DocDtls Wire name DocDtls. Required. */
        public readonly DocDtls $docDtls,
        /** @var SellerDtls Wire name SellerDtls. Required. */
        public readonly SellerDtls $sellerDtls,
        /** @var BuyerDtls Wire name BuyerDtls. Required. */
        public readonly BuyerDtls $buyerDtls,
        /**
         * Invoice lines; 1 to 1000 (2228 when empty, 2173 over the limit).
         *
         * @var list<Item> Wire name ItemList. Required.
         */
        public readonly array $itemList,
        /** @var ValDtls Wire name ValDtls. Required. */
        public readonly ValDtls $valDtls,
        /** @var DispDtls|null Wire name DispDtls. Optional. */
        public readonly ?DispDtls $dispDtls = null,
        /** @var ShipDtls|null Wire name ShipDtls. Optional. */
        public readonly ?ShipDtls $shipDtls = null,
        /** @var PayDtls|null Wire name PayDtls. Optional. */
        public readonly ?PayDtls $payDtls = null,
        /** @var RefDtls|null Wire name RefDtls. Optional. */
        public readonly ?RefDtls $refDtls = null,
        /** @var list<AddlDocDtls>|null Supporting documents. Wire name AddlDocDtls. Optional. */
        public readonly ?array $addlDocDtls = null,
        /** @var ExpDtls|null Wire name ExpDtls. Optional. */
        public readonly ?ExpDtls $expDtls = null,
        /** @var EwbDtls|null Wire name EwbDtls. Optional. */
        public readonly ?EwbDtls $ewbDtls = null,
        public readonly array $additionalProperties = [],
    ) {
    }

    /** @param array<string, mixed> $data wire JSON decoded to arrays */
    public static function fromArray(array $data): self
    {
        return new self(
            version: $data['Version'] ?? throw new \InvalidArgumentException('Invoice: version (Version) is required'),
            tranDtls: TranDtls::fromArray($data['TranDtls'] ?? throw new \InvalidArgumentException('Invoice: tranDtls (TranDtls) is required')),
            docDtls: DocDtls::fromArray($data['DocDtls'] ?? throw new \InvalidArgumentException('Invoice: docDtls (DocDtls) is required')),
            sellerDtls: SellerDtls::fromArray($data['SellerDtls'] ?? throw new \InvalidArgumentException('Invoice: sellerDtls (SellerDtls) is required')),
            buyerDtls: BuyerDtls::fromArray($data['BuyerDtls'] ?? throw new \InvalidArgumentException('Invoice: buyerDtls (BuyerDtls) is required')),
            dispDtls: isset($data['DispDtls']) ? DispDtls::fromArray($data['DispDtls']) : null,
            shipDtls: isset($data['ShipDtls']) ? ShipDtls::fromArray($data['ShipDtls']) : null,
            itemList: array_map(static fn ($x0) => Item::fromArray($x0), $data['ItemList'] ?? throw new \InvalidArgumentException('Invoice: itemList (ItemList) is required')),
            valDtls: ValDtls::fromArray($data['ValDtls'] ?? throw new \InvalidArgumentException('Invoice: valDtls (ValDtls) is required')),
            payDtls: isset($data['PayDtls']) ? PayDtls::fromArray($data['PayDtls']) : null,
            refDtls: isset($data['RefDtls']) ? RefDtls::fromArray($data['RefDtls']) : null,
            addlDocDtls: isset($data['AddlDocDtls']) ? array_map(static fn ($x0) => AddlDocDtls::fromArray($x0), $data['AddlDocDtls']) : null,
            expDtls: isset($data['ExpDtls']) ? ExpDtls::fromArray($data['ExpDtls']) : null,
            ewbDtls: isset($data['EwbDtls']) ? EwbDtls::fromArray($data['EwbDtls']) : null,
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
