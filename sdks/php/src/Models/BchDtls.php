<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Models;

/**
 * Batch details.
 *
 * Immutable. Build with named arguments, copy with with(...); fromArray() decodes wire JSON and keeps unknown members.
 */
final class BchDtls implements \JsonSerializable
{
    /** Property => wire name. */
    public const WIRE = [
        'nm' => 'Nm',
        'expDt' => 'ExpDt',
        'wrDt' => 'WrDt',
    ];

    /** @param array<string, mixed> $additionalProperties members this SDK version does not model */
    public function __construct(
        /** @var string Batch number or name. Wire name Nm. Required. */
        public readonly string $nm,
        /** @var string|null Wire name ExpDt. Optional. */
        public readonly ?string $expDt = null,
        /** @var string|null Wire name WrDt. Optional. */
        public readonly ?string $wrDt = null,
        public readonly array $additionalProperties = [],
    ) {
    }

    /** @param array<string, mixed> $data wire JSON decoded to arrays */
    public static function fromArray(array $data): self
    {
        return new self(
            nm: $data['Nm'] ?? throw new \InvalidArgumentException('BchDtls: nm (Nm) is required'),
            expDt: $data['ExpDt'] ?? null,
            wrDt: $data['WrDt'] ?? null,
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
