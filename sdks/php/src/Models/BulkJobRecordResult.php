<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Models;

/** Immutable. Build with named arguments, copy with with(...); fromArray() decodes wire JSON and keeps unknown members. */
final class BulkJobRecordResult implements \JsonSerializable
{
    /** Property => wire name. */
    public const WIRE = [
        'index' => 'index',
        'status' => 'status',
        'document' => 'document',
        'error' => 'error',
    ];

    /** @param array<string, mixed> $additionalProperties members this SDK version does not model */
    public function __construct(
        /** @var int|null Position in `documents`. Wire name index. Required. */
        public readonly ?int $index = null,
        /** @var string|null Wire name status. Required. */
        public readonly ?string $status = null,
        /** @var IrnDocument|null Wire name document. Required. May be null. */
        public readonly ?IrnDocument $document = null,
        /** @var Problem|null Wire name error. Required. May be null. */
        public readonly ?Problem $error = null,
        public readonly array $additionalProperties = [],
    ) {
    }

    /** @param array<string, mixed> $data wire JSON decoded to arrays */
    public static function fromArray(array $data): self
    {
        return new self(
            index: $data['index'] ?? null,
            status: $data['status'] ?? null,
            document: isset($data['document']) ? IrnDocument::fromArray($data['document']) : null,
            error: isset($data['error']) ? Problem::fromArray($data['error']) : null,
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
