<?php

declare(strict_types=1);

namespace Einvoice\Core\Exception;

/** Contract class NotFoundError. */
class NotFoundException extends ApiException
{
    public function contractClass(): string
    {
        return 'NotFoundError';
    }
}
