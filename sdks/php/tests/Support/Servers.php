<?php

declare(strict_types=1);

namespace Einvoice\Tests\Support;

/**
 * Starts, once per PHPUnit run, the HTTP contract server (packages/contract/src/serve.ts --port 0) and, when
 * asked, the real reference server in sandbox mode; stops their process groups at exit.
 */
final class Servers
{
    /** @var list<array{proc: resource, pid: int}> */
    private static array $procs = [];
    /** @var array{url: string, api_key: string, gstin: string, client_id: string, client_secret: string}|null */
    private static ?array $contract = null;
    /** @var array{url: string, api_key: string}|null */
    private static ?array $reference = null;

    public static function repoRoot(): string
    {
        $d = __DIR__;
        while ($d !== '/' && !is_file("$d/pnpm-workspace.yaml")) {
            $d = dirname($d);
        }
        return $d;
    }

    private static function tsx(string $pkg): string
    {
        foreach (["$pkg/node_modules/.bin/tsx", self::repoRoot() . '/node_modules/.bin/tsx'] as $p) {
            if (is_executable($p)) {
                return $p;
            }
        }
        return 'tsx';
    }

    /** @param list<string> $cmd */
    private static function start(array $cmd, string $cwd, array $env, string $log): void
    {
        $proc = proc_open(array_merge(['setsid'], $cmd), [0 => ['file', '/dev/null', 'r'], 1 => ['file', $log, 'w'], 2 => ['file', $log . '.err', 'w']], $pipes, $cwd, $env);
        if (!is_resource($proc)) {
            throw new \RuntimeException('cannot start ' . implode(' ', $cmd));
        }
        if (!self::$procs) {
            register_shutdown_function([self::class, 'stopAll']);
        }
        self::$procs[] = ['proc' => $proc, 'pid' => proc_get_status($proc)['pid']];
    }

    /**
     * The contract server's info line: the default credential at the top level, and every named credential a
     * scenario can pick with `credential` (`default`, `signatures-required`), each with its signing key.
     *
     * @return array{url: string, api_key: string, gstin: string, client_id: string, client_secret: string,
     *     signing_key: array{key_id: string, secret: string},
     *     credentials: array<string, array{client_id: string, client_secret: string, signing_key: array{key_id: string, secret: string}}>}
     */
    public static function contract(): array
    {
        if (self::$contract !== null) {
            return self::$contract;
        }
        $pkg = self::repoRoot() . '/packages/contract';
        $log = tempnam(sys_get_temp_dir(), 'einvoice-php-contract-');
        self::start([self::tsx($pkg), 'src/serve.ts', '--port', '0'], $pkg, getenv(), $log);
        $deadline = microtime(true) + 90;
        while (microtime(true) < $deadline) {
            foreach (explode("\n", (string) file_get_contents($log)) as $line) {
                if (str_starts_with($line, '{') && str_ends_with(trim($line), '}')) {
                    $j = json_decode($line, true);
                    if (is_array($j)) {
                        return self::$contract = $j;
                    }
                }
            }
            usleep(100000);
        }
        throw new \RuntimeException('the contract server did not print its JSON line: ' . file_get_contents($log) . file_get_contents("$log.err"));
    }

    /** @return array{url: string, api_key: string} `cd server && node --import tsx src/main.ts`, sandbox, temp SQLite. */
    public static function reference(): array
    {
        if (self::$reference !== null) {
            return self::$reference;
        }
        $sock = stream_socket_server('tcp://127.0.0.1:0');
        $port = (int) substr((string) stream_socket_get_name($sock, false), strrpos((string) stream_socket_get_name($sock, false), ':') + 1);
        fclose($sock);
        $data = sys_get_temp_dir() . '/einvoice-php-e2e-' . bin2hex(random_bytes(4));
        mkdir($data);
        $log = "$data/server.log";
        $env = getenv() + [];
        $env['PORT'] = (string) $port;
        $env['HOST'] = '127.0.0.1';
        $env['DATA_DIR'] = $data;
        $env['SQLITE_PATH'] = "$data/einvoice.sqlite";
        $env['EINVOICE_MODE'] = 'sandbox';
        $env['SANDBOX_MONTHLY_IRN_QUOTA'] = '0';
        self::start(['node', '--import', 'tsx', 'src/main.ts'], self::repoRoot() . '/server', $env, $log);
        $deadline = microtime(true) + 90;
        while (microtime(true) < $deadline) {
            $text = (string) file_get_contents($log);
            if (preg_match('~https?://[\w.\-:]+~', $text, $u) && preg_match('~sk_test_[\w\-]+~', $text, $k)) {
                return self::$reference = ['url' => $u[0], 'api_key' => $k[0]];
            }
            usleep(200000);
        }
        throw new \RuntimeException('the reference server did not print its URL and API key: ' . file_get_contents($log) . file_get_contents("$log.err"));
    }

    public static function stopAll(): void
    {
        foreach (self::$procs as $p) {
            posix_kill(-$p['pid'], SIGTERM);
            $deadline = microtime(true) + 10;
            while (proc_get_status($p['proc'])['running'] && microtime(true) < $deadline) {
                usleep(50000);
            }
            if (proc_get_status($p['proc'])['running']) {
                posix_kill(-$p['pid'], SIGKILL);
            }
            proc_close($p['proc']);
        }
        self::$procs = [];
    }
}
