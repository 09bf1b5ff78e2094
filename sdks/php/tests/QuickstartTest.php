<?php

declare(strict_types=1);

namespace Einvoice\Tests;

use Einvoice\Client;
use Einvoice\Core\CurlTransport;
use Einvoice\Core\Exception\ConflictException;
use Einvoice\Core\Exception\NotFoundException;
use Einvoice\Core\Exception\UnprocessableEntityException;
use Einvoice\Core\HttpResponse;
use Einvoice\Core\RequestOptions;
use Einvoice\Core\TransportInterface;
use Einvoice\Models\CancelIrnRequest;
use Einvoice\Models\CreateCredentialRequest;
use Einvoice\Models\CredentialWithSecret;
use Einvoice\Models\DocumentStatus;
use Einvoice\Models\RegisterGstinRequest;
use Einvoice\Models\Scope;
use Einvoice\Models\UpdateGstinRequest;
use Einvoice\Tests\Support\Fixtures;
use Einvoice\Tests\Support\Servers;
use PHPUnit\Framework\TestCase;

/** The README flow against the real reference server (sandbox, temp SQLite), started like the Go/Python quickstarts. */
final class QuickstartTest extends TestCase
{
    public const GSTIN = '29AAACP7879D1Z0';
    /** A second sandbox taxpayer, only for the GSTIN administration flow below. */
    public const SECOND_GSTIN = '29AABCL4444L1Z7';

    /** Registers the GSTIN and creates a credential with the account key (the admin half of the README). */
    public static function provision(array $ref, ?string $plan = null): CredentialWithSecret
    {
        $admin = new Client(baseUrl: $ref['url'], apiKey: $ref['api_key']);
        try {
            $admin->gstins->get(self::GSTIN);
        } catch (NotFoundException) {
            $admin->gstins->register(new RegisterGstinRequest(gstin: self::GSTIN, irpUsername: 'api_user', irpPassword: 'sandbox'));
        }
        return $admin->credentials->create(self::GSTIN, new CreateCredentialRequest(
            scopes: [Scope::IRN_WRITE, Scope::READ],
            plan: $plan,
            rateLimitRps: $plan !== null ? 10000 : null,
        ));
    }

    public function testQuickstart(): void
    {
        $ref = Servers::reference();
        $cred = self::provision($ref);
        $client = new Client(
            baseUrl: $ref['url'],
            gstinCredentials: [self::GSTIN => [$cred->clientId, $cred->clientSecret]],
            gstin: self::GSTIN,
        );
        $invoice = Fixtures::invoice(self::GSTIN);

        $created = $client->irn->generateWithResponse($invoice, options: new RequestOptions(wait: 10));
        $doc = $created->data;
        self::assertSame(201, $created->statusCode);
        self::assertSame(DocumentStatus::GENERATED, $doc->status);
        self::assertSame(64, strlen($doc->irn));

        $again = $client->irn->generateWithResponse($invoice);
        self::assertTrue($again->replayed());
        self::assertSame($doc->irn, $again->data->irn);

        $byDoc = $client->irn->getByDocument(docType: 'INV', docNo: $invoice->docDtls->no, docDate: $invoice->docDtls->dt);
        self::assertSame($doc->irn, $byDoc->irn);

        $found = false;
        foreach ($client->documents->listAutoPaging(limit: 1) as $d) {
            $found = $found || $d->irn === $doc->irn;
        }
        self::assertTrue($found, 'auto-paging finds the document');

        try {
            $client->irn->get(str_repeat('0', 64));
            self::fail('expected NotFoundException');
        } catch (NotFoundException $e) {
            self::assertSame(404, $e->statusCode);
            self::assertNotEmpty($e->requestId);
        }

        $cancelled = $client->irn->cancel($doc->irn, new CancelIrnRequest(cnlRsn: '2', cnlRem: 'Wrong buyer address'));
        self::assertSame(DocumentStatus::CANCELLED, $cancelled->status);
        self::assertSame(1, $client->tokenRequests());
    }

    /** The GSTIN administration half of the README: IRP check at registration, update, final 409, delete. */
    public function testGstinLifecycle(): void
    {
        $ref = Servers::reference();
        $counting = new class (new CurlTransport()) implements TransportInterface {
            public int $registerAttempts = 0;

            public function __construct(private readonly TransportInterface $inner)
            {
            }

            public function send(string $method, string $url, array $headers, ?string $body, float $timeoutSeconds): HttpResponse
            {
                if ($method === 'POST' && parse_url($url, PHP_URL_PATH) === '/v1/gstins') {
                    $this->registerAttempts++;
                }
                return $this->inner->send($method, $url, $headers, $body, $timeoutSeconds);
            }
        };
        $admin = new Client(baseUrl: $ref['url'], apiKey: $ref['api_key'], transport: $counting);

        // (a) a wrong IRP password is refused at registration: 422 with NIC 1019, one request (422 is never retried)
        try {
            $admin->gstins->register(new RegisterGstinRequest(gstin: self::SECOND_GSTIN, irpUsername: 'api_user', irpPassword: 'not-the-password'));
            self::fail('expected UnprocessableEntityException');
        } catch (UnprocessableEntityException $e) {
            self::assertSame(422, $e->statusCode);
            self::assertSame('irp_credentials_rejected', $e->errorCode);
            self::assertContains('1019', array_column($e->gstnErrors, 'code'), 'gstn_errors carries 1019');
        }
        self::assertSame(1, $counting->registerAttempts, 'a 422 is not retried');
        try {
            $admin->gstins->get(self::SECOND_GSTIN);
            self::fail('nothing was stored');
        } catch (NotFoundException $e) {
            self::assertSame(404, $e->statusCode);
        }

        // (b) the sandbox password registers it; update changes the description
        $register = new RegisterGstinRequest(gstin: self::SECOND_GSTIN, irpUsername: 'api_user', irpPassword: 'sandbox', description: 'Bengaluru plant');
        self::assertSame(self::SECOND_GSTIN, $admin->gstins->register($register)->gstin);
        self::assertSame(2, $counting->registerAttempts);
        $updated = $admin->gstins->update(self::SECOND_GSTIN, new UpdateGstinRequest(description: 'Bengaluru warehouse'));
        self::assertSame(self::SECOND_GSTIN, $updated->gstin);
        self::assertSame('Bengaluru warehouse', $updated->description);
        self::assertSame('api_user', $updated->irpUsername, 'members left out keep their values');
        self::assertSame('Bengaluru warehouse', $admin->gstins->get(self::SECOND_GSTIN)->description);

        // (c) registering it again is a final 409 (x-should-retry: false): exactly one attempt
        $started = microtime(true);
        try {
            $admin->gstins->register($register);
            self::fail('expected ConflictException');
        } catch (ConflictException $e) {
            self::assertSame(409, $e->statusCode);
            self::assertSame('gstin_exists', $e->errorCode);
        }
        $ms = (int) ((microtime(true) - $started) * 1000);
        self::assertSame(3, $counting->registerAttempts, "a final 409 is not retried (took $ms ms)");

        // (d) delete: its credentials are revoked, and it is gone
        $deleted = $admin->gstins->delete(self::SECOND_GSTIN);
        self::assertSame(self::SECOND_GSTIN, $deleted->gstin);
        self::assertTrue($deleted->deleted);
        try {
            $admin->gstins->get(self::SECOND_GSTIN);
            self::fail('expected NotFoundException after delete');
        } catch (NotFoundException $e) {
            self::assertSame(404, $e->statusCode);
        }
    }
}
