<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Models;

/** Immutable. Build with named arguments, copy with with(...); fromArray() decodes wire JSON and keeps unknown members. */
final class SandboxFaultsFaultsItem implements \JsonSerializable
{
    /** Property => wire name. */
    public const WIRE = [
        'mode' => 'mode',
        'count' => 'count',
        'code' => 'code',
        'remaining' => 'remaining',
    ];

    /** @param array<string, mixed> $additionalProperties members this SDK version does not model */
    public function __construct(
        /** @var string|null Wire name mode. Required. */
        public readonly ?string $mode = null,
        /** @var int|null How many of the next requests meet it; 0 clears it. Wire name count. Required. */
        public readonly ?int $count = null,
        /** @var string|null NIC error code, for `nic_error`. Wire name code. Optional. */
        public readonly ?string $code = null,
        /** @var int|null Wire name remaining. Required. */
        public readonly ?int $remaining = null,
        public readonly array $additionalProperties = [],
    ) {
    }

    /** @param array<string, mixed> $data wire JSON decoded to arrays */
    public static function fromArray(array $data): self
    {
        return new self(
            mode: $data['mode'] ?? null,
            count: $data['count'] ?? null,
            code: $data['code'] ?? null,
            remaining: $data['remaining'] ?? null,
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
