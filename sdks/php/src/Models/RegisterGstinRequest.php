<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Models;

/** Immutable. Build with named arguments, copy with with(...); fromArray() decodes wire JSON and keeps unknown members. */
final class RegisterGstinRequest implements \JsonSerializable
{
    /** Property => wire name. */
    public const WIRE = [
        'gstin' => 'gstin',
        'irpUsername' => 'irp_username',
        'irpPassword' => 'irp_password',
        'description' => 'description',
        'largeTaxpayer' => 'large_taxpayer',
    ];

    /** @param array<string, mixed> $additionalProperties members this SDK version does not model */
    public function __construct(
        /** @var string Wire name gstin. Required. */
        public readonly string $gstin,
        /**
         * API user created on the e-invoice portal for your GSP: printable ASCII without spaces,
         * as the portal issues it. NIC's login carries the user name and the password in one RSA
         * block, so together they fit in 66 characters (`"` and `\` count twice); a longer pair is
         * 422 `irp_login_too_long`, before any IRP call.
         *
         * @var string Wire name irp_username. Required.
         */
        public readonly string $irpUsername,
        /**
         * Its password (printable ASCII without spaces); encrypted at rest and never returned.
         *
         * @var string Wire name irp_password. Required.
         */
        public readonly string $irpPassword,
        /** @var string|null Wire name description. Optional. */
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
            gstin: $data['gstin'] ?? throw new \InvalidArgumentException('RegisterGstinRequest: gstin (gstin) is required'),
            irpUsername: $data['irp_username'] ?? throw new \InvalidArgumentException('RegisterGstinRequest: irpUsername (irp_username) is required'),
            irpPassword: $data['irp_password'] ?? throw new \InvalidArgumentException('RegisterGstinRequest: irpPassword (irp_password) is required'),
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
