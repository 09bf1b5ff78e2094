<?php

declare(strict_types=1);

/*
 * The webhook receiver: a router script for PHP's built-in web server, started by EinvoiceQuickstart\WebhookReceiver:
 *
 *   EINVOICE_WEBHOOK_SECRET=whsec_... WEBHOOK_SPOOL_DIR=/tmp/spool php -S 127.0.0.1:8000 receiver.php
 *
 * POST /webhooks verifies the Standard Webhooks signature with the SDK and answers 204; the quickstart learns
 * about the event from a JSON file in WEBHOOK_SPOOL_DIR. In your application this is one controller action:
 * verify the raw body, answer 2xx quickly, and handle the event (de-duplicated by webhook-id) after that.
 */

require __DIR__ . '/bootstrap.php';

use Einvoice\Core\Exception\WebhookVerificationException;
use Einvoice\Core\Webhook;

if (parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH) !== '/webhooks') {
    http_response_code(404);
    return;
}
if ($_SERVER['REQUEST_METHOD'] !== 'POST') {
    http_response_code(405);
    header('Allow: POST');
    return;
}

// Verify the bytes exactly as they arrived: re-encoded JSON would not match the signature.
$payload = (string) file_get_contents('php://input');
$headers = getallheaders();
$webhookId = (string) (array_change_key_case($headers)['webhook-id'] ?? '');

try {
    (new Webhook([(string) getenv('EINVOICE_WEBHOOK_SECRET')]))->verify($payload, $headers);
} catch (WebhookVerificationException $e) {
    spool('rejected', $webhookId, ['id' => $webhookId, 'reason' => $e->reason]);
    http_response_code(400);
    return;
}

spool('verified', $webhookId, ['id' => $webhookId, 'payload' => $payload]);
http_response_code(204);

/**
 * Hands a delivery to the quickstart as <spool>/<kind>-<hash of webhook-id>.json. A retry of the same event
 * overwrites its file; writing to a temporary name first means the reader never sees half a file.
 *
 * @param array<string, string> $record
 */
function spool(string $kind, string $webhookId, array $record): void
{
    $dir = (string) getenv('WEBHOOK_SPOOL_DIR');
    $file = sprintf('%s/%s-%s.json', $dir, $kind, hash('sha256', $webhookId !== '' ? $webhookId : random_bytes(16)));
    $temporary = "$file.tmp";
    file_put_contents($temporary, json_encode($record, JSON_THROW_ON_ERROR | JSON_UNESCAPED_SLASHES));
    rename($temporary, $file);
}
