<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Models;

/** Immutable. Build with named arguments, copy with with(...); fromArray() decodes wire JSON and keeps unknown members. */
final class SandboxFault implements \JsonSerializable
{
    /** Property => wire name. */
    public const WIRE = [
        'mode' => 'mode',
        'count' => 'count',
        'code' => 'code',
    ];

    /** @param array<string, mixed> $additionalProperties members this SDK version does not model */
    public function __construct(
        /** @var string Wire name mode. Required. */
        public readonly string $mode,
        /** @var int How many of the next requests meet it; 0 clears it. Wire name count. Required. */
        public readonly int $count,
        /** @var string|null NIC error code, for `nic_error`. Wire name code. Optional. */
        public readonly ?string $code = null,
        public readonly array $additionalProperties = [],
    ) {
    }

    /** @param array<string, mixed> $data wire JSON decoded to arrays */
    public static function fromArray(array $data): self
    {
        return new self(
            mode: $data['mode'] ?? throw new \InvalidArgumentException('SandboxFault: mode (mode) is required'),
            count: $data['count'] ?? throw new \InvalidArgumentException('SandboxFault: count (count) is required'),
            code: $data['code'] ?? null,
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
