<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Models;

/** Immutable. Build with named arguments, copy with with(...); fromArray() decodes wire JSON and keeps unknown members. */
final class PutGspRouteUserRequest implements \JsonSerializable
{
    /** Property => wire name. */
    public const WIRE = [
        'irpUsername' => 'irp_username',
        'irpPassword' => 'irp_password',
        'ewbUsername' => 'ewb_username',
        'ewbPassword' => 'ewb_password',
    ];

    /** @param array<string, mixed> $additionalProperties members this SDK version does not model */
    public function __construct(
        /**
         * The e-invoice API user created for this GSP (its name carries the GSP's suffix).
         *
         * @var string Wire name irp_username. Required.
         */
        public readonly string $irpUsername,
        /** @var string Its password; encrypted at rest and never returned. Wire name irp_password. Required. */
        public readonly string $irpPassword,
        /**
         * The e-way bill system API user for this GSP; with ewb_password.
         *
         * @var string|null Wire name ewb_username. Optional.
         */
        public readonly ?string $ewbUsername = null,
        /** @var string|null Its password; encrypted at rest and never returned. Wire name ewb_password. Optional. */
        public readonly ?string $ewbPassword = null,
        public readonly array $additionalProperties = [],
    ) {
    }

    /** @param array<string, mixed> $data wire JSON decoded to arrays */
    public static function fromArray(array $data): self
    {
        return new self(
            irpUsername: $data['irp_username'] ?? throw new \InvalidArgumentException('PutGspRouteUserRequest: irpUsername (irp_username) is required'),
            irpPassword: $data['irp_password'] ?? throw new \InvalidArgumentException('PutGspRouteUserRequest: irpPassword (irp_password) is required'),
            ewbUsername: $data['ewb_username'] ?? null,
            ewbPassword: $data['ewb_password'] ?? null,
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
