<?php

declare(strict_types=1);

namespace Einvoice\Core\Exception;

/** No HTTP answer (refused, reset, DNS, TLS). Retried by the client. */
class ApiConnectionException extends EinvoiceException
{
    public function contractClass(): string
    {
        return 'APIConnectionError';
    }
}
