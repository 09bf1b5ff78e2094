<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Models;

/** Immutable. Build with named arguments, copy with with(...); fromArray() decodes wire JSON and keeps unknown members. */
final class BulkCompletedEventData implements \JsonSerializable
{
    /** Property => wire name. */
    public const WIRE = [
        'id' => 'id',
        'object' => 'object',
        'status' => 'status',
        'summary' => 'summary',
        'createdAt' => 'created_at',
        'completedAt' => 'completed_at',
    ];

    /** @param array<string, mixed> $additionalProperties members this SDK version does not model */
    public function __construct(
        /** @var string|null Wire name id. Required. */
        public readonly ?string $id = null,
        /** @var string|null Wire name object. Optional. */
        public readonly ?string $object = null,
        /** @var string|null Wire name status. Optional. */
        public readonly ?string $status = null,
        /** @var BulkSummary|null Wire name summary. Required. */
        public readonly ?BulkSummary $summary = null,
        /** @var string|null Wire name created_at. Optional. */
        public readonly ?string $createdAt = null,
        /** @var string|null Wire name completed_at. Optional. */
        public readonly ?string $completedAt = null,
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
            summary: isset($data['summary']) ? BulkSummary::fromArray($data['summary']) : null,
            createdAt: $data['created_at'] ?? null,
            completedAt: $data['completed_at'] ?? null,
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
