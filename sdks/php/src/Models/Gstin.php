<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Models;

/** Immutable. Build with named arguments, copy with with(...); fromArray() decodes wire JSON and keeps unknown members. */
final class Gstin implements \JsonSerializable
{
    /** Property => wire name. */
    public const WIRE = [
        'object' => 'object',
        'gstin' => 'gstin',
        'environment' => 'environment',
        'description' => 'description',
        'irpUsername' => 'irp_username',
        'irpPasswordSet' => 'irp_password_set',
        'largeTaxpayer' => 'large_taxpayer',
        'tenant' => 'tenant',
        'createdAt' => 'created_at',
        'updatedAt' => 'updated_at',
    ];

    /** @param array<string, mixed> $additionalProperties members this SDK version does not model */
    public function __construct(
        /** @var string|null Wire name object. Required. */
        public readonly ?string $object = null,
        /** @var string|null Wire name gstin. Required. */
        public readonly ?string $gstin = null,
        /** @var string|null Wire name environment. Required. */
        public readonly ?string $environment = null,
        /** @var string|null Wire name description. Optional. May be null. */
        public readonly ?string $description = null,
        /** @var string|null Wire name irp_username. Required. */
        public readonly ?string $irpUsername = null,
        /** @var bool|null An IRP password is stored (it is never returned). Wire name irp_password_set. Required. */
        public readonly ?bool $irpPasswordSet = null,
        /** @var bool|null Wire name large_taxpayer. Optional. */
        public readonly ?bool $largeTaxpayer = null,
        /**
         * The tenant it belongs to (null: the account itself).
         *
         * @var string|null Wire name tenant. Optional. May be null.
         */
        public readonly ?string $tenant = null,
        /** @var string|null Wire name created_at. Required. */
        public readonly ?string $createdAt = null,
        /** @var string|null Wire name updated_at. Required. */
        public readonly ?string $updatedAt = null,
        public readonly array $additionalProperties = [],
    ) {
    }

    /** @param array<string, mixed> $data wire JSON decoded to arrays */
    public static function fromArray(array $data): self
    {
        return new self(
            object: $data['object'] ?? null,
            gstin: $data['gstin'] ?? null,
            environment: $data['environment'] ?? null,
            description: $data['description'] ?? null,
            irpUsername: $data['irp_username'] ?? null,
            irpPasswordSet: $data['irp_password_set'] ?? null,
            largeTaxpayer: $data['large_taxpayer'] ?? null,
            tenant: $data['tenant'] ?? null,
            createdAt: $data['created_at'] ?? null,
            updatedAt: $data['updated_at'] ?? null,
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
