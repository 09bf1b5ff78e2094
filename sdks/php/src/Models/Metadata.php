<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Models;

/**
 * Your own key-value pairs (at most 50 keys; keys up to 40 characters, values up to 500).
 *
 * Immutable. Build with named arguments, copy with with(...); fromArray() decodes wire JSON and keeps unknown members.
 */
final class Metadata implements \JsonSerializable
{
    /** Property => wire name. */
    public const WIRE = [
    ];

    /** @param array<string, mixed> $additionalProperties members this SDK version does not model */
    public function __construct(
        public readonly array $additionalProperties = [],
    ) {
    }

    /** @param array<string, mixed> $data wire JSON decoded to arrays */
    public static function fromArray(array $data): self
    {
        return new self(
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
