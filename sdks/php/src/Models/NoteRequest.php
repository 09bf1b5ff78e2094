<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Models;

/**
 * An INV-01 document of type `CRN` or `DBN`; `RefDtls.PrecDocDtls` must name the original invoice.
 * Same fields as `Invoice`.
 *
 * Immutable. Build with named arguments, copy with with(...); fromArray() decodes wire JSON and keeps unknown members.
 */
final class NoteRequest implements \JsonSerializable
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
        /** @var NoteRequestDocDtls Document details of the note. Wire name DocDtls. Required. */
        public readonly NoteRequestDocDtls $docDtls,
        /** @var SellerDtls Wire name SellerDtls. Required. */
        public readonly SellerDtls $sellerDtls,
        /** @var BuyerDtls Wire name BuyerDtls. Required. */
        public readonly BuyerDtls $buyerDtls,
        /** @var list<Item> Note lines; 1 to 1000. Wire name ItemList. Required. */
        public readonly array $itemList,
        /** @var ValDtls Wire name ValDtls. Required. */
        public readonly ValDtls $valDtls,
        /**
         * References; `PrecDocDtls` names the original invoice.
         *
         * @var NoteRequestRefDtls Wire name RefDtls. Required.
         */
        public readonly NoteRequestRefDtls $refDtls,
        /** @var DispDtls|null Wire name DispDtls. Optional. */
        public readonly ?DispDtls $dispDtls = null,
        /** @var ShipDtls|null Wire name ShipDtls. Optional. */
        public readonly ?ShipDtls $shipDtls = null,
        /** @var PayDtls|null Wire name PayDtls. Optional. */
        public readonly ?PayDtls $payDtls = null,
        /** @var list<AddlDocDtls>|null Wire name AddlDocDtls. Optional. */
        public readonly ?array $addlDocDtls = null,
        /** @var ExpDtls|null Wire name ExpDtls. Optional. */
        public readonly ?ExpDtls $expDtls = null,
        /**
         * Refused on notes (2252/4010); present only so the IRP's own answer can be relayed.
         *
         * @var EwbDtls|null Wire name EwbDtls. Optional.
         */
        public readonly ?EwbDtls $ewbDtls = null,
        public readonly array $additionalProperties = [],
    ) {
    }

    /** @param array<string, mixed> $data wire JSON decoded to arrays */
    public static function fromArray(array $data): self
    {
        return new self(
            version: $data['Version'] ?? throw new \InvalidArgumentException('NoteRequest: version (Version) is required'),
            tranDtls: TranDtls::fromArray($data['TranDtls'] ?? throw new \InvalidArgumentException('NoteRequest: tranDtls (TranDtls) is required')),
            docDtls: NoteRequestDocDtls::fromArray($data['DocDtls'] ?? throw new \InvalidArgumentException('NoteRequest: docDtls (DocDtls) is required')),
            sellerDtls: SellerDtls::fromArray($data['SellerDtls'] ?? throw new \InvalidArgumentException('NoteRequest: sellerDtls (SellerDtls) is required')),
            buyerDtls: BuyerDtls::fromArray($data['BuyerDtls'] ?? throw new \InvalidArgumentException('NoteRequest: buyerDtls (BuyerDtls) is required')),
            dispDtls: isset($data['DispDtls']) ? DispDtls::fromArray($data['DispDtls']) : null,
            shipDtls: isset($data['ShipDtls']) ? ShipDtls::fromArray($data['ShipDtls']) : null,
            itemList: array_map(static fn ($x0) => Item::fromArray($x0), $data['ItemList'] ?? throw new \InvalidArgumentException('NoteRequest: itemList (ItemList) is required')),
            valDtls: ValDtls::fromArray($data['ValDtls'] ?? throw new \InvalidArgumentException('NoteRequest: valDtls (ValDtls) is required')),
            payDtls: isset($data['PayDtls']) ? PayDtls::fromArray($data['PayDtls']) : null,
            refDtls: NoteRequestRefDtls::fromArray($data['RefDtls'] ?? throw new \InvalidArgumentException('NoteRequest: refDtls (RefDtls) is required')),
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
