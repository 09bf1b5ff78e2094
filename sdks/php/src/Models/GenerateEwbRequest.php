<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Models;

/**
 * NIC Generate E-way Bill by IRN.
 *
 * Immutable. Build with named arguments, copy with with(...); fromArray() decodes wire JSON and keeps unknown members.
 */
final class GenerateEwbRequest implements \JsonSerializable
{
    /** Property => wire name. */
    public const WIRE = [
        'irn' => 'Irn',
        'distance' => 'Distance',
        'transMode' => 'TransMode',
        'transId' => 'TransId',
        'transName' => 'TransName',
        'transDocNo' => 'TransDocNo',
        'transDocDt' => 'TransDocDt',
        'vehNo' => 'VehNo',
        'vehType' => 'VehType',
        'expShipDtls' => 'ExpShipDtls',
        'dispDtls' => 'DispDtls',
    ];

    /** @param array<string, mixed> $additionalProperties members this SDK version does not model */
    public function __construct(
        /** @var string Wire name Irn. Required. */
        public readonly string $irn,
        /** @var int Distance in km; 0 to compute from the PINs. Wire name Distance. Required. */
        public readonly int $distance,
        /** @var string|null Wire name TransMode. Optional. */
        public readonly ?string $transMode = null,
        /** @var string|null Transporter GSTIN or TRANSIN. Wire name TransId. Optional. */
        public readonly ?string $transId = null,
        /** @var string|null Wire name TransName. Optional. */
        public readonly ?string $transName = null,
        /** @var string|null Wire name TransDocNo. Optional. */
        public readonly ?string $transDocNo = null,
        /** @var string|null Wire name TransDocDt. Optional. */
        public readonly ?string $transDocDt = null,
        /** @var string|null Wire name VehNo. Optional. */
        public readonly ?string $vehNo = null,
        /** @var string|null Wire name VehType. Optional. */
        public readonly ?string $vehType = null,
        /** @var EwbAddress|null Wire name ExpShipDtls. Optional. */
        public readonly ?EwbAddress $expShipDtls = null,
        /** @var EwbAddress|null Wire name DispDtls. Optional. */
        public readonly ?EwbAddress $dispDtls = null,
        public readonly array $additionalProperties = [],
    ) {
    }

    /** @param array<string, mixed> $data wire JSON decoded to arrays */
    public static function fromArray(array $data): self
    {
        return new self(
            irn: $data['Irn'] ?? throw new \InvalidArgumentException('GenerateEwbRequest: irn (Irn) is required'),
            distance: $data['Distance'] ?? throw new \InvalidArgumentException('GenerateEwbRequest: distance (Distance) is required'),
            transMode: $data['TransMode'] ?? null,
            transId: $data['TransId'] ?? null,
            transName: $data['TransName'] ?? null,
            transDocNo: $data['TransDocNo'] ?? null,
            transDocDt: $data['TransDocDt'] ?? null,
            vehNo: $data['VehNo'] ?? null,
            vehType: $data['VehType'] ?? null,
            expShipDtls: isset($data['ExpShipDtls']) ? EwbAddress::fromArray($data['ExpShipDtls']) : null,
            dispDtls: isset($data['DispDtls']) ? EwbAddress::fromArray($data['DispDtls']) : null,
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
