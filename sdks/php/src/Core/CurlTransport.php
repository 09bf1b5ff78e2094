<?php

declare(strict_types=1);

namespace Einvoice\Core;

use Einvoice\Core\Exception\ApiConnectionException;
use Einvoice\Core\Exception\ApiConnectionTimeoutException;

/** The default transport: ext-curl, one reused handle (keep-alive), HTTP/1.1. */
final class CurlTransport implements TransportInterface
{
    /** @var \CurlHandle|null */
    private $handle = null;

    /** @param array<int, mixed> $curlOptions extra CURLOPT_* settings (CA file, proxy, pinned public key ...) */
    public function __construct(private readonly array $curlOptions = [], private readonly float $connectTimeout = 10.0)
    {
    }

    public function send(string $method, string $url, array $headers, ?string $body, float $timeoutSeconds): HttpResponse
    {
        if ($this->handle === null) {
            $this->handle = curl_init();
        } else {
            curl_reset($this->handle);
        }
        $h = $this->handle;
        $lines = ['Expect:'];
        foreach ($headers as $k => $v) {
            $lines[] = "$k: $v";
        }
        $respHeaders = [];
        curl_setopt_array($h, [
            CURLOPT_URL => $url,
            CURLOPT_CUSTOMREQUEST => $method,
            CURLOPT_RETURNTRANSFER => true,
            CURLOPT_HTTPHEADER => $lines,
            CURLOPT_HTTP_VERSION => CURL_HTTP_VERSION_1_1,
            CURLOPT_FOLLOWLOCATION => false,
            CURLOPT_CONNECTTIMEOUT_MS => (int) ($this->connectTimeout * 1000),
            CURLOPT_TIMEOUT_MS => $timeoutSeconds > 0 ? (int) ceil($timeoutSeconds * 1000) : 0,
            CURLOPT_NOSIGNAL => true,
            // libcurl silently resends a request whose reused connection died before answering; the SDK owns
            // retries (counted, delayed, same Idempotency-Key), so writes always take a fresh connection.
            CURLOPT_FRESH_CONNECT => !in_array($method, ['GET', 'HEAD'], true),
            CURLOPT_HEADERFUNCTION => static function ($ch, string $line) use (&$respHeaders): int {
                $p = strpos($line, ':');
                if ($p !== false) {
                    $respHeaders[strtolower(trim(substr($line, 0, $p)))][] = trim(substr($line, $p + 1));
                } elseif (str_starts_with($line, 'HTTP/')) {
                    $respHeaders = []; // a new status line (100 Continue, ...): forget earlier headers
                }
                return strlen($line);
            },
        ]);
        if ($body !== null) {
            curl_setopt($h, CURLOPT_POSTFIELDS, $body);
        } elseif ($method === 'HEAD') {
            curl_setopt($h, CURLOPT_NOBODY, true);
        }
        if ($this->curlOptions) {
            curl_setopt_array($h, $this->curlOptions);
        }
        $out = curl_exec($h);
        if ($out === false) {
            $errno = curl_errno($h);
            $err = curl_error($h);
            curl_close($h);
            $this->handle = null; // a broken connection is not reused
            if ($errno === CURLE_OPERATION_TIMEDOUT) {
                throw new ApiConnectionTimeoutException("einvoice: $method $url timed out after {$timeoutSeconds}s: $err");
            }
            throw new ApiConnectionException("einvoice: $method $url: $err (curl $errno)");
        }
        return new HttpResponse((int) curl_getinfo($h, CURLINFO_RESPONSE_CODE), $respHeaders, (string) $out);
    }
}
