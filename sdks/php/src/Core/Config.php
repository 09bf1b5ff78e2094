<?php

declare(strict_types=1);

namespace Einvoice\Core;

use Einvoice\Core\Exception\ConfigException;

/** Client configuration (immutable; with() returns a changed copy). */
final class Config
{
    public const DEFAULT_BASE_URL = 'https://api.einvoice.dev';

    /**
     * @param array<string, array{0: string, 1: string}> $credentials GSTIN ('' = default) => [clientId, clientSecret]
     * @param array<string, string> $headers
     * @param (\Closure(): float)|null $random
     */
    public function __construct(
        public readonly string $baseUrl = self::DEFAULT_BASE_URL,
        public readonly ?string $apiKey = null,
        public readonly array $credentials = [],
        public readonly ?string $gstin = null,
        public readonly int $maxRetries = Retry::DEFAULT_MAX_RETRIES,
        public readonly float $timeout = 60.0,
        public readonly array $headers = [],
        public readonly ?RequestSigner $signer = null,
        public readonly bool $statusAwareBackoff = true,
        public readonly float $statusPollInterval = 2.0,
        public readonly float $statusMaxWait = 30.0,
        public readonly bool $throttle = true,
        public readonly ?\Closure $random = null,
        /** PSR-3-shaped (info() and debug()); null with a log level set: standard error. */
        public readonly ?object $logger = null,
        /** 'off', 'info' (one line per HTTP attempt) or 'debug' (plus redacted headers). */
        public readonly string $logLevel = 'off',
        /** Appended to the User-Agent: " name/version (+url)". */
        public readonly string $appInfo = '',
        /** The tenant account-key calls act for (Einvoice-Tenant, a ten_... id); null: the account itself. */
        public readonly ?string $tenant = null,
    ) {
    }

    /**
     * A tenant id is ten_ and letters or digits.
     *
     * @throws ConfigException for anything else
     */
    public static function checkTenant(string $tenant, string $where = 'tenant'): string
    {
        if (preg_match('/^ten_[A-Za-z0-9]+$/D', $tenant) !== 1) {
            throw new ConfigException("einvoice: $where must be a tenant id such as ten_01JF3Q8Z5X (ten_ and letters or digits), got " . json_encode($tenant));
        }
        return $tenant;
    }

    /**
     * The User-Agent suffix for an integration (Stripe's setAppInfo): ['name' => ..., 'version' => ..., 'url' => ...].
     *
     * @param array{name?: mixed, version?: mixed, url?: mixed} $info
     * @throws ConfigException without a name
     */
    public static function appInfo(array $info): string
    {
        $clean = static fn (mixed $v): string => (string) preg_replace('#[\s/()]+#', '-', trim(is_scalar($v) ? (string) $v : ''));
        $name = $clean($info['name'] ?? '');
        if ($name === '') {
            throw new ConfigException("einvoice: appInfo needs a name, e.g. ['name' => 'acme-erp', 'version' => '4.2.0']");
        }
        $out = " $name";
        if (($version = $clean($info['version'] ?? '')) !== '') {
            $out .= "/$version";
        }
        if (is_string($info['url'] ?? null) && trim($info['url']) !== '') {
            $out .= ' (+' . preg_replace('#[\s()]+#', '', $info['url']) . ')';
        }
        return $out;
    }

    /** @param array<string, mixed> $changes */
    public function with(array $changes): self
    {
        $args = get_object_vars($this);
        foreach ($changes as $k => $v) {
            $args[$k] = $v;
        }
        return new self(...$args);
    }

    /**
     * Checks what a client needs before it sends anything; every Client is built through it.
     *
     * @throws ConfigException no API key and no [clientId, clientSecret], a malformed credential, a negative
     *     maxRetries, timeout, statusPollInterval or statusMaxWait, a base URL that is not an absolute http(s) URL, or a
     *     tenant that is not a ten_... id
     */
    public function validate(): self
    {
        if (($this->apiKey === null || $this->apiKey === '') && $this->credentials === []) {
            throw new ConfigException(
                'einvoice: no credentials: pass apiKey: (or set EINVOICE_API_KEY) for the account, or credentials: '
                . '[clientId, clientSecret] (or set EINVOICE_CLIENT_ID and EINVOICE_CLIENT_SECRET) for a GSTIN',
            );
        }
        foreach ($this->credentials as $gstin => $cred) {
            $for = $gstin === '' ? 'the default GSTIN credential' : "the credential of GSTIN $gstin";
            if (!is_array($cred) || !is_string($cred[0] ?? null) || $cred[0] === '') {
                throw new ConfigException("einvoice: $for needs a client id: [clientId, clientSecret]");
            }
            if (!is_string($cred[1] ?? null) || $cred[1] === '') {
                throw new ConfigException("einvoice: $for ({$cred[0]}) needs a client secret: [clientId, clientSecret]");
            }
        }
        if ($this->maxRetries < 0) {
            throw new ConfigException("einvoice: maxRetries must be 0 or more, got {$this->maxRetries}");
        }
        foreach (['timeout' => $this->timeout, 'statusPollInterval' => $this->statusPollInterval, 'statusMaxWait' => $this->statusMaxWait] as $name => $v) {
            if ($v < 0 || is_nan($v)) {
                throw new ConfigException("einvoice: $name must be 0 or more seconds, got $v");
            }
        }
        if ($this->tenant !== null) {
            self::checkTenant($this->tenant);
        }
        if (!in_array($this->logLevel, ['off', 'info', 'debug'], true)) {
            throw new ConfigException("einvoice: logLevel must be 'off', 'info' or 'debug', got '{$this->logLevel}'");
        }
        if ($this->logger !== null && !(method_exists($this->logger, 'info') && method_exists($this->logger, 'debug'))) {
            throw new ConfigException('einvoice: logger must have info() and debug() methods (any PSR-3 logger)');
        }
        $u = parse_url($this->baseUrl);
        if (
            !is_array($u) || !in_array(strtolower($u['scheme'] ?? ''), ['http', 'https'], true)
            || ($u['host'] ?? '') === '' || isset($u['query']) || isset($u['fragment'])
        ) {
            throw new ConfigException("einvoice: baseUrl must be an absolute http(s) URL such as https://api.einvoice.dev, got {$this->baseUrl}");
        }
        return $this;
    }

    /** @return array{0: string, 1: string}|null */
    public function credentialFor(?string $gstin): ?array
    {
        if ($gstin !== null && isset($this->credentials[$gstin])) {
            return $this->credentials[$gstin];
        }
        if (isset($this->credentials[''])) {
            return $this->credentials[''];
        }
        if ($gstin === null && count($this->credentials) === 1) {
            return array_values($this->credentials)[0];
        }
        return null;
    }
}
