<?php

declare(strict_types=1);

namespace Einvoice\Core;

use Einvoice\Core\Exception\ApiConnectionException;
use Einvoice\Core\Exception\ApiException;
use Einvoice\Core\Exception\EinvoiceException;

/**
 * Runs logical calls: retries, back-off, idempotency keys, tokens per GSTIN credential, 401 refresh,
 * status-aware back-off, throttling and signing. Shared by a client and the copies made from it.
 */
final class Engine
{
    public const VERSION = '0.1.0';

    /** @var array<string, array{token: string, refreshAt: float}> client id => cached token */
    private array $tokens = [];
    private int $tokenRequests = 0;
    private float $blockedUntil = 0.0;

    public function __construct(private readonly TransportInterface $transport = new CurlTransport())
    {
    }

    public function tokenRequests(): int
    {
        return $this->tokenRequests;
    }

    /**
     * One logical call. $decode turns the 2xx JSON body (decoded to arrays) into the result.
     *
     * @param (callable(mixed): mixed)|null $decode
     */
    public function execute(Config $cfg, ApiRequest $req, ?callable $decode = null, ?RequestOptions $ro = null): Response
    {
        $ro ??= new RequestOptions();
        $gstin = $ro->gstin ?? $cfg->gstin;
        $maxRetries = $ro->maxRetries ?? $cfg->maxRetries;
        $timeout = $ro->timeout ?? $cfg->timeout;
        $target = $req->target($cfg->baseUrl);

        $payload = null;
        $contentType = null;
        if ($req->form !== null) {
            $payload = http_build_query($req->form, '', '&', PHP_QUERY_RFC3986);
            $contentType = 'application/x-www-form-urlencoded';
        } elseif ($req->body !== null) {
            $payload = json_encode($req->body, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_PRESERVE_ZERO_FRACTION | JSON_THROW_ON_ERROR);
            $contentType = 'application/json';
        }
        $key = $ro->idempotencyKey;
        if ($key === null && $req->idempotent && $req->method === 'POST') {
            $key = self::uuid4();
        }
        $cred = null;
        if (in_array($req->auth, [Auth::Gstin, Auth::AccountOrGstin, Auth::ClientBasic], true)) {
            $cred = $cfg->credentialFor($gstin);
        }
        $useToken = $req->auth === Auth::Gstin || ($req->auth === Auth::AccountOrGstin && $cfg->apiKey === null);
        if ($useToken && $cred === null) {
            throw new EinvoiceException("einvoice: {$req->operationId} needs a GSTIN credential (credentials: or gstinCredentials:)");
        }
        if ($req->auth === Auth::Account && $cfg->apiKey === null) {
            throw new EinvoiceException("einvoice: {$req->operationId} needs the account API key (apiKey:)");
        }
        $random = $cfg->random ?? static fn (): float => mt_rand() / (mt_getrandmax() + 1);

        $retries = 0;
        $attempt = 0;
        $refreshed = false;
        while (true) {
            if ($cfg->throttle && $this->blockedUntil > microtime(true)) {
                usleep((int) (($this->blockedUntil - microtime(true)) * 1e6));
            }
            $h = [
                'Accept' => 'application/json, application/problem+json',
                'User-Agent' => 'einvoice-php/' . self::VERSION . ' PHP/' . PHP_VERSION . $cfg->appInfo,
                'X-Einvoice-Retry-Count' => (string) $attempt,
                // The dated API version this SDK was generated for; headers: ['Einvoice-Version' => ...] on the
                // client (or withOptions) or on one call pins another.
                'Einvoice-Version' => \Einvoice\ApiVersion::VALUE,
            ];
            if ($cfg->tenant !== null) {
                $h['Einvoice-Tenant'] = $cfg->tenant;
            }
            $h = self::merge($h, $cfg->headers, $req->headers, $ro->headers);
            if ($ro->tenant !== null) {
                $h = self::merge($h, ['Einvoice-Tenant' => $ro->tenant]);
            }
            if ($ro->wait !== null) {
                $h = self::merge($h, ['Prefer' => "wait={$ro->wait}"]);
            }
            if ($contentType !== null) {
                $h['Content-Type'] = $contentType;
            }
            if ($key !== null) {
                $h['Idempotency-Key'] = $key;
            }
            $token = null;
            if ($useToken) {
                $token = $this->token($cfg, $cred);
                $h['Authorization'] = "Bearer $token";
            } elseif ($req->auth === Auth::Account || $req->auth === Auth::AccountOrGstin) {
                $h['Authorization'] = "Bearer {$cfg->apiKey}";
            } elseif ($req->auth === Auth::ClientBasic && $cred !== null) {
                $h['Authorization'] = 'Basic ' . base64_encode("{$cred[0]}:{$cred[1]}");
            }
            if ($cfg->signer !== null) {
                $h = self::merge($h, $cfg->signer->sign($req->method, $target, $payload, time()));
            }
            $log = $cfg->logLevel === 'off' ? null : new RequestLogger($cfg->logger ?? new StderrLogger(), $cfg->logLevel);
            $started = microtime(true);
            try {
                $resp = $this->transport->send($req->method, $target, $h, $payload, $timeout);
            } catch (ApiConnectionException $e) {
                $log?->attempt($req->method, $target, $attempt, microtime(true) - $started, $h, null, null, $e->getMessage());
                if ($retries >= $maxRetries) {
                    throw $e;
                }
                self::sleepMs(Retry::backoffMs($retries, $random()));
                $retries++;
                $attempt++;
                continue;
            }
            $log?->attempt($req->method, $target, $attempt, microtime(true) - $started, $h, $resp->status, $resp->headers);
            $this->updateThrottle($resp);
            $status = $resp->status;
            if ($status >= 200 && $status < 300) {
                $data = null;
                if ($decode !== null && $resp->body !== '') {
                    $data = $decode(json_decode($resp->body, true, 512, JSON_THROW_ON_ERROR));
                }
                return new Response($status, $resp->headers, $resp->body, $data);
            }
            if ($status === 401 && $token !== null && !$refreshed) {
                $refreshed = true;
                if (($this->tokens[$cred[0]]['token'] ?? null) === $token) {
                    unset($this->tokens[$cred[0]]);
                }
                $attempt++;
                continue;
            }
            if ($retries < $maxRetries && Retry::shouldRetry($status, $resp->headers)) {
                if (in_array($status, [502, 503, 504], true)) {
                    $this->waitWhileIrpDown($cfg);
                }
                self::sleepMs(Retry::delayMs($retries, $resp->headers, $random()));
                $retries++;
                $attempt++;
                continue;
            }
            $problem = json_decode($resp->body, true);
            throw ApiException::of($status, $resp->headers, is_array($problem) ? $problem : null);
        }
    }

