<?php

declare(strict_types=1);

/*
 * einvoice PHP quickstart: from an account API key to an IRN, a GSTN validation error, an e-way bill,
 * cancellations and a verified webhook, against a sandbox server.
 *
 *   EINVOICE_API_KEY=sk_test_... php quickstart.php      (the key ./scripts/start.sh printed)
 *
 * Optional: EINVOICE_BASE_URL (default http://127.0.0.1:8080). Exits 0 only when every step worked.
 */

require __DIR__ . '/bootstrap.php';

use Einvoice\Client;
use Einvoice\Core\Exception\ApiException;
use Einvoice\Core\Exception\ConflictException;
use Einvoice\Core\Exception\EinvoiceException;
use Einvoice\Core\Exception\UnprocessableEntityException;
use Einvoice\Models\CancelEwbRequest;
use Einvoice\Models\CancelIrnRequest;
use Einvoice\Models\CreateCredentialRequest;
use Einvoice\Models\CreateWebhookEndpointRequest;
use Einvoice\Models\DocumentStatus;
use Einvoice\Models\EwbStatus;
use Einvoice\Models\GenerateEwbRequest;
use Einvoice\Models\IrnDocument;
use Einvoice\Models\RegisterGstinRequest;
use Einvoice\Models\Scope;
use Einvoice\Models\TransMode;
use Einvoice\Models\VehType;
use Einvoice\Models\WebhookEvent;
use EinvoiceQuickstart\SampleInvoice;
use EinvoiceQuickstart\WebhookReceiver;

const GSTIN = SampleInvoice::SELLER_GSTIN;
const WEBHOOK_WAIT_SECONDS = 30;

function main(): void
{
    $baseUrl = getenv('EINVOICE_BASE_URL') ?: 'http://127.0.0.1:8080';
    $apiKey = getenv('EINVOICE_API_KEY')
        ?: throw new RuntimeException('set EINVOICE_API_KEY to the sk_test_ key that ./scripts/start.sh printed');
    echo "einvoice PHP quickstart against $baseUrl\n";

    // The account API key manages GSTINs, credentials and webhooks; documents need a GSTIN's OAuth credential.
    $admin = new Client(baseUrl: $baseUrl, apiKey: $apiKey);

    step(1, 'Register the GSTIN and create an OAuth credential for it');
    registerGstin($admin);
    $client = createGstinClient($admin, $baseUrl);

    step(2, 'Start a webhook receiver and register it');
    // The endpoint's URL needs the port and the receiver needs the endpoint's secret: pick the port first.
    $port = WebhookReceiver::freePort();
    $endpoint = $admin->webhookEndpoints->create(new CreateWebhookEndpointRequest(
        url: "http://127.0.0.1:$port/webhooks",
        events: [WebhookEvent::IRN_GENERATED],
        description: 'PHP quickstart',
    ));
    $receiver = null;
    try {
        $receiver = WebhookReceiver::start($port, (string) $endpoint->secret);
        say("receiving at {$receiver->url()} (a `php -S` child process)");
        say("webhook endpoint {$endpoint->id} for " . implode(', ', (array) $endpoint->events));

        step(3, 'Generate an IRN');
        $irn = generateIrn($client);

        step(4, 'Read it back');
        $document = $client->irn->get($irn);
        say("{$document->docType} {$document->docNo} of {$document->docDate}: {$document->status}");

        step(5, 'A GSTN validation error: totals that do not add up');
        showValidationError($client);

        step(6, 'Generate an e-way bill for the IRN, then cancel it');
        generateAndCancelEwayBill($client, $irn);

        step(7, 'Cancel the IRN');
        cancelIrn($client, $irn);

        step(8, 'Wait for the irn.generated webhook');
        $delivery = $receiver->waitFor(
            static fn (WebhookEvent $event): bool => $event->asIrnGenerated()?->data?->irn === $irn,
            WEBHOOK_WAIT_SECONDS,
        );
        say("verified {$delivery->event->type} {$delivery->id} for IRN " . substr($irn, 0, 16) . '...');

        $admin->webhookEndpoints->delete((string) $endpoint->id);
        $endpoint = null;
        say('deleted the webhook endpoint');
        $receiver->stop();
        say('stopped the receiver');
    } finally {
        // Only does something when a step failed: clean up, without hiding that step's error.
        $receiver?->stop();
        if ($endpoint !== null) {
            try {
                $admin->webhookEndpoints->delete((string) $endpoint->id);
            } catch (EinvoiceException $e) {
                fwrite(STDERR, "could not delete webhook endpoint {$endpoint->id}: {$e->getMessage()}\n");
            }
        }
    }
    echo "\nAll steps done.\n";
}

function registerGstin(Client $admin): void
{
    try {
        // The sandbox IRP accepts any user name with the password "sandbox".
        $admin->gstins->register(new RegisterGstinRequest(gstin: GSTIN, irpUsername: 'demo', irpPassword: 'sandbox'));
        say('registered ' . GSTIN);
    } catch (ConflictException $e) {
        if ($e->errorCode !== 'gstin_exists') {
            throw $e;
        }
        say(GSTIN . ' is already registered: continuing');
    }
}

