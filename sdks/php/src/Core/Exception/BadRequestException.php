<?php

declare(strict_types=1);

namespace Einvoice\Core\Exception;

/** Contract class BadRequestError. */
class BadRequestException extends ApiException
{
    public function contractClass(): string
    {
        return 'BadRequestError';
    }
}
