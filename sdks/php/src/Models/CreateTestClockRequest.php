<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Models;

/** Immutable. Build with named arguments, copy with with(...); fromArray() decodes wire JSON and keeps unknown members. */
final class CreateTestClockRequest implements \JsonSerializable
{
    /** Property => wire name. */
    public const WIRE = [
        'name' => 'name',
        'frozenTime' => 'frozen_time',
        'gstins' => 'gstins',
        'wholeAccount' => 'whole_account',
    ];

    /** @param array<string, mixed> $additionalProperties members this SDK version does not model */
    public function __construct(
        /** @var string|null Wire name name. Optional. */
        public readonly ?string $name = null,
        /** @var string|null Wire name frozen_time. Optional. */
        public readonly ?string $frozenTime = null,
        /** @var list<string>|null Wire name gstins. Optional. */
        public readonly ?array $gstins = null,
        /** @var bool|null Wire name whole_account. Optional. */
        public readonly ?bool $wholeAccount = null,
        public readonly array $additionalProperties = [],
    ) {
    }

    /** @param array<string, mixed> $data wire JSON decoded to arrays */
    public static function fromArray(array $data): self
    {
        return new self(
            name: $data['name'] ?? null,
            frozenTime: $data['frozen_time'] ?? null,
            gstins: $data['gstins'] ?? null,
            wholeAccount: $data['whole_account'] ?? null,
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
