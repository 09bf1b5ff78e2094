<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Models;

/**
 * A preceding document.
 *
 * Immutable. Build with named arguments, copy with with(...); fromArray() decodes wire JSON and keeps unknown members.
 */
final class PrecDocDtls implements \JsonSerializable
{
    /** Property => wire name. */
    public const WIRE = [
        'invNo' => 'InvNo',
        'invDt' => 'InvDt',
        'othRefNo' => 'OthRefNo',
    ];

    /** @param array<string, mixed> $additionalProperties members this SDK version does not model */
    public function __construct(
        /** @var string Number of the preceding invoice (first character 1-9 or A-Z). Wire name InvNo. Required. */
        public readonly string $invNo,
        /** @var string Wire name InvDt. Required. */
        public readonly string $invDt,
        /** @var string|null Other reference. Wire name OthRefNo. Optional. */
        public readonly ?string $othRefNo = null,
        public readonly array $additionalProperties = [],
    ) {
    }

    /** @param array<string, mixed> $data wire JSON decoded to arrays */
    public static function fromArray(array $data): self
    {
        return new self(
            invNo: $data['InvNo'] ?? throw new \InvalidArgumentException('PrecDocDtls: invNo (InvNo) is required'),
            invDt: $data['InvDt'] ?? throw new \InvalidArgumentException('PrecDocDtls: invDt (InvDt) is required'),
            othRefNo: $data['OthRefNo'] ?? null,
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
