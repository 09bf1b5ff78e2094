<?php

declare(strict_types=1);

namespace Einvoice\Tests;

use Einvoice\Client;
use Einvoice\Core\Exception\ApiException;
use Einvoice\Core\Exception\EinvoiceException;
use Einvoice\Core\RequestOptions;
use Einvoice\Core\RequestSigner;
use Einvoice\Core\Response;
use Einvoice\Tests\Support\Fixtures;
use Einvoice\Tests\Support\Servers;
use PHPUnit\Framework\TestCase;

/** Every spec/conformance scenario against the HTTP contract server (the same one every SDK uses). */
final class ConformanceTest extends TestCase
{
    /** No credential's signing key (32 zero bytes, base64): what `signing_key: "wrong"` signs with. */
    private const WRONG_SIGNING_SECRET = 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

    /** @return array<string, array{0: array<string, mixed>}> */
    public static function scenarios(): array
    {
        $files = glob(Servers::repoRoot() . '/spec/conformance/scenarios/*.json') ?: [];
        sort($files);
        $out = [];
        foreach ($files as $f) {
            $s = (array) json_decode((string) file_get_contents($f), true, 512, JSON_THROW_ON_ERROR);
            $out[$s['id']] = [$s];
        }
        return $out;
    }

    public function testThereAreScenarios(): void
    {
        self::assertNotEmpty(self::scenarios());
    }

    private static function call(Client $client, array $s, RequestOptions $ro, string $gstin): Response
    {
        $args = $s['call']['args'] ?? [];
        return match ($s['call']['operation']) {
            'generateIrn' => $client->irn->generateWithResponse(Fixtures::invoice($gstin, $args['invoice']), options: $ro),
            'getIrn' => $client->irn->getWithResponse($args['irn'], options: $ro),
            'listDocuments' => $client->documents->listWithResponse(limit: $args['params']['limit'] ?? null, options: $ro),
            'getStatus' => $client->status->getWithResponse(options: $ro),
            default => throw new \LogicException('the runner does not know operation ' . $s['call']['operation']),
        };
    }

