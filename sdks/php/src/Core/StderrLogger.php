<?php

declare(strict_types=1);

namespace Einvoice\Core;

/** The logger EINVOICE_LOG uses when the client was given none: one line per record on standard error. */
final class StderrLogger
{
    /** @param array<string, mixed> $context */
    public function info(string $message, array $context = []): void
    {
        $this->write('info', $message, $context);
    }

    /** @param array<string, mixed> $context */
    public function debug(string $message, array $context = []): void
    {
        $this->write('debug', $message, $context);
    }

    /** @param array<string, mixed> $context */
    private function write(string $level, string $message, array $context): void
    {
        fwrite(STDERR, "[$level] $message " . json_encode($context, JSON_UNESCAPED_SLASHES) . "\n");
    }
}
