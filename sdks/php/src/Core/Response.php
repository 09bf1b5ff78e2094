<?php

declare(strict_types=1);

namespace Einvoice\Core;

/**
 * A decoded result with the final response's status, headers and raw body (the *WithResponse methods).
 *
 * @template T
 */
final class Response
{
    /**
     * @param array<string, list<string>> $headers
     * @param T $data
     */
    public function __construct(
        public readonly int $statusCode,
        public readonly array $headers,
        public readonly string $body,
        public readonly mixed $data,
    ) {
    }

    public function header(string $name): ?string
    {
        return $this->headers[strtolower($name)][0] ?? null;
    }

    /** Idempotent-Replayed: true (a stored result, or the IRP's duplicate answer). */
    public function replayed(): bool
    {
        return strtolower((string) $this->header('idempotent-replayed')) === 'true';
    }

    public function requestId(): ?string
    {
        return $this->header('x-request-id');
    }
}
