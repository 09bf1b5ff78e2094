<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Models;

/** Immutable. Build with named arguments, copy with with(...); fromArray() decodes wire JSON and keeps unknown members. */
final class Status implements \JsonSerializable
{
    /** Property => wire name. */
    public const WIRE = [
        'status' => 'status',
        'updatedAt' => 'updated_at',
        'gsps' => 'gsps',
        'irps' => 'irps',
        'unresolved' => 'unresolved',
    ];

    /** @param array<string, mixed> $additionalProperties members this SDK version does not model */
    public function __construct(
        /** @var string|null Wire name status. Required. */
        public readonly ?string $status = null,
        /** @var string|null Wire name updated_at. Required. */
        public readonly ?string $updatedAt = null,
        /** @var list<GspHealth>|null Wire name gsps. Required. */
        public readonly ?array $gsps = null,
        /** @var list<IrpHealth>|null Wire name irps. Required. */
        public readonly ?array $irps = null,
        /**
         * Documents, cancellations and e-way bill changes (cancel, Part-B, extension) on this
         * server whose outcome at the IRP is not yet known (a lost answer, a crash, an unresolved
         * 2150), which the reconciler is still resolving; an e-way bill change is counted while it
         * is being sent. It should stay near 0; a number that grows means the IRP is not answering
         * reads.
         *
         * @var int|null Wire name unresolved. Required.
         */
        public readonly ?int $unresolved = null,
        public readonly array $additionalProperties = [],
    ) {
    }

    /** @param array<string, mixed> $data wire JSON decoded to arrays */
    public static function fromArray(array $data): self
    {
        return new self(
            status: $data['status'] ?? null,
            updatedAt: $data['updated_at'] ?? null,
            gsps: isset($data['gsps']) ? array_map(static fn ($x0) => GspHealth::fromArray($x0), $data['gsps']) : null,
            irps: isset($data['irps']) ? array_map(static fn ($x0) => IrpHealth::fromArray($x0), $data['irps']) : null,
            unresolved: $data['unresolved'] ?? null,
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
