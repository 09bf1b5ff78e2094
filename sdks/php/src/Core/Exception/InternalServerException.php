<?php

declare(strict_types=1);

namespace Einvoice\Core\Exception;

/** Contract class InternalServerError. */
class InternalServerException extends ApiException
{
    public function contractClass(): string
    {
        return 'InternalServerError';
    }
}
