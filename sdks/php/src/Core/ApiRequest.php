<?php

declare(strict_types=1);

namespace Einvoice\Core;

/** One logical call as the generated services describe it. */
final class ApiRequest
{
    /**
     * @param array<string, string> $query
     * @param array<string, string> $headers
     * @param array<string, string>|null $form
     */
    public function __construct(
        public readonly string $method,
        public readonly string $path,
        public readonly string $operationId,
        public readonly Auth $auth,
        public readonly bool $idempotent = false,
        public readonly mixed $body = null,
        public readonly array $query = [],
        public readonly array $headers = [],
        public readonly ?array $form = null,
    ) {
    }

    public function withQuery(string $name, string $value): self
    {
        $q = $this->query;
        $q[$name] = $value;
        return new self($this->method, $this->path, $this->operationId, $this->auth, $this->idempotent, $this->body, $q, $this->headers, $this->form);
    }

    public static function segment(string|int $value): string
    {
        return rawurlencode((string) $value);
    }

    /** Renders a query/header value: booleans as true/false, lists comma-joined. */
    public static function render(mixed $value): string
    {
        if (is_bool($value)) {
            return $value ? 'true' : 'false';
        }
        if (is_array($value)) {
            return implode(',', array_map(static fn ($v) => self::render($v), $value));
        }
        return (string) $value;
    }

    /** @param array<string, mixed> $values */
    public static function params(array $values): array
    {
        $out = [];
        foreach ($values as $k => $v) {
            if ($v !== null) {
                $out[$k] = self::render($v);
            }
        }
        return $out;
    }

    public function target(string $baseUrl): string
    {
        $url = $baseUrl . $this->path;
        if ($this->query) {
            $url .= '?' . http_build_query($this->query, '', '&', PHP_QUERY_RFC3986);
        }
        return $url;
    }
}
