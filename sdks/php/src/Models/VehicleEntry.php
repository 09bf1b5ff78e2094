<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Models;

/** Immutable. Build with named arguments, copy with with(...); fromArray() decodes wire JSON and keeps unknown members. */
final class VehicleEntry implements \JsonSerializable
{
    /** Property => wire name. */
    public const WIRE = [
        'vehicleNo' => 'vehicleNo',
        'transDocNo' => 'transDocNo',
        'transMode' => 'transMode',
        'fromPlace' => 'fromPlace',
        'fromState' => 'fromState',
        'reasonCode' => 'reasonCode',
        'enteredAt' => 'entered_at',
    ];

    /** @param array<string, mixed> $additionalProperties members this SDK version does not model */
    public function __construct(
        /** @var string|null Wire name vehicleNo. Optional. May be null. */
        public readonly ?string $vehicleNo = null,
        /** @var string|null Wire name transDocNo. Optional. May be null. */
        public readonly ?string $transDocNo = null,
        /** @var string|null Wire name transMode. Optional. */
        public readonly ?string $transMode = null,
        /** @var string|null Wire name fromPlace. Optional. May be null. */
        public readonly ?string $fromPlace = null,
        /** @var int|null Wire name fromState. Optional. May be null. */
        public readonly ?int $fromState = null,
        /** @var string|null Wire name reasonCode. Optional. May be null. */
        public readonly ?string $reasonCode = null,
        /** @var string|null Wire name entered_at. Required. */
        public readonly ?string $enteredAt = null,
        public readonly array $additionalProperties = [],
    ) {
    }

    /** @param array<string, mixed> $data wire JSON decoded to arrays */
    public static function fromArray(array $data): self
    {
        return new self(
            vehicleNo: $data['vehicleNo'] ?? null,
            transDocNo: $data['transDocNo'] ?? null,
            transMode: $data['transMode'] ?? null,
            fromPlace: $data['fromPlace'] ?? null,
            fromState: $data['fromState'] ?? null,
            reasonCode: $data['reasonCode'] ?? null,
            enteredAt: $data['entered_at'] ?? null,
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
