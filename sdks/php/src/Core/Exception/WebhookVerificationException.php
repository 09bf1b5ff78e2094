<?php

declare(strict_types=1);

namespace Einvoice\Core\Exception;

/** A webhook did not verify; reason: missing_headers, timestamp_too_old, timestamp_too_new, no_matching_signature. */
class WebhookVerificationException extends EinvoiceException
{
    public function __construct(public readonly string $reason, string $message)
    {
        parent::__construct($message);
    }

    public function contractClass(): string
    {
        return 'WebhookVerificationError';
    }
}
