<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Models;

/**
 * The members to change; at least one.
 *
 * Immutable. Build with named arguments, copy with with(...); fromArray() decodes wire JSON and keeps unknown members.
 */
final class UpdateGstinRequest implements \JsonSerializable
{
    /** Property => wire name. */
    public const WIRE = [
        'irpUsername' => 'irp_username',
        'irpPassword' => 'irp_password',
        'description' => 'description',
        'largeTaxpayer' => 'large_taxpayer',
    ];

    /** @param array<string, mixed> $additionalProperties members this SDK version does not model */
    public function __construct(
        /**
         * A new IRP API user name (checked against the IRP with the password).
         *
         * @var string|null Wire name irp_username. Optional.
         */
        public readonly ?string $irpUsername = null,
        /**
         * A new password for the IRP user; encrypted at rest and never returned.
         *
         * @var string|null Wire name irp_password. Optional.
         */
        public readonly ?string $irpPassword = null,
        /**
         * A note for your records; `null` clears it, leaving it out keeps it.
         *
         * @var string|null Wire name description. Optional. May be null.
         */
        public readonly ?string $description = null,
        /**
         * AATO of 10 crore or more: documents older than 30 days are refused, as the IRP does.
         *
         * @var bool|null Wire name large_taxpayer. Optional.
         */
        public readonly ?bool $largeTaxpayer = null,
        public readonly array $additionalProperties = [],
    ) {
    }

    /** @param array<string, mixed> $data wire JSON decoded to arrays */
    public static function fromArray(array $data): self
    {
        return new self(
            irpUsername: $data['irp_username'] ?? null,
            irpPassword: $data['irp_password'] ?? null,
            description: $data['description'] ?? null,
            largeTaxpayer: $data['large_taxpayer'] ?? null,
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
