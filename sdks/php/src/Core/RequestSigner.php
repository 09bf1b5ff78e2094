<?php

declare(strict_types=1);

namespace Einvoice\Core;

/**
 * RFC 9421 HTTP Message Signatures, HMAC-SHA256, over @method, @target-uri, content-digest (RFC 9530, when
 * there is a body) and created. Vectors: spec/vectors/request-signatures.json.
 */
final class RequestSigner
{
    public function __construct(public readonly string $keyId, private readonly string $secret, public readonly string $label = 'sig1')
    {
    }

    public static function fromBase64(string $keyId, string $secretBase64): self
    {
        return new self($keyId, (string) base64_decode($secretBase64, true));
    }

    public static function contentDigest(string $body): string
    {
        return 'sha-256=:' . base64_encode(hash('sha256', $body, true)) . ':';
    }

    /** @param list<string> $components */
    public static function signatureParams(array $components, int $created, string $keyId, ?string $alg): string
    {
        $s = '(' . implode(' ', array_map(static fn ($c) => "\"$c\"", $components)) . ");created=$created;keyid=\"$keyId\"";
        return $alg ? $s . ";alg=\"$alg\"" : $s;
    }

    /**
     * @param array<string, string> $headers
     * @param list<string> $components
     */
    public static function signatureBase(string $method, string $target, array $headers, array $components, string $params): string
    {
        $u = parse_url($target);
        $lower = array_change_key_case($headers, CASE_LOWER);
        $lines = [];
        foreach ($components as $c) {
            $v = match ($c) {
                '@method' => strtoupper($method),
                '@target-uri' => $target,
                '@authority' => strtolower(($u['host'] ?? '') . (isset($u['port']) ? ':' . $u['port'] : '')),
                '@path' => $u['path'] ?? '/',
                '@query' => '?' . ($u['query'] ?? ''),
                default => isset($lower[strtolower($c)]) ? trim($lower[strtolower($c)])
                    : throw new \InvalidArgumentException("cannot sign: header $c is missing"),
            };
            $lines[] = "\"$c\": $v";
        }
        $lines[] = "\"@signature-params\": $params";
        return implode("\n", $lines);
    }

    public static function hmacSha256(string $base, string $secret): string
    {
        return base64_encode(hash_hmac('sha256', $base, $secret, true));
    }

    /** @return array<string, string> content-digest (with a body), signature-input, signature */
    public function sign(string $method, string $target, ?string $body, int $created): array
    {
        $out = [];
        $components = ['@method', '@target-uri'];
        if ($body !== null) {
            $out['content-digest'] = self::contentDigest($body);
            $components[] = 'content-digest';
        }
        $params = self::signatureParams($components, $created, $this->keyId, 'hmac-sha256');
        $base = self::signatureBase($method, $target, $out, $components, $params);
        $out['signature-input'] = "{$this->label}=$params";
        $out['signature'] = "{$this->label}=:" . self::hmacSha256($base, $this->secret) . ':';
        return $out;
    }
}
