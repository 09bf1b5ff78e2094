<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Models;

/**
 * An e-way bill: NIC's fields plus einvoice's envelope.
 *
 * Immutable. Build with named arguments, copy with with(...); fromArray() decodes wire JSON and keeps unknown members.
 */
final class EwayBill implements \JsonSerializable
{
    /** Property => wire name. */
    public const WIRE = [
        'id' => 'id',
        'object' => 'object',
        'status' => 'status',
        'gstin' => 'gstin',
        'irn' => 'Irn',
        'ewbNo' => 'EwbNo',
        'ewbDt' => 'EwbDt',
        'ewbValidTill' => 'EwbValidTill',
        'remarks' => 'Remarks',
        'distanceKm' => 'distance_km',
        'vehicles' => 'vehicles',
        'extensionCount' => 'extension_count',
        'cancellableUntil' => 'cancellable_until',
        'cancelledAt' => 'cancelled_at',
        'gsp' => 'gsp',
        'irp' => 'irp',
        'createdAt' => 'created_at',
        'updatedAt' => 'updated_at',
    ];

    /** @param array<string, mixed> $additionalProperties members this SDK version does not model */
    public function __construct(
        /** @var string|null Wire name id. Required. */
        public readonly ?string $id = null,
        /** @var string|null Wire name object. Required. */
        public readonly ?string $object = null,
        /** @var string|null Wire name status. Required. */
        public readonly ?string $status = null,
        /** @var string|null Wire name gstin. Required. */
        public readonly ?string $gstin = null,
        /** @var string|null Wire name Irn. Required. */
        public readonly ?string $irn = null,
        /** @var int|null Wire name EwbNo. Required. */
        public readonly ?int $ewbNo = null,
        /** @var string|null `yyyy-MM-dd HH:mm:ss` IST. Wire name EwbDt. Required. */
        public readonly ?string $ewbDt = null,
        /**
         * `yyyy-MM-dd HH:mm:ss` IST; null until Part-B.
         *
         * @var string|null Wire name EwbValidTill. Required. May be null.
         */
        public readonly ?string $ewbValidTill = null,
        /** @var string|null Wire name Remarks. Optional. May be null. */
        public readonly ?string $remarks = null,
        /** @var int|null Wire name distance_km. Optional. */
        public readonly ?int $distanceKm = null,
        /** @var list<VehicleEntry>|null Part-B history, oldest first. Wire name vehicles. Optional. */
        public readonly ?array $vehicles = null,
        /** @var int|null Wire name extension_count. Optional. */
        public readonly ?int $extensionCount = null,
        /** @var string|null Wire name cancellable_until. Optional. May be null. */
        public readonly ?string $cancellableUntil = null,
        /** @var string|null Wire name cancelled_at. Optional. May be null. */
        public readonly ?string $cancelledAt = null,
        /** @var string|null Wire name gsp. Optional. May be null. */
        public readonly ?string $gsp = null,
        /** @var string|null Wire name irp. Optional. May be null. */
        public readonly ?string $irp = null,
        /** @var string|null Wire name created_at. Required. */
        public readonly ?string $createdAt = null,
        /** @var string|null Wire name updated_at. Required. */
        public readonly ?string $updatedAt = null,
        public readonly array $additionalProperties = [],
    ) {
    }

    /** @param array<string, mixed> $data wire JSON decoded to arrays */
    public static function fromArray(array $data): self
    {
        return new self(
            id: $data['id'] ?? null,
            object: $data['object'] ?? null,
            status: $data['status'] ?? null,
            gstin: $data['gstin'] ?? null,
            irn: $data['Irn'] ?? null,
            ewbNo: $data['EwbNo'] ?? null,
            ewbDt: $data['EwbDt'] ?? null,
            ewbValidTill: $data['EwbValidTill'] ?? null,
            remarks: $data['Remarks'] ?? null,
            distanceKm: $data['distance_km'] ?? null,
            vehicles: isset($data['vehicles']) ? array_map(static fn ($x0) => VehicleEntry::fromArray($x0), $data['vehicles']) : null,
            extensionCount: $data['extension_count'] ?? null,
            cancellableUntil: $data['cancellable_until'] ?? null,
            cancelledAt: $data['cancelled_at'] ?? null,
            gsp: $data['gsp'] ?? null,
            irp: $data['irp'] ?? null,
            createdAt: $data['created_at'] ?? null,
            updatedAt: $data['updated_at'] ?? null,
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
