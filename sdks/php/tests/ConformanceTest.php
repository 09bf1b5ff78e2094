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

    /** Expectation keys this runner checks: an unknown one fails the scenario instead of passing unchecked. */
    private const KNOWN_EXPECT = [
        'outcome', 'status', 'error_class', 'error_code', 'attempts', 'same_idempotency_key', 'delays_ms',
        'token_requests', 'status_requests', 'replayed', 'gstn_errors', 'request_id', 'gstn_error',
        'distinct_request_ids', 'log', 'user_agent_suffix', 'api_version', 'result',
    ];

    /** Operations made with the account key (the contract server's `api_key`). */
    private const ACCOUNT_KEY_OPERATIONS = ['createTenant', 'registerGstin', 'createCredential', 'deleteGstin', 'getUsage'];

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

    /**
     * A string argument: as given, or `{"$ref": "name.field"}` of a saved step's JSON.
     *
     * @param array<string, array<string, mixed>> $saved
     */
    private static function arg(mixed $value, array $saved): mixed
    {
        if (is_array($value) && isset($value['$ref'])) {
            $ref = explode('.', (string) $value['$ref'], 2);
            if (!isset($saved[$ref[0]])) {
                throw new \LogicException("no step saved {$ref[0]}");
            }
            return isset($ref[1]) ? ($saved[$ref[0]][$ref[1]] ?? null) : $saved[$ref[0]];
        }
        return $value;
    }

    /**
     * A call's, step's or clean-up call's `options` as request options (`tenant` may be a `$ref`).
     *
     * @param array<string, mixed> $o
     * @param array<string, array<string, mixed>> $saved
     */
    private static function requestOptions(array $o, array $saved): RequestOptions
    {
        return new RequestOptions(
            timeout: isset($o['timeout_ms']) ? $o['timeout_ms'] / 1000 : null,
            maxRetries: $o['max_retries'] ?? null,
            tenant: isset($o['tenant']) ? (string) self::arg($o['tenant'], $saved) : null,
        );
    }

    /**
     * The value a JSON pointer (RFC 6901) names in a decoded result; [false] when it leads nowhere.
     *
     * @return array{0: bool, 1?: mixed}
     */
    private static function atPointer(mixed $doc, string $pointer): array
    {
        foreach (array_slice(explode('/', $pointer), 1) as $key) {
            $key = str_replace(['~1', '~0'], ['/', '~'], $key);
            if (!is_array($doc) || !array_key_exists($key, $doc)) {
                return [false];
            }
            $doc = $doc[$key];
        }
        return [true, $doc];
    }

    /**
     * Runs the steps in order, saving each result's JSON named by `save_as`.
     *
     * @param list<array<string, mixed>> $steps
     * @param array<string, array<string, mixed>> $saved
     */
    private static function runSteps(Client $client, array $steps, array &$saved, string $gstin): void
    {
        foreach ($steps as $step) {
            $stepClient = $client;
            if (isset($step['credential'])) {
                // A credential a step created (its client id and secret): a copy acting for its GSTIN.
                $created = (array) self::arg($step['credential'], $saved);
                $stepClient = $client->withOptions(
                    credentials: [$created['gstin'] => [$created['client_id'], $created['client_secret']]]
                        + $client->config()->credentials,
                    gstin: $created['gstin'],
                );
            }
            $r = self::call($stepClient, $step, self::requestOptions($step['options'] ?? [], $saved), $gstin, $saved);
            if (isset($step['save_as'])) {
                $saved[$step['save_as']] = (array) json_decode($r->body, true, 512, JSON_THROW_ON_ERROR);
            }
        }
    }

    /**
     * @param array<string, mixed> $call one call of a scenario: its `call`, a step, or a clean-up
     * @param array<string, array<string, mixed>> $saved
     */
    private static function call(Client $client, array $call, RequestOptions $ro, string $gstin, array $saved = []): Response
    {
        $args = $call['args'] ?? [];
        return match ($call['operation']) {
            'generateIrn' => $client->irn->generateWithResponse(Fixtures::invoice($gstin, $args['invoice']), options: $ro),
            'getIrn' => $client->irn->getWithResponse($args['irn'], options: $ro),
            'listDocuments' => $client->documents->listWithResponse(limit: $args['params']['limit'] ?? null, options: $ro),
            'getStatus' => $client->status->getWithResponse(options: $ro),
            // The integer the models hold, passed as is.
            'getEwb' => $client->ewb->getWithResponse($args['ewb_no'], options: $ro),
            'cancelIrn' => $client->irn->cancelWithResponse(self::arg($args['irn'], $saved), $args['body'], options: $ro),
            'createTestClock' => $client->testClocks->createWithResponse($args['body'] ?? [], options: $ro),
            'advanceTestClock' => $client->testClocks->advanceWithResponse(
                self::arg($args['test_clock_id'], $saved),
                $args['body'],
                options: $ro,
            ),
            'deleteTestClock' => $client->testClocks->deleteWithResponse(self::arg($args['test_clock_id'], $saved), options: $ro),
            // ACCOUNT_KEY_OPERATIONS (the client has the contract server's api_key).
            'createTenant' => $client->platforms->createTenantWithResponse($args['body'], options: $ro),
            'registerGstin' => $client->gstins->registerWithResponse($args['body'], options: $ro),
            'createCredential' => $client->credentials->createWithResponse(
                (string) self::arg($args['gstin'], $saved),
                $args['body'],
                options: $ro,
            ),
            'deleteGstin' => $client->gstins->deleteWithResponse((string) self::arg($args['gstin'], $saved), options: $ro),
            'getUsage' => $client->usage->getUsageWithResponse(
                from: $args['params']['from'] ?? null,
                to: $args['params']['to'] ?? null,
                granularity: $args['params']['granularity'] ?? null,
                options: $ro,
            ),
            default => throw new \LogicException('the runner does not know operation ' . $call['operation']),
        };
    }

    /**
     * @dataProvider scenarios
     * @param array<string, mixed> $s
     */
    public function testScenario(array $s): void
    {
        $unknown = array_diff(array_keys($s['expect']), self::KNOWN_EXPECT);
        self::assertSame([], array_values($unknown), 'the runner does not check these expectations');
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
            // The account key only where the scenario makes account-key operations: operations both a GSTIN token
            // and the account key can make (test clocks) go with the account key when the client has one.
            apiKey: array_intersect(
                array_map(static fn (array $x): string => $x['operation'], [$s['call'], ...($s['steps'] ?? []), ...($s['finally'] ?? [])]),
                self::ACCOUNT_KEY_OPERATIONS,
            ) === [] ? null : $c['api_key'],
            gstinCredentials: [$c['gstin'] => [$cred['client_id'], $cred['client_secret']]],
            gstin: $c['gstin'],
            headers: ['x-contract-scenario' => $s['scenario'], 'x-contract-run' => $run]
                + (isset($co['api_version']) ? ['Einvoice-Version' => $co['api_version']] : []),
            signer: $signer,
            maxRetries: $co['max_retries'] ?? 2,
            timeout: isset($co['timeout_ms']) ? $co['timeout_ms'] / 1000 : 60.0,
            statusPollInterval: isset($co['status_poll_interval_ms']) ? $co['status_poll_interval_ms'] / 1000 : 2.0,
            logger: isset($co['log_level']) ? ($log = new Support\CapturingLogger()) : null,
            logLevel: $co['log_level'] ?? 'off',
            appInfo: $co['app_info'] ?? null,
        );
        // PHP runs one call at a time: `concurrency` calls run back to back on one client (same token cache).
        $saved = [];
        try {
            self::runSteps($client, $s['steps'] ?? [], $saved, $c['gstin']);
        } catch (EinvoiceException | \LogicException $stepError) {
            try {
                self::runSteps($client, $s['finally'] ?? [], $saved, $c['gstin']);
            } catch (EinvoiceException | \LogicException) {
                // the step's failure is the one to report
            }
            self::fail('a step failed: ' . $stepError->getMessage());
        }
        $ro = self::requestOptions($s['call']['options'] ?? [], $saved);
        $outcomes = [];
        for ($i = 0; $i < ($s['concurrency'] ?? 1); $i++) {
            try {
                $outcomes[] = [self::call($client, $s['call'], $ro, $c['gstin'], $saved), null];
            } catch (EinvoiceException $e) {
                $outcomes[] = [null, $e];
            }
        }
        self::runSteps($client, $s['finally'] ?? [], $saved, $c['gstin']);
        // The operations of the steps and clean-up other than the call's: their requests are not attempts.
        $stepOps = array_diff(
            array_map(static fn (array $x): string => $x['operation'], [...($s['steps'] ?? []), ...($s['finally'] ?? [])]),
            [$s['call']['operation']],
        );
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
            } elseif (!in_array($op, $stepOps, true)) {
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
                $body = isset($e['result']) ? json_decode($resp->body, true, 512, JSON_THROW_ON_ERROR) : null;
                foreach ($e['result'] ?? [] as $pointer => $value) {
                    $want = self::arg($value, $saved);
                    $got = self::atPointer($body, (string) $pointer);
                    if ($got[0] !== true || $got[1] !== $want) {
                        $fails[] = "result $pointer: expected " . json_encode($want) . ', got ' . json_encode($got[1] ?? null);
                    }
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
            if (isset($e['gstn_error'])) {
                $first = $api?->gstnErrors[0] ?? null;
                $g = $e['gstn_error'];
                if ($first === null) {
                    $fails[] = 'expected a typed GSTN error';
                } else {
                    if (isset($g['code']) && $first->code !== $g['code']) {
                        $fails[] = "gstn error code: expected {$g['code']}, got " . json_encode($first->code);
                    }
                    if (isset($g['pointer']) && $first->pointer !== $g['pointer']) {
                        $fails[] = "gstn error pointer: expected {$g['pointer']}, got " . json_encode($first->pointer);
                    }
                    if (($g['message'] ?? false) && ($first->message ?? '') === '') {
                        $fails[] = 'expected a message on the GSTN error';
                    }
                    if (($g['hint'] ?? false) && ($first->hint ?? '') === '') {
                        $fails[] = 'expected a hint on the GSTN error';
                    }
                }
            }
        }
        if ($e['distinct_request_ids'] ?? false) {
            $sent = array_filter(array_map(static fn ($r) => $r['requestId'] ?? null, $recs));
            $ids = array_map(static fn ($o) => $o[0]?->requestId(), $outcomes);
            if (in_array(null, $ids, true) || count(array_unique($ids)) !== count($ids) || array_diff($ids, $sent) !== []) {
                $fails[] = 'expected distinct request ids sent in this run on every raw response, got ' . json_encode($ids);
            }
        }
        if (isset($e['api_version'])) {
            foreach ($recs as $r) {
                if (($r['apiVersion'] ?? null) !== $e['api_version'] || ($r['answeredApiVersion'] ?? null) !== $e['api_version']) {
                    $fails[] = 'sent Einvoice-Version ' . json_encode($r['apiVersion'] ?? null) . ', answered in ' . json_encode($r['answeredApiVersion'] ?? null) . ", expected {$e['api_version']}";
                }
            }
        }
        if (isset($e['user_agent_suffix'])) {
            foreach ($recs as $r) {
                if (!str_ends_with((string) ($r['userAgent'] ?? ''), $e['user_agent_suffix'])) {
                    $fails[] = 'User-Agent ' . json_encode($r['userAgent'] ?? null) . " does not end with {$e['user_agent_suffix']}";
                }
            }
        }
        if (isset($e['log'])) {
            $records = isset($log) ? $log->records : [];
            if (($e['log']['one_record_per_request'] ?? false) && count($records) !== count($recs)) {
                $fails[] = 'expected ' . count($recs) . ' log records (one per request), got ' . count($records);
            }
            $text = (string) json_encode($records, JSON_UNESCAPED_SLASHES);
            if ($e['log']['redacted'] ?? false) {
                $basic = base64_encode("{$cred['client_id']}:{$cred['client_secret']}");
                if (str_contains($text, $cred['client_secret']) || str_contains($text, $basic)) {
                    $fails[] = 'a log record holds the client secret';
                }
                if (preg_match('#Bearer [A-Za-z0-9._~+/-]{8,}#', $text) === 1) {
                    $fails[] = 'a log record holds a bearer token';
                }
                if (str_contains($text, 'CT/')) { // fixtures number documents CT/<hex>
                    $fails[] = 'a log record holds the invoice (its document number)';
                }
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
