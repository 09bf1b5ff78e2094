<?php

declare(strict_types=1);

namespace Einvoice;

use Einvoice\Core\Config;
use Einvoice\Core\Context;
use Einvoice\Core\CurlTransport;
use Einvoice\Core\Engine;
use Einvoice\Core\RequestSigner;
use Einvoice\Core\TransportInterface;

/**
 * The einvoice API client. Resources ($client->irn, $client->documents, ...) come from the generated
 * GeneratedResources; the runtime is in Einvoice\Core.
 *
 *     $client = new Client(baseUrl: 'http://127.0.0.1:8080', credentials: ['cli_test_...', 'cs_test_...']);
 *     $doc = $client->irn->generate($invoice);
 */
final class Client extends GeneratedResources
{
    public const VERSION = Engine::VERSION;

    private Config $config;
    private Engine $engine;

    /**
     * Defaults come from EINVOICE_BASE_URL, EINVOICE_API_KEY, EINVOICE_GSTIN, EINVOICE_CLIENT_ID/SECRET.
     * EINVOICE_API_KEY is taken whenever apiKey: is null; `->withOptions(apiKey: null)` drops it.
     *
     * @param array{0: string, 1: string}|null $credentials the default GSTIN credential [clientId, clientSecret]
     * @param array<string, array{0: string, 1: string}> $gstinCredentials GSTIN => [clientId, clientSecret]
     * @param array<string, string> $headers sent on every request; ['Einvoice-Version' => '2026-12-01'] pins that
     *     dated API version instead of ApiVersion::VALUE (the one this SDK was generated for)
     * @param object|null $logger PSR-3-shaped (info(), debug()): one record per HTTP attempt, secrets never logged
     * @param string|null $logLevel 'off', 'info' or 'debug' (headers too, redacted); default EINVOICE_LOG
     * @param array{name: string, version?: string, url?: string}|null $appInfo your integration, in the User-Agent
     * @param string|null $tenant act for this tenant (Einvoice-Tenant, a ten_... id), as Stripe's stripeAccount;
     *     new RequestOptions(tenant: ...) wins for one call
     * @throws Core\Exception\ConfigException when neither an API key nor a [clientId, clientSecret] is configured
     *     (here or through the environment), or another option is invalid (negative maxRetries or timeout, a base
     *     URL that is not an absolute http(s) URL, a tenant that is not a ten_... id)
     */
    public function __construct(
        ?string $baseUrl = null,
        ?string $apiKey = null,
        ?array $credentials = null,
        array $gstinCredentials = [],
        ?string $gstin = null,
        int $maxRetries = Core\Retry::DEFAULT_MAX_RETRIES,
        float $timeout = 60.0,
        array $headers = [],
        ?RequestSigner $signer = null,
        bool $statusAwareBackoff = true,
        float $statusPollInterval = 2.0,
        float $statusMaxWait = 30.0,
        bool $throttle = true,
        ?TransportInterface $transport = null,
        ?Config $config = null,
        ?Engine $engine = null,
        ?object $logger = null,
        ?string $logLevel = null,
        ?array $appInfo = null,
        ?string $tenant = null,
    ) {
        if ($config === null) {
            $env = static fn (string $n): ?string => (($v = getenv($n)) === false || $v === '') ? null : $v;
            $gstin ??= $env('EINVOICE_GSTIN');
            $creds = $gstinCredentials;
            if ($credentials !== null) {
                $creds[''] = $credentials;
            } elseif ($env('EINVOICE_CLIENT_ID') !== null && $env('EINVOICE_CLIENT_SECRET') !== null) {
                $creds[$gstin ?? ''] = [(string) $env('EINVOICE_CLIENT_ID'), (string) $env('EINVOICE_CLIENT_SECRET')];
            }
            $key = $apiKey ?? $env('EINVOICE_API_KEY');
            $config = new Config(
                baseUrl: rtrim($baseUrl ?? $env('EINVOICE_BASE_URL') ?? Config::DEFAULT_BASE_URL, '/'),
                apiKey: $key === '' ? null : $key,
                credentials: $creds,
                gstin: $gstin,
                maxRetries: $maxRetries,
                timeout: $timeout,
                headers: $headers,
                signer: $signer,
                statusAwareBackoff: $statusAwareBackoff,
                statusPollInterval: $statusPollInterval,
                statusMaxWait: $statusMaxWait,
                throttle: $throttle,
                logger: $logger,
                // EINVOICE_LOG=info|debug switches logging on without code; a logger alone logs at info.
                logLevel: strtolower($logLevel ?? $env('EINVOICE_LOG') ?? ($logger !== null ? 'info' : 'off')),
                appInfo: $appInfo === null ? '' : Config::appInfo($appInfo),
                tenant: $tenant,
            );
        }
        $this->config = $config->validate();
        $this->engine = $engine ?? new Engine($transport ?? new CurlTransport());
        $this->initResources(new Context($this->config, $this->engine));
    }

    /**
     * A copy with changed configuration (named like Config's properties); it shares the token cache.
     *
     * @throws Core\Exception\ConfigException when the changed configuration cannot work
     */
    public function withOptions(mixed ...$changes): self
    {
        return new self(config: $this->config->with($changes), engine: $this->engine);
    }

    /** A copy acting for $gstin (its credential must be configured), sharing the token cache. */
    public function forGstin(string $gstin): self
    {
        return $this->withOptions(gstin: $gstin);
    }

    public function config(): Config
    {
        return $this->config;
    }

    /** OAuth token requests made by this client family. */
    public function tokenRequests(): int
    {
        return $this->engine->tokenRequests();
    }
}
