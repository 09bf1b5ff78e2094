<?php

declare(strict_types=1);

namespace Einvoice\Core\Exception;

/** Contract class PermissionDeniedError. */
class PermissionDeniedException extends ApiException
{
    public function contractClass(): string
    {
        return 'PermissionDeniedError';
    }
}
