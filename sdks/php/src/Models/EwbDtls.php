<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Models;

/**
 * E-way bill details to generate one together with the IRN. Only `Distance` is required; `TransId`
 * alone gives a Part-A e-way bill.
 *
 * Immutable. Build with named arguments, copy with with(...); fromArray() decodes wire JSON and keeps unknown members.
 */
final class EwbDtls implements \JsonSerializable
{
    /** Property => wire name. */
    public const WIRE = [
        'transId' => 'TransId',
        'transName' => 'TransName',
        'transMode' => 'TransMode',
        'distance' => 'Distance',
        'transDocNo' => 'TransDocNo',
        'transDocDt' => 'TransDocDt',
        'vehNo' => 'VehNo',
        'vehType' => 'VehType',
    ];

    /** @param array<string, mixed> $additionalProperties members this SDK version does not model */
    public function __construct(
        /** @var int Distance in km; 0 lets the IRP compute it from the PINs. Wire name Distance. Required. */
        public readonly int $distance,
        /** @var string|null Transporter GSTIN or TRANSIN. Wire name TransId. Optional. */
        public readonly ?string $transId = null,
        /** @var string|null Transporter name. Wire name TransName. Optional. */
        public readonly ?string $transName = null,
        /** @var string|null Wire name TransMode. Optional. */
        public readonly ?string $transMode = null,
        /** @var string|null Transport document number (rail, air, ship). Wire name TransDocNo. Optional. */
        public readonly ?string $transDocNo = null,
        /** @var string|null Wire name TransDocDt. Optional. */
        public readonly ?string $transDocDt = null,
        /** @var string|null Vehicle number (road). Wire name VehNo. Optional. */
        public readonly ?string $vehNo = null,
        /** @var string|null Wire name VehType. Optional. */
        public readonly ?string $vehType = null,
        public readonly array $additionalProperties = [],
    ) {
    }

    /** @param array<string, mixed> $data wire JSON decoded to arrays */
    public static function fromArray(array $data): self
    {
        return new self(
            transId: $data['TransId'] ?? null,
            transName: $data['TransName'] ?? null,
            transMode: $data['TransMode'] ?? null,
            distance: $data['Distance'] ?? throw new \InvalidArgumentException('EwbDtls: distance (Distance) is required'),
            transDocNo: $data['TransDocNo'] ?? null,
            transDocDt: $data['TransDocDt'] ?? null,
            vehNo: $data['VehNo'] ?? null,
            vehType: $data['VehType'] ?? null,
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
