<?php

declare(strict_types=1);

namespace Einvoice\Tests;

use Einvoice\Client;
use Einvoice\Models\Plan;
use Einvoice\Tests\Support\Fixtures;
use Einvoice\Tests\Support\Servers;
use PHPUnit\Framework\TestCase;

/**
 * irn->generate through the SDK vs a raw ext-curl POST on the same reference server, same run, interleaved.
 * Runs only with EINVOICE_BENCH=1 (the shim's `bench` script).
 */
final class BenchTest extends TestCase
{
    public function testBenchIrnGenerate(): void
    {
        if (getenv('EINVOICE_BENCH') !== '1') {
            self::markTestSkipped('set EINVOICE_BENCH=1');
        }
        $n = (int) (getenv('EINVOICE_BENCH_N') ?: 60);
        $ref = Servers::reference();
        $cred = QuickstartTest::provision($ref, Plan::CUSTOM);
        $client = new Client(baseUrl: $ref['url'], credentials: [$cred->clientId, $cred->clientSecret]);
        $ch = curl_init();
        curl_setopt_array($ch, [
            CURLOPT_URL => $ref['url'] . '/v1/oauth/token', CURLOPT_POST => true, CURLOPT_RETURNTRANSFER => true,
            CURLOPT_USERPWD => "{$cred->clientId}:{$cred->clientSecret}", CURLOPT_POSTFIELDS => 'grant_type=client_credentials',
        ]);
        $token = json_decode((string) curl_exec($ch), true)['access_token'];
        $raw = static function () use ($ref, $token): void {
            static $h = null;
            $h ??= curl_init();
            curl_reset($h);
            curl_setopt_array($h, [
                CURLOPT_URL => $ref['url'] . '/v1/irn', CURLOPT_POST => true, CURLOPT_RETURNTRANSFER => true,
                CURLOPT_POSTFIELDS => json_encode(Fixtures::invoice(QuickstartTest::GSTIN)),
                CURLOPT_HTTPHEADER => ["Authorization: Bearer $token", 'Content-Type: application/json', 'Expect:',
                    'Idempotency-Key: ' . bin2hex(random_bytes(16))],
            ]);
            $body = curl_exec($h);
            if (curl_getinfo($h, CURLINFO_RESPONSE_CODE) !== 201) {
                throw new \RuntimeException('raw status ' . curl_getinfo($h, CURLINFO_RESPONSE_CODE));
            }
            json_decode((string) $body, true);
        };
        $sdk = static function () use ($client): void {
            if ($client->irn->generate(Fixtures::invoice(QuickstartTest::GSTIN))->irn === null) {
                throw new \RuntimeException('no IRN');
            }
        };
        for ($i = 0; $i < 3; $i++) {
            $raw();
            $sdk();
        }
        $rs = [];
        $ss = [];
        for ($i = 0; $i < $n; $i++) { // interleaved so both see the same server state
            $t = hrtime(true);
            $raw();
            $rs[] = hrtime(true) - $t;
            $t = hrtime(true);
            $sdk();
            $ss[] = hrtime(true) - $t;
        }
        sort($rs);
        sort($ss);
        $mr = $rs[intdiv($n, 2)] / 1e6;
        $ms = $ss[intdiv($n, 2)] / 1e6;
        fwrite(STDOUT, sprintf("\nphp bench irn.generate n=%d: raw ext-curl median %.2f ms, SDK median %.2f ms, overhead ratio %.3f\n", $n, $mr, $ms, $ms / $mr));
        self::assertGreaterThan(0, $mr);
    }
}
