<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Models;

/**
 * Export details; for `EXPWP`/`EXPWOP`.
 *
 * Immutable. Build with named arguments, copy with with(...); fromArray() decodes wire JSON and keeps unknown members.
 */
final class ExpDtls implements \JsonSerializable
{
    /** Property => wire name. */
    public const WIRE = [
        'shipBNo' => 'ShipBNo',
        'shipBDt' => 'ShipBDt',
        'port' => 'Port',
        'refClm' => 'RefClm',
        'forCur' => 'ForCur',
        'cntCode' => 'CntCode',
        'expDuty' => 'ExpDuty',
    ];

    /** @param array<string, mixed> $additionalProperties members this SDK version does not model */
    public function __construct(
        /** @var string|null Shipping bill number. Wire name ShipBNo. Optional. */
        public readonly ?string $shipBNo = null,
        /** @var string|null Wire name ShipBDt. Optional. */
        public readonly ?string $shipBDt = null,
        /** @var string|null Port code (e.g. `INBOM1`). Wire name Port. Optional. */
        public readonly ?string $port = null,
        /** @var string|null `Y` when a refund is claimed. Wire name RefClm. Optional. */
        public readonly ?string $refClm = null,
        /** @var string|null Foreign currency code (ISO 4217). Wire name ForCur. Optional. */
        public readonly ?string $forCur = null,
        /** @var string|null Destination country (ISO 3166 alpha-2). Wire name CntCode. Optional. */
        public readonly ?string $cntCode = null,
        /** @var int|float|null Export duty. Wire name ExpDuty. Optional. */
        public readonly int|float|null $expDuty = null,
        public readonly array $additionalProperties = [],
    ) {
    }

    /** @param array<string, mixed> $data wire JSON decoded to arrays */
    public static function fromArray(array $data): self
    {
        return new self(
            shipBNo: $data['ShipBNo'] ?? null,
            shipBDt: $data['ShipBDt'] ?? null,
            port: $data['Port'] ?? null,
            refClm: $data['RefClm'] ?? null,
            forCur: $data['ForCur'] ?? null,
            cntCode: $data['CntCode'] ?? null,
            expDuty: $data['ExpDuty'] ?? null,
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
