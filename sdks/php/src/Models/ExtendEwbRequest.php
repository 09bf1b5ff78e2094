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
        /** @var string|null  Wire name vehicleNo. Optional. */
        public readonly ?string $vehicleNo = null,
        /** @var string|null  Wire name fromPlace. Required. */
        public readonly ?string $fromPlace = null,
        /** @var int|null  Wire name fromState. Required. */
        public readonly ?int $fromState = null,
        /** @var int|null  Wire name fromPincode. Required. */
        public readonly ?int $fromPincode = null,
        /** @var int|null  Wire name remainingDistance. Required. */
        public readonly ?int $remainingDistance = null,
        /** @var string|null  Wire name transDocNo. Optional. */
        public readonly ?string $transDocNo = null,
        /** @var string|null  Wire name transDocDate. Optional. */
        public readonly ?string $transDocDate = null,
        /** @var string|null `5` in transit (with `consignmentStatus` `T`). Wire name transMode. Required. */
        public readonly ?string $transMode = null,
        /** @var string|null `1` natural calamity, `2` law and order, `4` transshipment, `5` accident, `99` others. Wire name extnRsnCode. Required. */
        public readonly ?string $extnRsnCode = null,
        /** @var string|null  Wire name extnRemarks. Required. */
        public readonly ?string $extnRemarks = null,
        /** @var string|null `M` in movement, `T` in transit. Wire name consignmentStatus. Required. */
        public readonly ?string $consignmentStatus = null,
        /** @var string|null With `T`: `R` road, `W` warehouse, `O` others. Wire name transitType. Optional. */
        public readonly ?string $transitType = null,
        /** @var string|null  Wire name addressLine1. Optional. */
        public readonly ?string $addressLine1 = null,
        /** @var string|null  Wire name addressLine2. Optional. */
        public readonly ?string $addressLine2 = null,
        /** @var string|null  Wire name addressLine3. Optional. */
        public readonly ?string $addressLine3 = null,
        public readonly array $additionalProperties = [],
    ) {
        if ($this->fromPlace === null) {
            throw new \InvalidArgumentException('ExtendEwbRequest: fromPlace (fromPlace) is required');
        }
        if ($this->fromState === null) {
            throw new \InvalidArgumentException('ExtendEwbRequest: fromState (fromState) is required');
        }
        if ($this->fromPincode === null) {
            throw new \InvalidArgumentException('ExtendEwbRequest: fromPincode (fromPincode) is required');
        }
        if ($this->remainingDistance === null) {
            throw new \InvalidArgumentException('ExtendEwbRequest: remainingDistance (remainingDistance) is required');
        }
        if ($this->transMode === null) {
            throw new \InvalidArgumentException('ExtendEwbRequest: transMode (transMode) is required');
        }
        if ($this->extnRsnCode === null) {
            throw new \InvalidArgumentException('ExtendEwbRequest: extnRsnCode (extnRsnCode) is required');
        }
        if ($this->extnRemarks === null) {
            throw new \InvalidArgumentException('ExtendEwbRequest: extnRemarks (extnRemarks) is required');
        }
        if ($this->consignmentStatus === null) {
            throw new \InvalidArgumentException('ExtendEwbRequest: consignmentStatus (consignmentStatus) is required');
        }
    }

    /** @param array<string, mixed> $data wire JSON decoded to arrays */
    public static function fromArray(array $data): self
    {
        return new self(
            vehicleNo: $data['vehicleNo'] ?? null,
            fromPlace: $data['fromPlace'] ?? null,
            fromState: $data['fromState'] ?? null,
            fromPincode: $data['fromPincode'] ?? null,
            remainingDistance: $data['remainingDistance'] ?? null,
            transDocNo: $data['transDocNo'] ?? null,
            transDocDate: $data['transDocDate'] ?? null,
            transMode: $data['transMode'] ?? null,
            extnRsnCode: $data['extnRsnCode'] ?? null,
            extnRemarks: $data['extnRemarks'] ?? null,
            consignmentStatus: $data['consignmentStatus'] ?? null,
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
