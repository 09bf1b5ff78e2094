<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Models;

/**
 * The invoice was sent to the IRP in another NIC schema version than it was received in.
 *
 * Immutable. Build with named arguments, copy with with(...); fromArray() decodes wire JSON and keeps unknown members.
 */
final class SchemaTranslation implements \JsonSerializable
{
    /** Property => wire name. */
    public const WIRE = [
        'received' => 'received',
        'sent' => 'sent',
        'sentBody' => 'sent_body',
    ];

    /** @param array<string, mixed> $additionalProperties members this SDK version does not model */
    public function __construct(
        /** @var string|null The NIC schema version of the request body. Wire name received. Required. */
        public readonly ?string $received = null,
        /** @var string|null The NIC schema version the IRP demanded. Wire name sent. Required. */
        public readonly ?string $sent = null,
        /**
         * The document as sent to the IRP, redacted like `request_body`.
         *
         * @var mixed|null Wire name sent_body. Required.
         */
        public readonly mixed $sentBody = null,
        public readonly array $additionalProperties = [],
    ) {
    }

    /** @param array<string, mixed> $data wire JSON decoded to arrays */
    public static function fromArray(array $data): self
    {
        return new self(
            received: $data['received'] ?? null,
            sent: $data['sent'] ?? null,
            sentBody: $data['sent_body'] ?? null,
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
