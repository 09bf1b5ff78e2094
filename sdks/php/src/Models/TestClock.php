<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Models;

/** Immutable. Build with named arguments, copy with with(...); fromArray() decodes wire JSON and keeps unknown members. */
final class TestClock implements \JsonSerializable
{
    /** Property => wire name. */
    public const WIRE = [
        'id' => 'id',
        'object' => 'object',
        'name' => 'name',
        'frozenTime' => 'frozen_time',
        'status' => 'status',
        'wholeAccount' => 'whole_account',
        'gstins' => 'gstins',
        'createdAt' => 'created_at',
    ];

    /** @param array<string, mixed> $additionalProperties members this SDK version does not model */
    public function __construct(
        /** @var string|null Wire name id. Required. */
        public readonly ?string $id = null,
        /** @var string|null Wire name object. Required. */
        public readonly ?string $object = null,
        /** @var string|null Your label for the clock. Wire name name. Required. May be null. */
        public readonly ?string $name = null,
        /** @var string|null Wire name frozen_time. Required. */
        public readonly ?string $frozenTime = null,
        /**
         * `ready`: the GSTINs run at `frozen_time`. `advancing` is reserved for an advance that is
         * still being applied.
         *
         * @var string|null Wire name status. Required.
         */
        public readonly ?string $status = null,
        /**
         * Every sandbox GSTIN of the account without a clock of its own follows this one.
         *
         * @var bool|null Wire name whole_account. Required.
         */
        public readonly ?bool $wholeAccount = null,
        /** @var list<string>|null The GSTINs attached to this clock. Wire name gstins. Required. */
        public readonly ?array $gstins = null,
        /** @var string|null Wire name created_at. Required. */
        public readonly ?string $createdAt = null,
        public readonly array $additionalProperties = [],
    ) {
    }

    /** @param array<string, mixed> $data wire JSON decoded to arrays */
    public static function fromArray(array $data): self
    {
        return new self(
            id: $data['id'] ?? null,
            object: $data['object'] ?? null,
            name: $data['name'] ?? null,
            frozenTime: $data['frozen_time'] ?? null,
            status: $data['status'] ?? null,
            wholeAccount: $data['whole_account'] ?? null,
            gstins: $data['gstins'] ?? null,
            createdAt: $data['created_at'] ?? null,
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
