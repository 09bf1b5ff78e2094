<?php

declare(strict_types=1);

namespace Einvoice\Core\Exception;

/** An attempt ran past its timeout; a connection error, retried. */
class ApiConnectionTimeoutException extends ApiConnectionException
{
    public function contractClass(): string
    {
        return 'APIConnectionTimeoutError';
    }
}
