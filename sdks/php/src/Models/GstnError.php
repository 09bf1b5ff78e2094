<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Models;

/**
 * One government-side error, with what to change.
 *
 * Immutable. Build with named arguments, copy with with(...); fromArray() decodes wire JSON and keeps unknown members.
 */
final class GstnError implements \JsonSerializable
{
    /** Property => wire name. */
    public const WIRE = [
        'code' => 'code',
        'message' => 'message',
        'hint' => 'hint',
        'pointer' => 'pointer',
    ];

    /** @param array<string, mixed> $additionalProperties members this SDK version does not model */
    public function __construct(
        /** @var string|null NIC error code (e.g. `2172`), or an e-way bill API code. Wire name code. Required. */
        public readonly ?string $code = null,
        /** @var string|null NIC's message. Wire name message. Required. */
        public readonly ?string $message = null,
        /** @var string|null What to change in the request to resolve it. Wire name hint. Optional. */
        public readonly ?string $hint = null,
        /** @var string|null JSON pointer to the field concerned, when there is one. Wire name pointer. Optional. */
        public readonly ?string $pointer = null,
        public readonly array $additionalProperties = [],
    ) {
    }

    /** @param array<string, mixed> $data wire JSON decoded to arrays */
    public static function fromArray(array $data): self
    {
        return new self(
            code: $data['code'] ?? null,
            message: $data['message'] ?? null,
            hint: $data['hint'] ?? null,
            pointer: $data['pointer'] ?? null,
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
