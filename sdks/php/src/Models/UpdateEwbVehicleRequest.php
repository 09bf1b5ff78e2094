<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Models;

/**
 * NIC `VEHEWB` body (the e-way bill number comes from the path).
 *
 * Immutable. Build with named arguments, copy with with(...); fromArray() decodes wire JSON and keeps unknown members.
 */
final class UpdateEwbVehicleRequest implements \JsonSerializable
{
    /** Property => wire name. */
    public const WIRE = [
        'vehicleNo' => 'vehicleNo',
        'fromPlace' => 'fromPlace',
        'fromState' => 'fromState',
        'reasonCode' => 'reasonCode',
        'reasonRem' => 'reasonRem',
        'transDocNo' => 'transDocNo',
        'transDocDate' => 'transDocDate',
        'transMode' => 'transMode',
        'vehicleType' => 'vehicleType',
    ];

    /** @param array<string, mixed> $additionalProperties members this SDK version does not model */
    public function __construct(
        /** @var string Wire name fromPlace. Required. */
        public readonly string $fromPlace,
        /** @var int Wire name fromState. Required. */
        public readonly int $fromState,
        /** @var string Wire name reasonCode. Required. */
        public readonly string $reasonCode,
        /** @var string Remarks on the reason; NIC requires them. Wire name reasonRem. Required. */
        public readonly string $reasonRem,
        /** @var string Wire name transMode. Required. */
        public readonly string $transMode,
        /** @var string|null Required for road. Wire name vehicleNo. Optional. */
        public readonly ?string $vehicleNo = null,
        /** @var string|null Required for rail, air and ship. Wire name transDocNo. Optional. */
        public readonly ?string $transDocNo = null,
        /** @var string|null Wire name transDocDate. Optional. */
        public readonly ?string $transDocDate = null,
        /** @var string|null Wire name vehicleType. Optional. */
        public readonly ?string $vehicleType = null,
        public readonly array $additionalProperties = [],
    ) {
    }

    /** @param array<string, mixed> $data wire JSON decoded to arrays */
    public static function fromArray(array $data): self
    {
        return new self(
            vehicleNo: $data['vehicleNo'] ?? null,
            fromPlace: $data['fromPlace'] ?? throw new \InvalidArgumentException('UpdateEwbVehicleRequest: fromPlace (fromPlace) is required'),
            fromState: $data['fromState'] ?? throw new \InvalidArgumentException('UpdateEwbVehicleRequest: fromState (fromState) is required'),
            reasonCode: $data['reasonCode'] ?? throw new \InvalidArgumentException('UpdateEwbVehicleRequest: reasonCode (reasonCode) is required'),
            reasonRem: $data['reasonRem'] ?? throw new \InvalidArgumentException('UpdateEwbVehicleRequest: reasonRem (reasonRem) is required'),
            transDocNo: $data['transDocNo'] ?? null,
            transDocDate: $data['transDocDate'] ?? null,
            transMode: $data['transMode'] ?? throw new \InvalidArgumentException('UpdateEwbVehicleRequest: transMode (transMode) is required'),
            vehicleType: $data['vehicleType'] ?? null,
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
