<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Models;

/** Immutable. Build with named arguments, copy with with(...); fromArray() decodes wire JSON and keeps unknown members. */
final class DeliveryAttempt implements \JsonSerializable
{
    /** Property => wire name. */
    public const WIRE = [
        'attemptedAt' => 'attempted_at',
        'statusCode' => 'status_code',
        'latencyMs' => 'latency_ms',
        'responseExcerpt' => 'response_excerpt',
        'error' => 'error',
    ];

    /** @param array<string, mixed> $additionalProperties members this SDK version does not model */
    public function __construct(
        /** @var string|null Wire name attempted_at. Required. */
        public readonly ?string $attemptedAt = null,
        /**
         * The receiver's HTTP status; null when no answer.
         *
         * @var int|null Wire name status_code. Optional. May be null.
         */
        public readonly ?int $statusCode = null,
        /** @var int|float|null Wire name latency_ms. Required. */
        public readonly int|float|null $latencyMs = null,
        /** @var string|null First 1 KiB of the receiver's answer. Wire name response_excerpt. Optional. May be null. */
        public readonly ?string $responseExcerpt = null,
        /**
         * Transport error (`timeout`, `connection_refused`, `ssrf_blocked`, ...).
         *
         * @var string|null Wire name error. Optional. May be null.
         */
        public readonly ?string $error = null,
        public readonly array $additionalProperties = [],
    ) {
    }

    /** @param array<string, mixed> $data wire JSON decoded to arrays */
    public static function fromArray(array $data): self
    {
        return new self(
            attemptedAt: $data['attempted_at'] ?? null,
            statusCode: $data['status_code'] ?? null,
            latencyMs: $data['latency_ms'] ?? null,
            responseExcerpt: $data['response_excerpt'] ?? null,
            error: $data['error'] ?? null,
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
