<?php

declare(strict_types=1);

namespace EinvoiceQuickstart;

use Einvoice\Models\WebhookEvent;

/**
 * A local webhook receiver: PHP's built-in web server (`php -S`) running receiver.php as a child process.
 *
 * PHP serves one request per process and has no background threads, so the receiver cannot live inside the
 * quickstart's own process. The child verifies each delivery with the SDK and drops the verified ones as JSON
 * files into a spool folder, which this class polls. Good for a demo and for tests; in production the
 * receiver is simply a route of your web application (see receiver.php).
 */
final class WebhookReceiver
{
    /** @var resource|null the `php -S` child, null once stopped */
    private $process;

    /** @param resource $process */
    private function __construct(
        public readonly int $port,
        private readonly string $workDir,
        $process,
    ) {
        $this->process = $process;
    }

    /**
     * A TCP port that is free right now: the OS picks one when we bind to port 0, and we release it at once.
     * Another program could take it before `php -S` binds it; start() then fails with a clear message.
     */
    public static function freePort(): int
    {
        $socket = stream_socket_server('tcp://127.0.0.1:0', $errno, $error);
        if ($socket === false) {
            throw new \RuntimeException("cannot bind a local port: $error");
        }
        $name = (string) stream_socket_get_name($socket, false);
        fclose($socket);
        return (int) substr($name, strrpos($name, ':') + 1);
    }

    /** Starts `php -S 127.0.0.1:$port receiver.php`, which verifies deliveries with $secret, and waits until it listens. */
    public static function start(int $port, string $secret, float $startupTimeout = 20.0): self
    {
        $workDir = sys_get_temp_dir() . '/einvoice-webhooks-' . bin2hex(random_bytes(6));
        if (!mkdir("$workDir/spool", 0700, true)) {
            throw new \RuntimeException("cannot create $workDir");
        }
        // The secret travels by environment variable, not on the command line, where `ps` would show it.
        // The receiver needs nothing else of ours, in particular not the account API key.
        $env = getenv();
        unset($env['EINVOICE_API_KEY']);
        $env['EINVOICE_WEBHOOK_SECRET'] = $secret;
        $env['WEBHOOK_SPOOL_DIR'] = "$workDir/spool";

        // An argument list (not a string) runs PHP directly, without a shell, so terminating it stops the server.
        $command = [PHP_BINARY, '-S', "127.0.0.1:$port", dirname(__DIR__) . '/receiver.php'];
        $log = "$workDir/server.log";
        $process = proc_open($command, [0 => ['pipe', 'r'], 1 => ['file', $log, 'a'], 2 => ['file', $log, 'a']], $pipes, null, $env);
        if ($process === false) {
            throw new \RuntimeException('cannot start ' . PHP_BINARY . ' -S');
        }
        fclose($pipes[0]);

        $receiver = new self($port, $workDir, $process);
        $receiver->awaitListening($startupTimeout);
        return $receiver;
    }

    public function url(): string
    {
        return "http://127.0.0.1:{$this->port}/webhooks";
    }

    /**
     * Polls the spool folder for a verified delivery that $matches accepts.
     *
     * @param callable(WebhookEvent): bool $matches
     */
    public function waitFor(callable $matches, float $timeoutSeconds): ReceivedWebhook
    {
        $deadline = microtime(true) + $timeoutSeconds;
        do {
            foreach (glob("{$this->workDir}/spool/verified-*.json") ?: [] as $file) {
                $delivery = self::readJson($file);
                $event = WebhookEvent::parse($delivery['payload']);
                if ($matches($event)) {
                    return new ReceivedWebhook($delivery['id'], $event);
                }
            }
            $this->assertRunning();
            usleep(200_000);
        } while (microtime(true) < $deadline);

        $rejected = array_map(
            static fn (string $file): string => self::readJson($file)['reason'],
            glob("{$this->workDir}/spool/rejected-*.json") ?: [],
        );
        throw new \RuntimeException(sprintf(
            'no matching verified webhook within %d s (%d other verified, %d rejected%s)',
            $timeoutSeconds,
            count(glob("{$this->workDir}/spool/verified-*.json") ?: []),
            count($rejected),
            $rejected === [] ? '' : ': ' . implode(', ', array_unique($rejected)),
        ));
    }

    /** Stops the server and removes its files; safe to call twice. */
    public function stop(): void
    {
        if ($this->process === null) {
            return;
        }
        proc_terminate($this->process);
        for ($i = 0; $i < 20 && proc_get_status($this->process)['running']; $i++) {
            usleep(100_000);
        }
        if (proc_get_status($this->process)['running']) {
            proc_terminate($this->process, 9);
        }
        proc_close($this->process);
        $this->process = null;
        self::removeTree($this->workDir);
    }

    public function __destruct()
    {
        $this->stop();
    }

    private function awaitListening(float $timeoutSeconds): void
    {
        $deadline = microtime(true) + $timeoutSeconds;
        while (microtime(true) < $deadline) {
            $this->assertRunning();
            $connection = @stream_socket_client("tcp://127.0.0.1:{$this->port}", $errno, $error, 0.5);
            if ($connection !== false) {
                fclose($connection);
                return;
            }
            usleep(100_000);
        }
        $this->fail("php -S did not listen on port {$this->port} within {$timeoutSeconds} s");
    }

    private function assertRunning(): void
    {
        if (!proc_get_status($this->process)['running']) {
            $this->fail('the webhook receiver (php -S) exited');
        }
    }

    private function fail(string $message): never
    {
        $log = trim((string) @file_get_contents("{$this->workDir}/server.log"));
        $this->stop();
        throw new \RuntimeException($message . ($log === '' ? '' : "; its output:\n$log"));
    }

    /** @return array<string, mixed> */
    private static function readJson(string $file): array
    {
        return (array) json_decode((string) file_get_contents($file), true, 512, JSON_THROW_ON_ERROR);
    }

    private static function removeTree(string $dir): void
    {
        foreach (glob("$dir/*") ?: [] as $entry) {
            is_dir($entry) ? self::removeTree($entry) : unlink($entry);
        }
        @rmdir($dir);
    }
}
