<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Models;

/** Immutable. Build with named arguments, copy with with(...); fromArray() decodes wire JSON and keeps unknown members. */
final class UsagePeriod implements \JsonSerializable
{
    /** Property => wire name. */
    public const WIRE = [
        'period' => 'period',
        'irnsGenerated' => 'irns_generated',
        'ewbsGenerated' => 'ewbs_generated',
        'cancellations' => 'cancellations',
        'notes' => 'notes',
        'bulkRecords' => 'bulk_records',
        'reconciliationReads' => 'reconciliation_reads',
        'otherCalls' => 'other_calls',
    ];

    /** @param array<string, mixed> $additionalProperties members this SDK version does not model */
    public function __construct(
        /** @var string|null The IST calendar day (YYYY-MM-DD) or month (YYYY-MM). Wire name period. Required. */
        public readonly ?string $period = null,
        /** @var int|null Invoices registered (`generateIrn`). Wire name irns_generated. Required. */
        public readonly ?int $irnsGenerated = null,
        /** @var int|null E-way bills generated (`generateEwb`). Wire name ewbs_generated. Required. */
        public readonly ?int $ewbsGenerated = null,
        /**
         * IRNs and e-way bills cancelled (`cancelIrn`, `cancelEwb`).
         *
         * @var int|null Wire name cancellations. Required.
         */
        public readonly ?int $cancellations = null,
        /** @var int|null Credit and debit notes registered (`generateNote`). Wire name notes. Required. */
        public readonly ?int $notes = null,
        /**
         * Documents accepted by bulk jobs (`bulkGenerateIrn`), per record.
         *
         * @var int|null Wire name bulk_records. Required.
         */
        public readonly ?int $bulkRecords = null,
        /**
         * `getIrn`, `getIrnByDocument`, `getEwb`, `listDocuments`, `exportDocuments`.
         *
         * @var int|null Wire name reconciliation_reads. Required.
         */
        public readonly ?int $reconciliationReads = null,
        /**
         * Every other authenticated call (administration, logs, webhooks, tokens...).
         *
         * @var int|null Wire name other_calls. Required.
         */
        public readonly ?int $otherCalls = null,
        public readonly array $additionalProperties = [],
    ) {
    }

    /** @param array<string, mixed> $data wire JSON decoded to arrays */
    public static function fromArray(array $data): self
    {
        return new self(
            period: $data['period'] ?? null,
            irnsGenerated: $data['irns_generated'] ?? null,
            ewbsGenerated: $data['ewbs_generated'] ?? null,
            cancellations: $data['cancellations'] ?? null,
            notes: $data['notes'] ?? null,
            bulkRecords: $data['bulk_records'] ?? null,
            reconciliationReads: $data['reconciliation_reads'] ?? null,
            otherCalls: $data['other_calls'] ?? null,
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
