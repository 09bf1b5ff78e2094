<?php

declare(strict_types=1);

namespace Einvoice\Core\Exception;

/** Contract class ConflictError. */
class ConflictException extends ApiException
{
    public function contractClass(): string
    {
        return 'ConflictError';
    }
}
