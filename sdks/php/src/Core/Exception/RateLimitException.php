<?php

declare(strict_types=1);

namespace Einvoice\Core\Exception;

/** Contract class RateLimitError. */
class RateLimitException extends ApiException
{
    public function contractClass(): string
    {
        return 'RateLimitError';
    }
}
