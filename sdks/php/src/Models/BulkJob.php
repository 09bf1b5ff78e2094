<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Models;

/**
 * A bulk job (`bulkGenerateIrn`), durable across restarts.
 *
 * Immutable. Build with named arguments, copy with with(...); fromArray() decodes wire JSON and keeps unknown members.
 */
final class BulkJob implements \JsonSerializable
{
    /** Property => wire name. */
    public const WIRE = [
        'id' => 'id',
        'object' => 'object',
        'status' => 'status',
        'gstin' => 'gstin',
        'summary' => 'summary',
        'resultsUrl' => 'results_url',
        'createdAt' => 'created_at',
        'updatedAt' => 'updated_at',
        'completedAt' => 'completed_at',
    ];

    /** @param array<string, mixed> $additionalProperties members this SDK version does not model */
    public function __construct(
        /** @var string|null Wire name id. Required. */
        public readonly ?string $id = null,
        /** @var string|null Wire name object. Required. */
        public readonly ?string $object = null,
        /**
         * `queued`: waiting for a server to (re)start it; `running`: a server is relaying its
         * records (or will resume them after a restart); `completed`: every record has an outcome.
         *
         * @var string|null Wire name status. Required.
         */
        public readonly ?string $status = null,
        /** @var string|null Wire name gstin. Required. */
        public readonly ?string $gstin = null,
        /** @var BulkProgress|null Wire name summary. Required. */
        public readonly ?BulkProgress $summary = null,
        /**
         * Where `listBulkJobResults` lists the per-record results.
         *
         * @var string|null Wire name results_url. Required.
         */
        public readonly ?string $resultsUrl = null,
        /** @var string|null Wire name created_at. Required. */
        public readonly ?string $createdAt = null,
        /** @var string|null Wire name updated_at. Required. */
        public readonly ?string $updatedAt = null,
        /** @var string|null Wire name completed_at. Required. May be null. */
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
            gstin: $data['gstin'] ?? null,
            summary: isset($data['summary']) ? BulkProgress::fromArray($data['summary']) : null,
            resultsUrl: $data['results_url'] ?? null,
            createdAt: $data['created_at'] ?? null,
            updatedAt: $data['updated_at'] ?? null,
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
