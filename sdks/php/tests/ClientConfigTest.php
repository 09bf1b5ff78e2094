<?php

declare(strict_types=1);

namespace Einvoice\Tests;

use Einvoice\Client;
use Einvoice\Core\Config;
use Einvoice\Core\Exception\ConfigException;
use Einvoice\Core\Exception\EinvoiceException;
use PHPUnit\Framework\TestCase;

/** Misconfigured clients fail in `new Client(...)` with ConfigException; no network. */
final class ClientConfigTest extends TestCase
{
    private const NO_CREDENTIALS = 'einvoice: no credentials: pass apiKey: (or set EINVOICE_API_KEY) for the account, or credentials: '
        . '[clientId, clientSecret] (or set EINVOICE_CLIENT_ID and EINVOICE_CLIENT_SECRET) for a GSTIN';
    private const ENV = ['EINVOICE_API_KEY', 'EINVOICE_CLIENT_ID', 'EINVOICE_CLIENT_SECRET', 'EINVOICE_BASE_URL', 'EINVOICE_GSTIN'];

    /** @var array<string, string|false> */
    private array $savedEnv = [];

    protected function setUp(): void
    {
        foreach (self::ENV as $n) {
            $this->savedEnv[$n] = getenv($n);
            putenv($n);
        }
    }

    protected function tearDown(): void
    {
        foreach ($this->savedEnv as $n => $v) {
            putenv($v === false ? $n : "$n=$v");
        }
    }

    /** @param callable(): mixed $fn */
    private static function configError(callable $fn): ConfigException
    {
        try {
            $fn();
        } catch (ConfigException $e) {
            return $e;
        }
        self::fail('expected ConfigException');
    }

    public function testNoCredentialIsAConfigError(): void
    {
        $e = self::configError(fn () => new Client(baseUrl: 'http://127.0.0.1:1'));
        self::assertSame(self::NO_CREDENTIALS, $e->getMessage());
        self::assertInstanceOf(EinvoiceException::class, $e);
        self::assertSame('EinvoiceError', $e->contractClass());
        self::assertSame(self::NO_CREDENTIALS, self::configError(fn () => new Client(apiKey: ''))->getMessage());
        self::assertSame(self::NO_CREDENTIALS, self::configError(fn () => new Client(config: new Config()))->getMessage());
    }

    public function testEnvironmentCredentialsCount(): void
    {
        putenv('EINVOICE_CLIENT_ID=cli_env');
        self::assertSame(self::NO_CREDENTIALS, self::configError(fn () => new Client())->getMessage(), 'an id without a secret is no credential');
        putenv('EINVOICE_CLIENT_SECRET=cs_env');
        self::assertSame(['cli_env', 'cs_env'], (new Client())->config()->credentialFor(null));
        putenv('EINVOICE_CLIENT_ID');
        putenv('EINVOICE_CLIENT_SECRET');
        putenv('EINVOICE_API_KEY=sk_test_env');
        self::assertSame('sk_test_env', (new Client())->config()->apiKey);
    }

    public function testEitherCredentialIsEnough(): void
    {
        $account = new Client(baseUrl: 'http://127.0.0.1:1/', apiKey: 'sk_test_x');
        self::assertSame('http://127.0.0.1:1', $account->config()->baseUrl);
        $gstin = new Client(credentials: ['cli_x', 'cs_x']);
        self::assertSame(Config::DEFAULT_BASE_URL, $gstin->config()->baseUrl);
        new Client(gstinCredentials: ['29AAACP7879D1Z0' => ['cli_x', 'cs_x']]);
        // withOptions(apiKey: null) drops a key (EINVOICE_API_KEY's too), but not the last credential
        putenv('EINVOICE_API_KEY=sk_test_env');
        self::assertNull((new Client(credentials: ['cli_x', 'cs_x']))->withOptions(apiKey: null)->config()->apiKey);
        self::assertSame(self::NO_CREDENTIALS, self::configError(fn () => $account->withOptions(apiKey: null))->getMessage());
    }

    public function testIncompleteCredentialIsAConfigError(): void
    {
        self::assertSame(
            'einvoice: the default GSTIN credential needs a client id: [clientId, clientSecret]',
            self::configError(fn () => new Client(credentials: ['', 'cs_x']))->getMessage(),
        );
        self::assertSame(
            'einvoice: the credential of GSTIN 29AAACP7879D1Z0 (cli_x) needs a client secret: [clientId, clientSecret]',
            self::configError(fn () => new Client(gstinCredentials: ['29AAACP7879D1Z0' => ['cli_x']]))->getMessage(),
        );
    }

    public function testInvalidOptionsAreConfigErrors(): void
    {
        self::assertSame(
            'einvoice: maxRetries must be 0 or more, got -1',
            self::configError(fn () => new Client(apiKey: 'sk_test_x', maxRetries: -1))->getMessage(),
        );
        self::assertSame(
            'einvoice: timeout must be 0 or more seconds, got -5',
            self::configError(fn () => new Client(apiKey: 'sk_test_x', timeout: -5.0))->getMessage(),
        );
        self::assertSame(
            'einvoice: baseUrl must be an absolute http(s) URL such as https://api.einvoice.dev, got localhost:8080',
            self::configError(fn () => new Client(baseUrl: 'localhost:8080', apiKey: 'sk_test_x'))->getMessage(),
        );
        foreach (['127.0.0.1:8080', 'ftp://example.com', 'http://', 'not a url', 'https://api.einvoice.dev/?x=1'] as $bad) {
            self::assertStringStartsWith(
                'einvoice: baseUrl must be an absolute http(s) URL',
                self::configError(fn () => new Client(baseUrl: $bad, apiKey: 'sk_test_x'))->getMessage(),
                $bad,
            );
        }
    }
}
