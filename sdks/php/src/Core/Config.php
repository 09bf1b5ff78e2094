<?php

declare(strict_types=1);

namespace Einvoice\Core;

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
    ) {
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
