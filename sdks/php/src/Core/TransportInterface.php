<?php

declare(strict_types=1);

namespace Einvoice\Core;

/**
 * The HTTP seam: one attempt, no retries (the engine owns those). Replace it for proxies, TLS pinning,
 * a PSR-18 client or test doubles. Throw ApiConnectionException (or ApiConnectionTimeoutException) when
 * there is no HTTP answer.
 */
interface TransportInterface
{
    /** @param array<string, string> $headers */
    public function send(string $method, string $url, array $headers, ?string $body, float $timeoutSeconds): HttpResponse;
}
