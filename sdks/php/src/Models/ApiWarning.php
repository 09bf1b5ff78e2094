<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Models;

/**
 * A deprecated request field the request used; it works until `sunset`.
 *
 * Immutable. Build with named arguments, copy with with(...); fromArray() decodes wire JSON and keeps unknown members.
 */
final class ApiWarning implements \JsonSerializable
{
    /** Property => wire name. */
    public const WIRE = [
        'code' => 'code',
        'field' => 'field',
        'message' => 'message',
        'sunset' => 'sunset',
        'replacement' => 'replacement',
        'guide' => 'guide',
    ];

    /** @param array<string, mixed> $additionalProperties members this SDK version does not model */
    public function __construct(
        /** @var string|null Wire name code. Required. */
        public readonly ?string $code = null,
        /** @var string|null The deprecated field. Wire name field. Required. */
        public readonly ?string $field = null,
        /** @var string|null Wire name message. Required. */
        public readonly ?string $message = null,
        /** @var string|null The first day it no longer works. Wire name sunset. Required. */
        public readonly ?string $sunset = null,
        /** @var string|null What to use instead. Wire name replacement. Required. */
        public readonly ?string $replacement = null,
        /** @var string|null The migration guide. Wire name guide. Required. */
        public readonly ?string $guide = null,
        public readonly array $additionalProperties = [],
    ) {
    }

    /** @param array<string, mixed> $data wire JSON decoded to arrays */
    public static function fromArray(array $data): self
    {
        return new self(
            code: $data['code'] ?? null,
            field: $data['field'] ?? null,
            message: $data['message'] ?? null,
            sunset: $data['sunset'] ?? null,
            replacement: $data['replacement'] ?? null,
            guide: $data['guide'] ?? null,
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
