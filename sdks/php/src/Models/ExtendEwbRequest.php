<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Models;

/**
 * NIC `EXTENDVALIDITY` body (the e-way bill number comes from the path).
 *
 * Immutable. Build with named arguments, copy with with(...); fromArray() decodes wire JSON and keeps unknown members.
 */
final class ExtendEwbRequest implements \JsonSerializable
{
    /** Property => wire name. */
    public const WIRE = [
        'vehicleNo' => 'vehicleNo',
        'fromPlace' => 'fromPlace',
        'fromState' => 'fromState',
        'fromPincode' => 'fromPincode',
        'remainingDistance' => 'remainingDistance',
        'transDocNo' => 'transDocNo',
        'transDocDate' => 'transDocDate',
        'transMode' => 'transMode',
        'extnRsnCode' => 'extnRsnCode',
        'extnRemarks' => 'extnRemarks',
        'consignmentStatus' => 'consignmentStatus',
        'transitType' => 'transitType',
        'addressLine1' => 'addressLine1',
        'addressLine2' => 'addressLine2',
        'addressLine3' => 'addressLine3',
    ];

    /** @param array<string, mixed> $additionalProperties members this SDK version does not model */
    public function __construct(
        /** @var string Wire name fromPlace. Required. */
        public readonly string $fromPlace,
        /** @var int Wire name fromState. Required. */
        public readonly int $fromState,
        /** @var int Wire name fromPincode. Required. */
        public readonly int $fromPincode,
        /** @var int Wire name remainingDistance. Required. */
        public readonly int $remainingDistance,
        /** @var string Wire name transMode. Required. */
        public readonly string $transMode,
        /** @var string Wire name extnRsnCode. Required. */
        public readonly string $extnRsnCode,
        /** @var string Wire name extnRemarks. Required. */
        public readonly string $extnRemarks,
        /** @var string Wire name consignmentStatus. Required. */
        public readonly string $consignmentStatus,
        /** @var string|null Wire name vehicleNo. Optional. */
        public readonly ?string $vehicleNo = null,
        /** @var string|null Wire name transDocNo. Optional. */
        public readonly ?string $transDocNo = null,
        /** @var string|null Wire name transDocDate. Optional. */
        public readonly ?string $transDocDate = null,
        /** @var string|null Wire name transitType. Optional. */
        public readonly ?string $transitType = null,
        /** @var string|null Wire name addressLine1. Optional. */
        public readonly ?string $addressLine1 = null,
        /** @var string|null Wire name addressLine2. Optional. */
        public readonly ?string $addressLine2 = null,
        /** @var string|null Wire name addressLine3. Optional. */
        public readonly ?string $addressLine3 = null,
        public readonly array $additionalProperties = [],
    ) {
    }

    /** @param array<string, mixed> $data wire JSON decoded to arrays */
    public static function fromArray(array $data): self
    {
        return new self(
            vehicleNo: $data['vehicleNo'] ?? null,
            fromPlace: $data['fromPlace'] ?? throw new \InvalidArgumentException('ExtendEwbRequest: fromPlace (fromPlace) is required'),
            fromState: $data['fromState'] ?? throw new \InvalidArgumentException('ExtendEwbRequest: fromState (fromState) is required'),
            fromPincode: $data['fromPincode'] ?? throw new \InvalidArgumentException('ExtendEwbRequest: fromPincode (fromPincode) is required'),
            remainingDistance: $data['remainingDistance'] ?? throw new \InvalidArgumentException('ExtendEwbRequest: remainingDistance (remainingDistance) is required'),
            transDocNo: $data['transDocNo'] ?? null,
            transDocDate: $data['transDocDate'] ?? null,
            transMode: $data['transMode'] ?? throw new \InvalidArgumentException('ExtendEwbRequest: transMode (transMode) is required'),
            extnRsnCode: $data['extnRsnCode'] ?? throw new \InvalidArgumentException('ExtendEwbRequest: extnRsnCode (extnRsnCode) is required'),
            extnRemarks: $data['extnRemarks'] ?? throw new \InvalidArgumentException('ExtendEwbRequest: extnRemarks (extnRemarks) is required'),
            consignmentStatus: $data['consignmentStatus'] ?? throw new \InvalidArgumentException('ExtendEwbRequest: consignmentStatus (consignmentStatus) is required'),
            transitType: $data['transitType'] ?? null,
            addressLine1: $data['addressLine1'] ?? null,
            addressLine2: $data['addressLine2'] ?? null,
            addressLine3: $data['addressLine3'] ?? null,
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
