<?php

declare(strict_types=1);

namespace Einvoice\Core\Exception;

/** Contract class AuthenticationError. */
class AuthenticationException extends ApiException
{
    public function contractClass(): string
    {
        return 'AuthenticationError';
    }
}