    /**
     * @dataProvider scenarios
     * @param array<string, mixed> $s
     */
    public function testScenario(array $s): void
    {
        $c = Servers::contract();
        $run = 'php-' . bin2hex(random_bytes(8));
        $co = $s['client'] ?? [];
        // `credential` names one of the contract server's credentials (default: its default one).
        $cred = $c;
        if (isset($s['credential'])) {
            $cred = $c['credentials'][$s['credential']] ?? null;
            self::assertNotNull($cred, "the contract server has no credential {$s['credential']}");
        }
        $signer = match ($co['signing_key'] ?? null) {
            'credential' => RequestSigner::fromBase64($cred['signing_key']['key_id'], $cred['signing_key']['secret']),
            'wrong' => RequestSigner::fromBase64($cred['signing_key']['key_id'], self::WRONG_SIGNING_SECRET),
            default => null,
        };
        $client = new Client(
            baseUrl: $c['url'],
            gstinCredentials: [$c['gstin'] => [$cred['client_id'], $cred['client_secret']]],
            gstin: $c['gstin'],
            headers: ['x-contract-scenario' => $s['scenario'], 'x-contract-run' => $run],
            signer: $signer,
            maxRetries: $co['max_retries'] ?? 2,
            timeout: isset($co['timeout_ms']) ? $co['timeout_ms'] / 1000 : 60.0,
            statusPollInterval: isset($co['status_poll_interval_ms']) ? $co['status_poll_interval_ms'] / 1000 : 2.0,
        );
        $o = $s['call']['options'] ?? [];
        $ro = new RequestOptions(
            timeout: isset($o['timeout_ms']) ? $o['timeout_ms'] / 1000 : null,
            maxRetries: $o['max_retries'] ?? null,
        );
        // PHP runs one call at a time: `concurrency` calls run back to back on one client (same token cache).
        $outcomes = [];
        for ($i = 0; $i < ($s['concurrency'] ?? 1); $i++) {
            try {
                $outcomes[] = [self::call($client, $s, $ro, $c['gstin']), null];
            } catch (EinvoiceException $e) {
                $outcomes[] = [null, $e];
            }
        }
        $recs = (array) json_decode((string) file_get_contents("{$c['url']}/__contract/requests?run=$run"), true);
        $attempts = [];
        $tokens = 0;
        $statuses = 0;
        $fails = [];
        foreach ($recs as $r) {
            if (($r['violation'] ?? null) !== null) {
                $fails[] = 'contract violation: ' . json_encode($r['violation']);
            }
            $op = $r['operationId'] ?? '';
            if ($op === 'createToken') {
                $tokens++;
            } elseif ($op === 'getStatus') {
                $statuses++;
            } else {
                $attempts[] = $r;
            }
        }
        $e = $s['expect'];
        [$resp, $err] = $outcomes[0];
        if ($e['outcome'] === 'result') {
            foreach ($outcomes as [, $oe]) {
                if ($oe !== null) {
                    $fails[] = 'expected a result, got ' . get_class($oe) . ': ' . $oe->getMessage();
                }
            }
            if ($resp !== null) {
                if (isset($e['status']) && $resp->statusCode !== $e['status']) {
                    $fails[] = "status: expected {$e['status']}, got {$resp->statusCode}";
                }
                if (isset($e['replayed']) && $resp->replayed() !== $e['replayed']) {
                    $fails[] = 'replayed: expected ' . json_encode($e['replayed']);
                }
            }
        } elseif ($err === null) {
            $fails[] = "expected {$e['error_class']}, got a result";
        } else {
            if (isset($e['error_class']) && $err->contractClass() !== $e['error_class']) {
                $fails[] = "error class: expected {$e['error_class']}, got {$err->contractClass()} ({$err->getMessage()})";
            }
            $api = $err instanceof ApiException ? $err : null;
            if (isset($e['status']) && ($api?->statusCode) !== $e['status']) {
                $fails[] = "error status: expected {$e['status']}, got " . json_encode($api?->statusCode);
            }
            if (isset($e['error_code']) && ($api?->errorCode) !== $e['error_code']) {
                $fails[] = "error code: expected {$e['error_code']}, got " . json_encode($api?->errorCode);
            }
            if (($e['gstn_errors'] ?? false) && !($api?->gstnErrors)) {
                $fails[] = 'expected gstn_errors on the error';
            }
            if (($e['request_id'] ?? false) && !($api?->requestId)) {
                $fails[] = 'expected a request id on the error';
            }
        }
        if (isset($e['attempts']) && count($attempts) !== $e['attempts']) {
            $fails[] = "attempts: expected {$e['attempts']}, got " . count($attempts);
        }
        if (isset($e['token_requests']) && $tokens !== $e['token_requests']) {
            $fails[] = "token requests: expected {$e['token_requests']}, got $tokens";
        }
        if (isset($e['status_requests']) && $statuses !== $e['status_requests']) {
            $fails[] = "status requests: expected {$e['status_requests']}, got $statuses";
        }
        if ($e['same_idempotency_key'] ?? false) {
            $keys = array_unique(array_map(static fn ($a) => $a['idempotencyKey'] ?? '<none>', $attempts));
            if (count($keys) !== 1 || in_array('<none>', $keys, true) || in_array('', $keys, true)) {
                $fails[] = 'expected one Idempotency-Key on every attempt, saw ' . json_encode(array_values($keys));
            }
        }
        foreach ($e['delays_ms'] ?? [] as $i => $b) {
            if (!isset($attempts[$i + 1])) {
                $fails[] = "delay $i: attempts $i and " . ($i + 1) . ' were not both seen';
                continue;
            }
            $gap = $attempts[$i + 1]['at'] - $attempts[$i]['at'];
            if ($gap < $b['min'] || $gap > $b['max']) {
                $fails[] = 'delay before attempt ' . ($i + 1) . ": $gap ms, expected {$b['min']}-{$b['max']} ms";
            }
        }
        self::assertSame([], $fails, $s['description']);
    }
}
