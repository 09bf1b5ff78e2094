<?php

declare(strict_types=1);

namespace Einvoice\Core;

/** What generated services need from a client: its configuration and its engine. */
final class Context
{
    public function __construct(public readonly Config $config, public readonly Engine $engine)
    {
    }

    public function execute(ApiRequest $req, ?callable $decode, ?RequestOptions $options): Response
    {
        return $this->engine->execute($this->config, $req, $decode, $options);
    }

    /** @return list<mixed> */
    public function executeNdjson(ApiRequest $req, callable $decode, ?RequestOptions $options): array
    {
        return $this->engine->executeNdjson($this->config, $req, $decode, $options);
    }
}
