<?php

declare(strict_types=1);

namespace Einvoice\Core;

/**
 * Per-call options, with named arguments:
 * new RequestOptions(timeout: 5.0, maxRetries: 1, headers: [...], idempotencyKey: '...', gstin: '...', wait: 10).
 */
final class RequestOptions
{
    /** @param array<string, string> $headers */
    public function __construct(
        public readonly ?float $timeout = null,
        public readonly ?int $maxRetries = null,
        public readonly array $headers = [],
        public readonly ?string $idempotencyKey = null,
        public readonly ?string $gstin = null,
        public readonly ?int $wait = null,
    ) {
    }
}
