<?php

declare(strict_types=1);

namespace Einvoice\Tests;

use Einvoice\Client;
use Einvoice\Core\Exception\NotFoundException;
use Einvoice\Core\RequestOptions;
use Einvoice\Models\CancelIrnRequest;
use Einvoice\Models\CreateCredentialRequest;
use Einvoice\Models\CredentialWithSecret;
use Einvoice\Models\DocumentStatus;
use Einvoice\Models\RegisterGstinRequest;
use Einvoice\Models\Scope;
use Einvoice\Tests\Support\Fixtures;
use Einvoice\Tests\Support\Servers;
use PHPUnit\Framework\TestCase;

/** The README flow against the real reference server (sandbox, temp SQLite), started like the Go/Python quickstarts. */
final class QuickstartTest extends TestCase
{
    public const GSTIN = '29AAACP7879D1Z0';

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
}
