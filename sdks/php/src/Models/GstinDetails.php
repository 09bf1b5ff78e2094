<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Models;

/**
 * NIC's Get GSTIN Details response, field for field.
 *
 * Immutable. Build with named arguments, copy with with(...); fromArray() decodes wire JSON and keeps unknown members.
 */
final class GstinDetails implements \JsonSerializable
{
    /** Property => wire name. */
    public const WIRE = [
        'gstin' => 'Gstin',
        'tradeName' => 'TradeName',
        'legalName' => 'LegalName',
        'addrBnm' => 'AddrBnm',
        'addrBno' => 'AddrBno',
        'addrFlno' => 'AddrFlno',
        'addrSt' => 'AddrSt',
        'addrLoc' => 'AddrLoc',
        'stateCode' => 'StateCode',
        'addrPncd' => 'AddrPncd',
        'txpType' => 'TxpType',
        'status' => 'Status',
        'blkStatus' => 'BlkStatus',
        'dtReg' => 'DtReg',
        'dtDReg' => 'DtDReg',
    ];

    /** @param array<string, mixed> $additionalProperties members this SDK version does not model */
    public function __construct(
        /** @var string|null Wire name Gstin. Required. */
        public readonly ?string $gstin = null,
        /** @var string|null Wire name TradeName. Optional. May be null. */
        public readonly ?string $tradeName = null,
        /** @var string|null Wire name LegalName. Required. */
        public readonly ?string $legalName = null,
        /** @var string|null Building name. Wire name AddrBnm. Optional. May be null. */
        public readonly ?string $addrBnm = null,
        /** @var string|null Building number. Wire name AddrBno. Optional. May be null. */
        public readonly ?string $addrBno = null,
        /** @var string|null Floor number. Wire name AddrFlno. Optional. May be null. */
        public readonly ?string $addrFlno = null,
        /** @var string|null Street. Wire name AddrSt. Optional. May be null. */
        public readonly ?string $addrSt = null,
        /** @var string|null Location. Wire name AddrLoc. Optional. May be null. */
        public readonly ?string $addrLoc = null,
        /** @var int|null Wire name StateCode. Required. */
        public readonly ?int $stateCode = null,
        /** @var int|null Wire name AddrPncd. Optional. May be null. */
        public readonly ?int $addrPncd = null,
        /**
         * `REG` regular, `COM` composition, `SEZ`, `UN`, `ISD`, `TDS`, `TCS`, ...
         *
         * @var string|null Wire name TxpType. Required.
         */
        public readonly ?string $txpType = null,
        /**
         * `ACT` active, `CNL` cancelled, `SUS` suspended, `INA` inactive.
         *
         * @var string|null Wire name Status. Required.
         */
        public readonly ?string $status = null,
        /**
         * `B` blocked from generating e-invoices/e-way bills, `U` unblocked.
         *
         * @var string|null Wire name BlkStatus. Optional. May be null.
         */
        public readonly ?string $blkStatus = null,
        /** @var string|null Registration date `yyyy-MM-dd`. Wire name DtReg. Optional. May be null. */
        public readonly ?string $dtReg = null,
        /** @var string|null Cancellation date `yyyy-MM-dd`. Wire name DtDReg. Optional. May be null. */
        public readonly ?string $dtDReg = null,
        public readonly array $additionalProperties = [],
    ) {
    }

    /** @param array<string, mixed> $data wire JSON decoded to arrays */
    public static function fromArray(array $data): self
    {
        return new self(
            gstin: $data['Gstin'] ?? null,
            tradeName: $data['TradeName'] ?? null,
            legalName: $data['LegalName'] ?? null,
            addrBnm: $data['AddrBnm'] ?? null,
            addrBno: $data['AddrBno'] ?? null,
            addrFlno: $data['AddrFlno'] ?? null,
            addrSt: $data['AddrSt'] ?? null,
            addrLoc: $data['AddrLoc'] ?? null,
            stateCode: $data['StateCode'] ?? null,
            addrPncd: $data['AddrPncd'] ?? null,
            txpType: $data['TxpType'] ?? null,
            status: $data['Status'] ?? null,
            blkStatus: $data['BlkStatus'] ?? null,
            dtReg: $data['DtReg'] ?? null,
            dtDReg: $data['DtDReg'] ?? null,
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