    /**
     * NDJSON: one decoded item per non-empty line.
     *
     * @param callable(mixed): mixed $decode
     * @return list<mixed>
     */
    public function executeNdjson(Config $cfg, ApiRequest $req, callable $decode, ?RequestOptions $ro = null): array
    {
        $r = $this->execute($cfg, $req, null, $ro);
        $out = [];
        foreach (explode("\n", $r->body) as $line) {
            if (trim($line) !== '') {
                $out[] = $decode(json_decode($line, true, 512, JSON_THROW_ON_ERROR));
            }
        }
        return $out;
    }

    /** @param array<string, string> ...$sets later sets win, names compared case-insensitively */
    private static function merge(array ...$sets): array
    {
        $out = [];
        $names = [];
        foreach ($sets as $set) {
            foreach ($set as $k => $v) {
                $lk = strtolower((string) $k);
                if (isset($names[$lk])) {
                    unset($out[$names[$lk]]);
                }
                $names[$lk] = $k;
                $out[$k] = $v;
            }
        }
        return $out;
    }

    private static function sleepMs(float $ms): void
    {
        if ($ms > 0) {
            usleep((int) round($ms * 1000));
        }
    }

    private function updateThrottle(HttpResponse $r): void
    {
        $rem = $r->header('x-ratelimit-remaining');
        $reset = $r->header('x-ratelimit-reset');
        if ($rem === null || $reset === null || !is_numeric($rem) || !is_numeric($reset)) {
            return;
        }
        if ((float) $rem > 0 || (float) $reset <= 0) {
            return;
        }
        $this->blockedUntil = max($this->blockedUntil, microtime(true) + min((float) $reset, 60.0));
    }

    private function waitWhileIrpDown(Config $cfg): void
    {
        if (!$cfg->statusAwareBackoff) {
            return;
        }
        $deadline = microtime(true) + $cfg->statusMaxWait;
        while ($this->irpDown($cfg) && microtime(true) + $cfg->statusPollInterval <= $deadline) {
            usleep((int) ($cfg->statusPollInterval * 1e6));
        }
    }

    private function irpDown(Config $cfg): bool
    {
        $h = self::merge($cfg->headers, ['Accept' => 'application/json', 'User-Agent' => 'einvoice-php/' . self::VERSION]);
        try {
            $r = $this->transport->send('GET', $cfg->baseUrl . '/v1/status', $h, null, 5.0);
        } catch (ApiConnectionException) {
            return false;
        }
        if ($r->status !== 200) {
            return false;
        }
        $st = json_decode($r->body, true);
        if (!is_array($st)) {
            return false;
        }
        if (($st['status'] ?? null) === 'down') {
            return true;
        }
        foreach (is_array($st['irps'] ?? null) ? $st['irps'] : [] as $irp) {
            if (is_array($irp) && ($irp['status'] ?? null) === 'down') {
                return true;
            }
        }
        return false;
    }

    /** @param array{0: string, 1: string, 2?: string} $cred */
    private function token(Config $cfg, array $cred): string
    {
        $cached = $this->tokens[$cred[0]] ?? null;
        if ($cached !== null && microtime(true) < $cached['refreshAt']) {
            return $cached['token'];
        }
        $this->tokenRequests++;
        $form = ['grant_type' => 'client_credentials'];
        if (isset($cred[2])) {
            $form['scope'] = $cred[2];
        }
        $tcfg = $cfg->with(['credentials' => ['' => $cred], 'gstin' => null]);
        $r = $this->execute($tcfg, new ApiRequest('POST', '/v1/oauth/token', 'createToken', Auth::ClientBasic, form: $form), static fn ($d) => $d);
        $token = is_array($r->data) ? ($r->data['access_token'] ?? null) : null;
        if (!is_string($token)) {
            throw new EinvoiceException('einvoice: the token response has no access_token');
        }
        $life = (float) ($r->data['expires_in'] ?? 3600);
        $skew = min(60.0, $life / 2);
        $this->tokens[$cred[0]] = ['token' => $token, 'refreshAt' => microtime(true) + $life - $skew];
        return $token;
    }

    public static function uuid4(): string
    {
        $b = random_bytes(16);
        $b[6] = chr((ord($b[6]) & 0x0f) | 0x40);
        $b[8] = chr((ord($b[8]) & 0x3f) | 0x80);
        return vsprintf('%s%s-%s-%s-%s-%s%s%s', str_split(bin2hex($b), 4));
    }
}
