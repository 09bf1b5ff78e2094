<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Models;

/**
 * A GSTIN's own API users on one GSP route. Passwords are never returned.
 *
 * Immutable. Build with named arguments, copy with with(...); fromArray() decodes wire JSON and keeps unknown members.
 */
final class GspRouteUser implements \JsonSerializable
{
    /** Property => wire name. */
    public const WIRE = [
        'object' => 'object',
        'gstin' => 'gstin',
        'route' => 'route',
        'irpUsername' => 'irp_username',
        'ewbUsername' => 'ewb_username',
        'status' => 'status',
        'refusedReason' => 'refused_reason',
        'refusedAt' => 'refused_at',
        'createdAt' => 'created_at',
        'updatedAt' => 'updated_at',
    ];

    /** @param array<string, mixed> $additionalProperties members this SDK version does not model */
    public function __construct(
        /** @var string|null Wire name object. Required. */
        public readonly ?string $object = null,
        /** @var string|null Wire name gstin. Required. */
        public readonly ?string $gstin = null,
        /** @var string|null The GSP route's name (`GET /v1/status` `gsps[].id`). Wire name route. Required. */
        public readonly ?string $route = null,
        /** @var string|null The e-invoice API user on this route. Wire name irp_username. Required. */
        public readonly ?string $irpUsername = null,
        /**
         * The e-way bill system user on this route; `null`: the e-invoice user is used.
         *
         * @var string|null Wire name ewb_username. Required. May be null.
         */
        public readonly ?string $ewbUsername = null,
        /**
         * `refused`: the route refused this login on a document's call and is unusable for the
         * GSTIN until the users are replaced.
         *
         * @var string|null Wire name status. Required.
         */
        public readonly ?string $status = null,
        /**
         * What the route answered (route name and NIC's code).
         *
         * @var string|null Wire name refused_reason. Required. May be null.
         */
        public readonly ?string $refusedReason = null,
        /** @var string|null Wire name refused_at. Required. May be null. */
        public readonly ?string $refusedAt = null,
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
            route: $data['route'] ?? null,
            irpUsername: $data['irp_username'] ?? null,
            ewbUsername: $data['ewb_username'] ?? null,
            status: $data['status'] ?? null,
            refusedReason: $data['refused_reason'] ?? null,
            refusedAt: $data['refused_at'] ?? null,
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
