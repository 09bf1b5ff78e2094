<?php

declare(strict_types=1);

namespace Einvoice\Core;

/**
 * One log record per HTTP attempt: method, path (never the query string), status, request id, attempt and
 * latency at `info`; the redacted headers as well at `debug`. Credentials, signatures and bodies are never logged.
 * The logger is anything PSR-3-shaped (`info(string $message, array $context)` and `debug(...)`), e.g. Monolog.
 */
final class RequestLogger
{
    private const REDACTED = ['authorization', 'signature', 'signature-input', 'cookie', 'set-cookie', 'x-api-key'];

    public function __construct(private readonly object $logger, private readonly string $level)
    {
    }

    /**
     * @param array<string, string> $requestHeaders
     * @param array<string, list<string>>|null $responseHeaders lower-case names
     */
    public function attempt(
        string $method,
        string $url,
        int $attempt,
        float $seconds,
        array $requestHeaders,
        ?int $status,
        ?array $responseHeaders,
        ?string $error = null,
    ): void {
        $path = (string) (parse_url($url, PHP_URL_PATH) ?? '');
        $requestId = $responseHeaders['x-request-id'][0] ?? null;
        $context = [
            'method' => $method,
            'path' => $path,
            'status' => $status,
            'request_id' => $requestId,
            'attempt' => $attempt + 1, // from 1, as in every SDK
            'latency_ms' => (int) round($seconds * 1000),
        ];
        if (strtolower($responseHeaders['idempotent-replayed'][0] ?? '') === 'true') {
            $context['idempotent_replayed'] = true;
        }
        if ($error !== null) {
            $context['error'] = $error;
        }
        $message = "einvoice $method $path -> " . ($status ?? 'error') . " ({$context['latency_ms']} ms, attempt {$context['attempt']}"
            . ($requestId !== null ? ", $requestId" : '') . ')';
        if ($this->level === 'debug') {
            $context['request_headers'] = self::redact(array_map(static fn (string $v): array => [$v], $requestHeaders));
            if ($responseHeaders !== null) {
                $context['response_headers'] = self::redact($responseHeaders);
            }
            $this->logger->debug($message, $context);
            return;
        }
        $this->logger->info($message, $context);
    }

    /**
     * @param array<string, list<string>> $headers
     * @return array<string, string>
     */
    public static function redact(array $headers): array
    {
        $out = [];
        foreach ($headers as $name => $values) {
            $out[$name] = in_array(strtolower($name), self::REDACTED, true) ? '[redacted]' : implode(', ', $values);
        }
        return $out;
    }
}
