<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Models;

/**
 * Payment details.
 *
 * Immutable. Build with named arguments, copy with with(...); fromArray() decodes wire JSON and keeps unknown members.
 */
final class PayDtls implements \JsonSerializable
{
    /** Property => wire name. */
    public const WIRE = [
        'nm' => 'Nm',
        'accDet' => 'AccDet',
        'mode' => 'Mode',
        'finInsBr' => 'FinInsBr',
        'payTerm' => 'PayTerm',
        'payInstr' => 'PayInstr',
        'crTrn' => 'CrTrn',
        'dirDr' => 'DirDr',
        'crDay' => 'CrDay',
        'paidAmt' => 'PaidAmt',
        'paymtDue' => 'PaymtDue',
    ];

    /** @param array<string, mixed> $additionalProperties members this SDK version does not model */
    public function __construct(
        /** @var string|null Payee name. Wire name Nm. Optional. */
        public readonly ?string $nm = null,
        /** @var string|null Bank account number. Wire name AccDet. Optional. */
        public readonly ?string $accDet = null,
        /** @var string|null Mode of payment. Wire name Mode. Optional. */
        public readonly ?string $mode = null,
        /** @var string|null IFSC of the branch. Wire name FinInsBr. Optional. */
        public readonly ?string $finInsBr = null,
        /** @var string|null Terms of payment. Wire name PayTerm. Optional. */
        public readonly ?string $payTerm = null,
        /** @var string|null Payment instruction. Wire name PayInstr. Optional. */
        public readonly ?string $payInstr = null,
        /** @var string|null Credit transfer. Wire name CrTrn. Optional. */
        public readonly ?string $crTrn = null,
        /** @var string|null Direct debit. Wire name DirDr. Optional. */
        public readonly ?string $dirDr = null,
        /** @var int|null Credit days. Wire name CrDay. Optional. */
        public readonly ?int $crDay = null,
        /** @var int|float|null Amount already paid. Wire name PaidAmt. Optional. */
        public readonly int|float|null $paidAmt = null,
        /** @var int|float|null Amount due. Wire name PaymtDue. Optional. */
        public readonly int|float|null $paymtDue = null,
        public readonly array $additionalProperties = [],
    ) {
    }

    /** @param array<string, mixed> $data wire JSON decoded to arrays */
    public static function fromArray(array $data): self
    {
        return new self(
            nm: $data['Nm'] ?? null,
            accDet: $data['AccDet'] ?? null,
            mode: $data['Mode'] ?? null,
            finInsBr: $data['FinInsBr'] ?? null,
            payTerm: $data['PayTerm'] ?? null,
            payInstr: $data['PayInstr'] ?? null,
            crTrn: $data['CrTrn'] ?? null,
            dirDr: $data['DirDr'] ?? null,
            crDay: $data['CrDay'] ?? null,
            paidAmt: $data['PaidAmt'] ?? null,
            paymtDue: $data['PaymtDue'] ?? null,
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
