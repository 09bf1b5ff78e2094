<?php

declare(strict_types=1);

namespace Einvoice\Core\Exception;

/** Contract class UnprocessableEntityError. */
class UnprocessableEntityException extends ApiException
{
    public function contractClass(): string
    {
        return 'UnprocessableEntityError';
    }
}
