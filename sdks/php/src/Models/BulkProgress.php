<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Models;

/**
 * A job's records by outcome so far; `pending` ones have none yet.
 *
 * Immutable. Build with named arguments, copy with with(...); fromArray() decodes wire JSON and keeps unknown members.
 */
final class BulkProgress implements \JsonSerializable
{
    /** Property => wire name. */
    public const WIRE = [
        'total' => 'total',
        'generated' => 'generated',
        'replayed' => 'replayed',
        'failed' => 'failed',
        'queued' => 'queued',
        'pending' => 'pending',
    ];

    /** @param array<string, mixed> $additionalProperties members this SDK version does not model */
    public function __construct(
        /** @var int|null Wire name total. Required. */
        public readonly ?int $total = null,
        /** @var int|null Wire name generated. Required. */
        public readonly ?int $generated = null,
        /** @var int|null Records whose document already had an IRN. Wire name replayed. Required. */
        public readonly ?int $replayed = null,
        /** @var int|null Wire name failed. Required. */
        public readonly ?int $failed = null,
        /**
         * Handed to the outage queue (no GSP reachable); it sends the document's own event.
         *
         * @var int|null Wire name queued. Required.
         */
        public readonly ?int $queued = null,
        /** @var int|null Wire name pending. Required. */
        public readonly ?int $pending = null,
        public readonly array $additionalProperties = [],
    ) {
    }

    /** @param array<string, mixed> $data wire JSON decoded to arrays */
    public static function fromArray(array $data): self
    {
        return new self(
            total: $data['total'] ?? null,
            generated: $data['generated'] ?? null,
            replayed: $data['replayed'] ?? null,
            failed: $data['failed'] ?? null,
            queued: $data['queued'] ?? null,
            pending: $data['pending'] ?? null,
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
