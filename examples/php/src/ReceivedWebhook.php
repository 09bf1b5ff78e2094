<?php

declare(strict_types=1);

namespace EinvoiceQuickstart;

use Einvoice\Models\WebhookEvent;

/** A delivery that passed signature verification: its webhook-id (msg_..., stable across retries) and event. */
final class ReceivedWebhook
{
    public function __construct(
        public readonly string $id,
        public readonly WebhookEvent $event,
    ) {
    }
}
