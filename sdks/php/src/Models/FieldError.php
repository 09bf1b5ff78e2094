<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Models;

/**
 * One invalid field.
 *
 * Immutable. Build with named arguments, copy with with(...); fromArray() decodes wire JSON and keeps unknown members.
 */
final class FieldError implements \JsonSerializable
{
    /** Property => wire name. */
    public const WIRE = [
        'pointer' => 'pointer',
        'detail' => 'detail',
        'code' => 'code',
    ];

    /** @param array<string, mixed> $additionalProperties members this SDK version does not model */
    public function __construct(
        /**
         * JSON pointer (RFC 6901) into the request body, or `header:<name>` / `query:<name>`.
         *
         * @var string|null Wire name pointer. Required.
         */
        public readonly ?string $pointer = null,
        /** @var string|null What is wrong. Wire name detail. Required. */
        public readonly ?string $detail = null,
        /**
         * Machine-readable reason (`required`, `pattern`, `maxLength`, ...).
         *
         * @var string|null Wire name code. Optional.
         */
        public readonly ?string $code = null,
        public readonly array $additionalProperties = [],
    ) {
    }

    /** @param array<string, mixed> $data wire JSON decoded to arrays */
    public static function fromArray(array $data): self
    {
        return new self(
            pointer: $data['pointer'] ?? null,
            detail: $data['detail'] ?? null,
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
