<?php

declare(strict_types=1);

namespace Einvoice\Core;

use Einvoice\Core\Exception\WebhookVerificationException;

/**
 * Standard Webhooks verification (HMAC-SHA256, webhook-id/-timestamp/-signature, 300 s tolerance both
 * ways, several secrets during a rotation) with an injectable clock. Pass the raw body, not re-encoded JSON.
 */
final class Webhook
{
    public const TOLERANCE_SECONDS = 300;

    /** @var \Closure(): int */
    private \Closure $clock;

    /** @param list<string> $secrets */
    public function __construct(private readonly array $secrets, ?callable $clock = null)
    {
        $this->clock = $clock !== null ? \Closure::fromCallable($clock) : static fn (): int => time();
    }

    /**
     * Verifies, then decodes the payload.
     *
     * @param array<string, string|list<string>> $headers
     * @return array<string, mixed>
     */
    public function verify(string $payload, array $headers): array
    {
        self::verifyWith($payload, $headers, $this->secrets, ($this->clock)());
        return (array) json_decode($payload, true, 512, JSON_THROW_ON_ERROR);
    }

    /**
     * @param array<string, string|list<string>> $headers
     * @param list<string> $secrets
     */
    public static function verifyWith(string $payload, array $headers, array $secrets, int $now): void
    {
        foreach ($secrets as $secret) {
            if (self::key($secret) === null) {
                throw new WebhookVerificationException(
                    'invalid_secret',
                    'einvoice: webhook: the secret is not whsec_ followed by base64 (copy it from the endpoint)',
                );
            }
        }
        $h = [];
        foreach ($headers as $k => $v) {
            $h[strtolower((string) $k)] = is_array($v) ? (string) ($v[0] ?? '') : (string) $v;
        }
        $id = trim($h['webhook-id'] ?? '');
        $ts = trim($h['webhook-timestamp'] ?? '');
        $sigs = trim($h['webhook-signature'] ?? '');
        if ($id === '' || $ts === '' || $sigs === '') {
            throw new WebhookVerificationException('missing_headers', 'einvoice: webhook: missing headers');
        }
        if (!ctype_digit(ltrim($ts, '-'))) {
            throw new WebhookVerificationException('invalid_timestamp', 'einvoice: webhook: webhook-timestamp is not a number');
        }
        $t = (int) $ts;
        $diff = $now - $t;
        if ($diff > self::TOLERANCE_SECONDS) {
            throw new WebhookVerificationException('timestamp_too_old', 'einvoice: webhook: timestamp too old');
        }
        if (-$diff > self::TOLERANCE_SECONDS) {
            throw new WebhookVerificationException('timestamp_too_new', 'einvoice: webhook: timestamp too new');
        }
        foreach ($secrets as $secret) {
            $want = self::sign($id, $t, $payload, $secret);
            if ($want === null) {
                continue;
            }
            foreach (explode(' ', $sigs) as $s) {
                if (str_starts_with($s, 'v1,') && hash_equals($want, $s)) {
                    return;
                }
            }
        }
        throw new WebhookVerificationException(
            'no_matching_signature',
            'einvoice: webhook: no signature matches (check the secret, and pass the raw body bytes, not re-encoded JSON)',
        );
    }

    /** v1, + base64(HMAC-SHA256(key, id.timestamp.payload)); also a test helper. Null for a bad secret. */
    public static function sign(string $msgId, int $timestamp, string $payload, string $secret): ?string
    {
        $key = self::key($secret);
        if ($key === null) {
            return null;
        }
        return 'v1,' . base64_encode(hash_hmac('sha256', "$msgId.$timestamp.$payload", $key, true));
    }

    /**
     * The three headers of a delivery of $payload signed with $secret: what a test of your receiver sends.
     *
     * @return array{webhook-id: string, webhook-timestamp: string, webhook-signature: string}
     */
    public static function headers(string $msgId, int $timestamp, string $payload, string $secret): array
    {
        $signature = self::sign($msgId, $timestamp, $payload, $secret);
        if ($signature === null) {
            throw new WebhookVerificationException('invalid_secret', 'einvoice: webhook: the secret is not whsec_ followed by base64');
        }
        return ['webhook-id' => $msgId, 'webhook-timestamp' => (string) $timestamp, 'webhook-signature' => $signature];
    }

    /** The HMAC key of whsec_<base64>, strictly decoded; null for anything else. */
    private static function key(string $secret): ?string
    {
        $raw = str_starts_with($secret, 'whsec_') ? substr($secret, 6) : $secret;
        $key = base64_decode($raw, true);
        return $key === false || $key === '' ? null : $key;
    }
}
