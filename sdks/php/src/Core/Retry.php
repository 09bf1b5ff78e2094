<?php

declare(strict_types=1);

namespace Einvoice\Core;

/** The retry policy every einvoice SDK shares (spec/conformance/README.md, spec/vectors/retry-backoff.json). */
final class Retry
{
    public const DEFAULT_MAX_RETRIES = 2;
    public const MAX_RETRY_AFTER_MS = 60000;

    /** @param array<string, string|list<string>> $headers */
    public static function shouldRetry(int $status, array $headers = []): bool
    {
        $v = self::header($headers, 'x-should-retry');
        if ($v === 'true') {
            return true;
        }
        if ($v === 'false') {
            return false;
        }
        return $status === 408 || $status === 409 || $status === 429 || $status >= 500;
    }

    /**
     * retry-after-ms, else Retry-After (seconds or HTTP date); only 0 < d <= 60 s. Milliseconds or null.
     *
     * @param array<string, string|list<string>> $headers
     */
    public static function retryAfterMs(array $headers, ?float $nowSeconds = null): ?float
    {
        $nowSeconds ??= microtime(true);
        $ms = null;
        $v = trim((string) self::header($headers, 'retry-after-ms'));
        if ($v !== '' && is_numeric($v)) {
            $ms = (float) $v;
        }
        if ($ms === null) {
            $v = trim((string) self::header($headers, 'retry-after'));
            if ($v !== '') {
                if (is_numeric($v)) {
                    $ms = (float) $v * 1000;
                } else {
                    $t = \DateTimeImmutable::createFromFormat(\DateTimeInterface::RFC7231, $v, new \DateTimeZone('UTC'));
                    if ($t !== false) {
                        $ms = ((float) $t->format('U') - $nowSeconds) * 1000;
                    }
                }
            }
        }
        if ($ms === null || $ms <= 0 || $ms > self::MAX_RETRY_AFTER_MS) {
            return null;
        }
        return $ms;
    }

    /** min(0.5 * 2^n, 8) s * (1 - 0.25 * random), in milliseconds. */
    public static function backoffMs(int $retryIndex, float $random): float
    {
        $base = min(0.5 * (2 ** $retryIndex), 8.0);
        return $base * (1 - 0.25 * $random) * 1000;
    }

    /** @param array<string, string|list<string>> $headers */
    public static function delayMs(int $retryIndex, array $headers, float $random, ?float $nowSeconds = null): float
    {
        return self::retryAfterMs($headers, $nowSeconds) ?? self::backoffMs($retryIndex, $random);
    }

    /** @param array<string, string|list<string>> $headers */
    private static function header(array $headers, string $name): ?string
    {
        foreach ($headers as $k => $v) {
            if (strtolower((string) $k) === $name) {
                return is_array($v) ? ($v[0] ?? null) : $v;
            }
        }
        return null;
    }
}
