<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Models;

/** Immutable. Build with named arguments, copy with with(...); fromArray() decodes wire JSON and keeps unknown members. */
final class DocumentSummary implements \JsonSerializable
{
    /** Property => wire name. */
    public const WIRE = [
        'id' => 'id',
        'object' => 'object',
        'docType' => 'doc_type',
        'docNo' => 'doc_no',
        'docDate' => 'doc_date',
        'status' => 'status',
        'irn' => 'Irn',
        'ackNo' => 'AckNo',
        'ackDt' => 'AckDt',
        'ewbNo' => 'EwbNo',
        'buyerGstin' => 'buyer_gstin',
        'totalValue' => 'total_value',
        'createdAt' => 'created_at',
        'updatedAt' => 'updated_at',
    ];

    /** @param array<string, mixed> $additionalProperties members this SDK version does not model */
    public function __construct(
        /** @var string|null Wire name id. Required. */
        public readonly ?string $id = null,
        /** @var string|null Wire name object. Required. */
        public readonly ?string $object = null,
        /** @var string|null Wire name doc_type. Required. */
        public readonly ?string $docType = null,
        /** @var string|null Wire name doc_no. Required. */
        public readonly ?string $docNo = null,
        /** @var string|null Wire name doc_date. Required. */
        public readonly ?string $docDate = null,
        /** @var string|null Wire name status. Required. */
        public readonly ?string $status = null,
        /** @var string|null Wire name Irn. Required. May be null. */
        public readonly ?string $irn = null,
        /** @var int|null Wire name AckNo. Required. May be null. */
        public readonly ?int $ackNo = null,
        /** @var string|null Wire name AckDt. Required. May be null. */
        public readonly ?string $ackDt = null,
        /** @var int|null Wire name EwbNo. Required. May be null. */
        public readonly ?int $ewbNo = null,
        /** @var string|null Wire name buyer_gstin. Optional. */
        public readonly ?string $buyerGstin = null,
        /** @var int|float|null Wire name total_value. Optional. */
        public readonly int|float|null $totalValue = null,
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
            docType: $data['doc_type'] ?? null,
            docNo: $data['doc_no'] ?? null,
            docDate: $data['doc_date'] ?? null,
            status: $data['status'] ?? null,
            irn: $data['Irn'] ?? null,
            ackNo: $data['AckNo'] ?? null,
            ackDt: $data['AckDt'] ?? null,
            ewbNo: $data['EwbNo'] ?? null,
            buyerGstin: $data['buyer_gstin'] ?? null,
            totalValue: $data['total_value'] ?? null,
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
