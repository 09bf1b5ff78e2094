<?php

declare(strict_types=1);

namespace Einvoice\Core;

/**
 * Per-call options, with named arguments:
 * new RequestOptions(timeout: 5.0, maxRetries: 1, headers: [...], idempotencyKey: '...', gstin: '...', wait: 10,
 * tenant: 'ten_...'). A tenant acts for that tenant on this call (Einvoice-Tenant), instead of the client's.
 */
final class RequestOptions
{
    /**
     * @param array<string, string> $headers
     * @throws Exception\ConfigException when $tenant is not a ten_... id
     */
    public function __construct(
        public readonly ?float $timeout = null,
        public readonly ?int $maxRetries = null,
        public readonly array $headers = [],
        public readonly ?string $idempotencyKey = null,
        public readonly ?string $gstin = null,
        public readonly ?int $wait = null,
        public readonly ?string $tenant = null,
    ) {
        if ($tenant !== null) {
            Config::checkTenant($tenant, 'the tenant request option');
        }
    }
}
