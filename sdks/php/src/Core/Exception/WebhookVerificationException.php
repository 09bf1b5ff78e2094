<?php

declare(strict_types=1);

namespace Einvoice\Core\Exception;

/**
 * A webhook did not verify. `errorCode` (as on ApiException: PHP's Exception owns `code`) is the same in every
 * einvoice SDK: invalid_secret, missing_headers, invalid_timestamp, timestamp_too_old, timestamp_too_new,
 * no_matching_signature. `reason` is the same value, kept from 0.1.
 */
class WebhookVerificationException extends EinvoiceException
{
    public readonly string $errorCode;

    public function __construct(public readonly string $reason, string $message)
    {
        parent::__construct($message);
        $this->errorCode = $reason;
    }

    public function contractClass(): string
    {
        return 'WebhookVerificationError';
    }
}
