<?php

declare(strict_types=1);

namespace Einvoice\Core\Exception;

/** Root of every exception the SDK throws. */
class EinvoiceException extends \RuntimeException
{
    /** The class name in the cross-language contract vocabulary (spec/conformance/README.md). */
    public function contractClass(): string
    {
        return 'EinvoiceError';
    }
}