/** A client acting for GSTIN: the SDK fetches (and refreshes) OAuth tokens with the credential by itself. */
function createGstinClient(Client $admin, string $baseUrl): Client
{
    $credential = $admin->credentials->create(GSTIN, new CreateCredentialRequest(
        name: 'PHP quickstart',
        scopes: [Scope::IRN_WRITE, Scope::EWB_WRITE, Scope::NOTES_WRITE, Scope::READ],
    ));
    // The secret is shown only in this answer; a real integration stores it in its secret manager now.
    say("credential {$credential->clientId} with scopes " . implode(' ', (array) $credential->scopes));
    return new Client(
        baseUrl: $baseUrl,
        credentials: [(string) $credential->clientId, (string) $credential->clientSecret],
        gstin: GSTIN,
    );
}

function generateIrn(Client $client): string
{
    $invoice = SampleInvoice::create(SampleInvoice::freshNumber(), SampleInvoice::todayInIndia());
    $document = $client->irn->generate($invoice);
    expectStatus($document, DocumentStatus::GENERATED);
    say("{$invoice->docDtls->no} of {$invoice->docDtls->dt} -> IRN {$document->irn}");
    say("AckNo {$document->ackNo} at {$document->ackDt} (cancellable until {$document->cancellableUntil})");
    return (string) $document->irn;
}

function showValidationError(Client $client): void
{
    $invoice = SampleInvoice::withWrongTotal(SampleInvoice::freshNumber(), SampleInvoice::todayInIndia());
    try {
        $client->irn->generate($invoice);
    } catch (UnprocessableEntityException $e) {
        say("{$e->statusCode} {$e->errorCode}: the IRP refused {$invoice->docDtls->no}");
        if ($e->gstnErrors === []) {
            throw new RuntimeException('the 422 answer has no gstn_errors', previous: $e);
        }
        foreach ($e->gstnErrors as $error) {
            say("NIC {$error->code}: {$error->message}");
            if ($error->hint !== null) {
                say("  hint: {$error->hint}");
            }
        }
        return;
    }
    throw new RuntimeException('an invoice with TotInvVal 99999 was accepted; expected a 422 with GSTN errors');
}

function generateAndCancelEwayBill(Client $client, string $irn): void
{
    $ewayBill = $client->ewb->generate(new GenerateEwbRequest(
        irn: $irn,
        distance: 0, // 0: the IRP computes the distance from the PIN codes
        transMode: TransMode::ROAD,
        transId: SampleInvoice::BUYER_GSTIN,
        transName: 'Bharat Logistics',
        vehNo: 'KA01AB1234',
        vehType: VehType::REGULAR,
    ));
    say("EwbNo {$ewayBill->ewbNo} ({$ewayBill->status}), valid until {$ewayBill->ewbValidTill}");
    if ($ewayBill->remarks !== null) {
        say("remarks: {$ewayBill->remarks}");
    }

    // 2: order cancelled. An IRN with an active e-way bill cannot be cancelled, so this comes first.
    $cancelled = $client->ewb->cancel($ewayBill->ewbNo, new CancelEwbRequest(cancelRsnCode: '2', cancelRmrk: 'Order cancelled by the buyer'));
    if ($cancelled->status !== EwbStatus::CANCELLED) {
        throw new RuntimeException("e-way bill {$ewayBill->ewbNo} is {$cancelled->status} after cancelling, expected cancelled");
    }
    say("e-way bill {$cancelled->ewbNo} cancelled at {$cancelled->cancelledAt}");
}

function cancelIrn(Client $client, string $irn): void
{
    // 2: data entry mistake. Cancelling is allowed within 24 hours of the acknowledgement.
    $document = $client->irn->cancel($irn, new CancelIrnRequest(cnlRsn: '2', cnlRem: 'Wrong buyer address'));
    expectStatus($document, DocumentStatus::CANCELLED);
    say("cancelled; CancelDate {$document->cancelDate}");
}

function expectStatus(IrnDocument $document, string $expected): void
{
    if ($document->status !== $expected) {
        throw new RuntimeException("document {$document->docNo} is {$document->status}, expected $expected");
    }
}

function step(int $number, string $title): void
{
    echo "\n$number. $title\n";
}

function say(string $line): void
{
    echo "   $line\n";
}

/** Why the program stopped, with what support needs for an API error: the request id and any GSTN codes. */
function describe(Throwable $e): string
{
    if (!$e instanceof ApiException) {
        return $e instanceof EinvoiceException || $e instanceof RuntimeException
            ? $e->getMessage()
            : get_class($e) . ': ' . $e->getMessage() . "\n" . $e->getTraceAsString();
    }
    $lines = [$e->getMessage() . ($e->errorCode !== null ? " [{$e->errorCode}]" : '') . " (request id {$e->requestId})"];
    foreach ($e->gstnErrors as $error) {
        $lines[] = "  NIC {$error->code}: {$error->message}";
    }
    return implode("\n", $lines);
}

try {
    main();
} catch (Throwable $e) {
    fwrite(STDERR, "\nFAILED: " . describe($e) . "\n");
    exit(1);
}
