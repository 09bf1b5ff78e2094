<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Models;

/** Immutable. Build with named arguments, copy with with(...); fromArray() decodes wire JSON and keeps unknown members. */
final class BulkGenerateRequest implements \JsonSerializable
{
    /** Property => wire name. */
    public const WIRE = [
        'documents' => 'documents',
    ];

    /** @param array<string, mixed> $additionalProperties members this SDK version does not model */
    public function __construct(
        /**
         * 1 to 5,000 INV-01 documents (INV, CRN or DBN) of the token's GSTIN. More than 5,000 is a
         * 413 `payload_too_large` (with `limit`), counted before any document is validated; the
         * limit is not a schema `maxItems` because it is answered as a size limit, not as a field
         * error.
         *
         * @var list<Invoice> Wire name documents. Required.
         */
        public readonly array $documents,
        public readonly array $additionalProperties = [],
    ) {
    }

    /** @param array<string, mixed> $data wire JSON decoded to arrays */
    public static function fromArray(array $data): self
    {
        return new self(
            documents: array_map(static fn ($x0) => Invoice::fromArray($x0), $data['documents'] ?? throw new \InvalidArgumentException('BulkGenerateRequest: documents (documents) is required')),
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
