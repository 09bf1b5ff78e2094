<?php

declare(strict_types=1);

namespace Einvoice\Tests\Support;

/** A PSR-3-shaped logger that keeps every record, for tests that check what the SDK logs. */
final class CapturingLogger
{
    /** @var list<array{0: string, 1: string, 2: array<string, mixed>}> */
    public array $records = [];

    /** @param array<string, mixed> $context */
    public function info(string $message, array $context = []): void
    {
        $this->records[] = ['info', $message, $context];
    }

    /** @param array<string, mixed> $context */
    public function debug(string $message, array $context = []): void
    {
        $this->records[] = ['debug', $message, $context];
    }
}
