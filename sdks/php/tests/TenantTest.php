<?php

declare(strict_types=1);

namespace Einvoice\Tests;

use Einvoice\Client;
use Einvoice\Core\Exception\ConfigException;
use Einvoice\Core\HttpResponse;
use Einvoice\Core\RequestOptions;
use Einvoice\Core\TransportInterface;
use PHPUnit\Framework\TestCase;

/**
 * Einvoice-Tenant: a platform acts for one of its tenants per client (tenant:) or per call
 * (new RequestOptions(tenant: ...), which wins); nothing is sent without one, and a malformed id is refused
 * before any request.
 */
final class TenantTest extends TestCase
{
    /** @return array{0: TransportInterface, 1: \ArrayObject<int, string>} */
    private static function transport(): array
    {
        $sent = new \ArrayObject();
        $t = new class ($sent) implements TransportInterface {
            /** @param \ArrayObject<int, string> $sent */
            public function __construct(private \ArrayObject $sent)
            {
            }

            public function send(string $method, string $url, array $headers, ?string $body, float $timeoutSeconds): HttpResponse
            {
                $tenant = array_values(array_filter($headers, static fn (string $k): bool => strtolower($k) === 'einvoice-tenant', ARRAY_FILTER_USE_KEY));
                $this->sent->append($method . ' ' . ($tenant === [] ? '-' : implode('|', $tenant)));
                $json = $method === 'POST'
                    ? '{"id":"we_1","object":"webhook_endpoint","url":"https://example.com/hook"}'
                    : '{"object":"list","data":[],"has_more":false}';
                return new HttpResponse(200, ['content-type' => ['application/json']], $json);
            }
        };
        return [$t, $sent];
    }

    public function testClientTenantOnEveryCallAndTheCallOptionWins(): void
    {
        [$transport, $sent] = self::transport();
        $plain = new Client(baseUrl: 'http://127.0.0.1:9', apiKey: 'sk_test_platform', transport: $transport);
        $acme = new Client(baseUrl: 'http://127.0.0.1:9', apiKey: 'sk_test_platform', transport: $transport, tenant: 'ten_01JF3Q8Z5XACME');
        $other = new RequestOptions(tenant: 'ten_01JF3Q8Z5XOTHER');
        $plain->gstins->list();
        $acme->gstins->list();
        $acme->gstins->list(options: $other);
        $acme->webhookEndpoints->create(['url' => 'https://example.com/hook', 'events' => []], $other);
        $acme->gstins->list();
        $plain->gstins->list(options: new RequestOptions(tenant: 'ten_percall'));
        $acme->withOptions(tenant: null)->gstins->list();
        $headers = new Client(baseUrl: 'http://127.0.0.1:9', apiKey: 'sk_test_platform', transport: $transport, headers: ['EINVOICE-TENANT' => 'ten_fromheaders']);
        $headers->gstins->list(options: new RequestOptions(tenant: 'ten_fromoption'));
        self::assertSame([
            'GET -',
            'GET ten_01JF3Q8Z5XACME',
            'GET ten_01JF3Q8Z5XOTHER',
            'POST ten_01JF3Q8Z5XOTHER',
            'GET ten_01JF3Q8Z5XACME',
            'GET ten_percall',
            'GET -',
            'GET ten_fromoption',
        ], $sent->getArrayCopy());
    }

    public function testAMalformedTenantIsRefusedBeforeSending(): void
    {
        [$transport, $sent] = self::transport();
        $good = new Client(baseUrl: 'http://127.0.0.1:9', apiKey: 'sk_test_platform', transport: $transport, tenant: 'ten_ok1');
        foreach (['acme', 'ten_', 'ten_a-b', ' ten_abc', 'TEN_abc', "ten_abc\n", ''] as $bad) {
            $attempts = [
                static fn () => new Client(baseUrl: 'http://127.0.0.1:9', apiKey: 'sk_test_platform', transport: $transport, tenant: $bad),
                static fn () => $good->withOptions(tenant: $bad),
                static fn () => $good->gstins->list(options: new RequestOptions(tenant: $bad)),
            ];
            foreach ($attempts as $i => $fn) {
                try {
                    $fn();
                    self::fail('tenant ' . json_encode($bad) . " was accepted ($i)");
                } catch (ConfigException $e) {
                    self::assertStringContainsString('must be a tenant id such as ten_', $e->getMessage());
                    self::assertStringContainsString((string) json_encode($bad), $e->getMessage());
                }
            }
        }
        self::assertSame([], $sent->getArrayCopy());
    }
}
