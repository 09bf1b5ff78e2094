<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Models;

/**
 * Document details of the note.
 *
 * Immutable. Build with named arguments, copy with with(...); fromArray() decodes wire JSON and keeps unknown members.
 */
final class NoteRequestDocDtls implements \JsonSerializable
{
    /** Property => wire name. */
    public const WIRE = [
        'typ' => 'Typ',
        'no' => 'No',
        'dt' => 'Dt',
    ];

    /** @param array<string, mixed> $additionalProperties members this SDK version does not model */
    public function __construct(
        /** @var string `CRN` credit note, `DBN` debit note. Wire name Typ. Required. */
        public readonly string $typ,
        /** @var string Note number. Wire name No. Required. */
        public readonly string $no,
        /** @var string Wire name Dt. Required. */
        public readonly string $dt,
        public readonly array $additionalProperties = [],
    ) {
    }

    /** @param array<string, mixed> $data wire JSON decoded to arrays */
    public static function fromArray(array $data): self
    {
        return new self(
            typ: $data['Typ'] ?? throw new \InvalidArgumentException('NoteRequestDocDtls: typ (Typ) is required'),
            no: $data['No'] ?? throw new \InvalidArgumentException('NoteRequestDocDtls: no (No) is required'),
            dt: $data['Dt'] ?? throw new \InvalidArgumentException('NoteRequestDocDtls: dt (Dt) is required'),
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
