<?php

declare(strict_types=1);

namespace Einvoice\Core;

/** One raw HTTP answer as a transport returns it. Header names are lower-case. */
final class HttpResponse
{
    /** @param array<string, list<string>> $headers */
    public function __construct(
        public readonly int $status,
        public readonly array $headers,
        public readonly string $body,
    ) {
    }

    public function header(string $name): ?string
    {
        return $this->headers[strtolower($name)][0] ?? null;
    }
}
