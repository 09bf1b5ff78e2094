<?php

declare(strict_types=1);

namespace Einvoice\Tests;

use Einvoice\Client;
use Einvoice\Core\Exception\ConfigException;
use Einvoice\Core\HttpResponse;
use Einvoice\Core\TransportInterface;
use Einvoice\Tests\Support\CapturingLogger;
use PHPUnit\Framework\TestCase;

/** Request logging and app info: one record per attempt, nothing secret; the integration in the User-Agent. */
final class LoggingTest extends TestCase
{
    private const SECRET = 'cs_test_never_logged_000000001';

    /** @return array{0: TransportInterface, 1: \ArrayObject<int, array<string, string>>} */
    private static function transport(int $failFirst = 0): array
    {
        $sent = new \ArrayObject();
        $t = new class ($sent, $failFirst) implements TransportInterface {
            /** @param \ArrayObject<int, array<string, string>> $sent */
            public function __construct(private \ArrayObject $sent, private int $failFirst)
            {
            }

            public function send(string $method, string $url, array $headers, ?string $body, float $timeoutSeconds): HttpResponse
            {
                $this->sent->append($headers);
                if (str_ends_with($url, '/v1/oauth/token')) {
                    return new HttpResponse(200, ['content-type' => ['application/json'], 'x-request-id' => ['req_token']], '{"access_token":"at_never_logged","token_type":"Bearer","expires_in":900}');
                }
                if ($this->failFirst-- > 0) {
                    return new HttpResponse(503, ['x-request-id' => ['req_fail'], 'retry-after-ms' => ['1']], '{"status":503}');
                }
                return new HttpResponse(200, ['x-request-id' => ['req_ok'], 'idempotent-replayed' => ['true']], '{"object":"list","data":[],"has_more":false}');
            }
        };
        return [$t, $sent];
    }

    public function testInfoLogsOneRecordPerAttemptWithoutSecrets(): void
    {
        [$transport] = self::transport(1);
        $log = new CapturingLogger();
        $client = new Client(baseUrl: 'http://127.0.0.1:9', credentials: ['cli_1', self::SECRET], transport: $transport, logger: $log, statusAwareBackoff: false);
        $client->documents->list(from: '2026-11-01');
        $rows = array_map(static fn (array $r): array => [$r[0], $r[2]['method'], $r[2]['path'], $r[2]['status'], $r[2]['attempt']], $log->records);
        self::assertSame([
            ['info', 'POST', '/v1/oauth/token', 200, 1],
            ['info', 'GET', '/v1/documents', 503, 1],
            ['info', 'GET', '/v1/documents', 200, 2],
        ], $rows);
        self::assertSame('req_ok', $log->records[2][2]['request_id']);
        self::assertTrue($log->records[2][2]['idempotent_replayed']);
        self::assertIsInt($log->records[2][2]['latency_ms']);
        $all = (string) json_encode($log->records);
        foreach ([self::SECRET, 'at_never_logged', '2026-11-01', 'uthorization'] as $never) {
            self::assertStringNotContainsString($never, $all);
        }
    }

    public function testDebugAddsRedactedHeaders(): void
    {
        [$transport] = self::transport();
        $log = new CapturingLogger();
        $client = new Client(baseUrl: 'http://127.0.0.1:9', credentials: ['cli_1', self::SECRET], transport: $transport, logger: $log, logLevel: 'debug');
        $client->documents->list();
        self::assertCount(2, $log->records);
        foreach ($log->records as [$level, , $context]) {
            self::assertSame('debug', $level);
            self::assertSame('[redacted]', $context['request_headers']['Authorization']);
        }
        $all = (string) json_encode($log->records);
        self::assertStringNotContainsString(self::SECRET, $all);
        self::assertStringNotContainsString(base64_encode('cli_1:' . self::SECRET), $all);
        self::assertStringNotContainsString('at_never_logged', $all);
    }

    public function testSilentWithoutALoggerOrLevel(): void
    {
        putenv('EINVOICE_LOG');
        [$transport] = self::transport();
        $client = new Client(baseUrl: 'http://127.0.0.1:9', apiKey: 'sk_test_1', transport: $transport);
        self::assertSame('off', $client->config()->logLevel);
        $this->expectException(ConfigException::class);
        new Client(baseUrl: 'http://127.0.0.1:9', apiKey: 'sk_test_1', transport: $transport, logLevel: 'loud');
    }

    public function testAppInfoInTheUserAgent(): void
    {
        [$transport, $sent] = self::transport();
        $client = new Client(baseUrl: 'http://127.0.0.1:9', apiKey: 'sk_test_1', transport: $transport, appInfo: ['name' => 'acme-erp', 'version' => '4.2.0', 'url' => 'https://acme.example']);
        $client->status->get();
        self::assertMatchesRegularExpression('#^einvoice-php/\S+ PHP/\S+ acme-erp/4\.2\.0 \(\+https://acme\.example\)$#', $sent[0]['User-Agent']);
        $this->expectException(ConfigException::class);
        new Client(baseUrl: 'http://127.0.0.1:9', apiKey: 'sk_test_1', appInfo: ['version' => '1']);
    }

    public function testEveryRequestCarriesTheApiVersionAndAClientCanPinAnother(): void
    {
        [$transport, $sent] = self::transport();
        $client = new Client(baseUrl: 'http://127.0.0.1:9', apiKey: 'sk_test_1', transport: $transport);
        $client->status->get();
        $pinned = new Client(baseUrl: 'http://127.0.0.1:9', apiKey: 'sk_test_1', transport: $transport, headers: ['einvoice-version' => '2026-12-01']);
        $pinned->status->get();
        self::assertMatchesRegularExpression('/^\d{4}-\d{2}-\d{2}$/', \Einvoice\ApiVersion::VALUE);
        self::assertSame(\Einvoice\ApiVersion::VALUE, $sent[0]['Einvoice-Version']);
        self::assertSame(['einvoice-version' => '2026-12-01'], array_filter($sent[1], static fn (string $k): bool => strtolower($k) === 'einvoice-version', ARRAY_FILTER_USE_KEY));
    }
}
