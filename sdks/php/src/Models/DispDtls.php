<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Models;

/**
 * Dispatch-from address, when goods leave from somewhere other than the seller's address.
 *
 * Immutable. Build with named arguments, copy with with(...); fromArray() decodes wire JSON and keeps unknown members.
 */
final class DispDtls implements \JsonSerializable
{
    /** Property => wire name. */
    public const WIRE = [
        'nm' => 'Nm',
        'addr1' => 'Addr1',
        'addr2' => 'Addr2',
        'loc' => 'Loc',
        'pin' => 'Pin',
        'stcd' => 'Stcd',
    ];

    /** @param array<string, mixed> $additionalProperties members this SDK version does not model */
    public function __construct(
        /** @var string|null Name of the place. Wire name Nm. Required. */
        public readonly ?string $nm = null,
        /** @var string|null Address line 1. Wire name Addr1. Required. */
        public readonly ?string $addr1 = null,
        /** @var string|null Address line 2. Wire name Addr2. Optional. */
        public readonly ?string $addr2 = null,
        /** @var string|null Location (city). Wire name Loc. Required. */
        public readonly ?string $loc = null,
        /** @var int|null PIN code. Wire name Pin. Required. */
        public readonly ?int $pin = null,
        /** @var string|null  Wire name Stcd. Required. */
        public readonly ?string $stcd = null,
        public readonly array $additionalProperties = [],
    ) {
        if ($this->nm === null) {
            throw new \InvalidArgumentException('DispDtls: nm (Nm) is required');
        }
        if ($this->addr1 === null) {
            throw new \InvalidArgumentException('DispDtls: addr1 (Addr1) is required');
        }
        if ($this->loc === null) {
            throw new \InvalidArgumentException('DispDtls: loc (Loc) is required');
        }
        if ($this->pin === null) {
            throw new \InvalidArgumentException('DispDtls: pin (Pin) is required');
        }
        if ($this->stcd === null) {
            throw new \InvalidArgumentException('DispDtls: stcd (Stcd) is required');
        }
    }

    /** @param array<string, mixed> $data wire JSON decoded to arrays */
    public static function fromArray(array $data): self
    {
        return new self(
            nm: $data['Nm'] ?? null,
            addr1: $data['Addr1'] ?? null,
            addr2: $data['Addr2'] ?? null,
            loc: $data['Loc'] ?? null,
            pin: $data['Pin'] ?? null,
            stcd: $data['Stcd'] ?? null,
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
