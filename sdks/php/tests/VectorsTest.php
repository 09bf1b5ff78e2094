<?php

declare(strict_types=1);

namespace Einvoice\Tests;

use Einvoice\Core\Exception\ApiException;
use Einvoice\Core\Exception\UnprocessableEntityException;
use Einvoice\Core\Exception\WebhookVerificationException;
use Einvoice\Core\Gst;
use Einvoice\Core\RequestSigner;
use Einvoice\Core\Retry;
use Einvoice\Core\Webhook;
use Einvoice\Models\DocumentStatus;
use Einvoice\Models\GstnError;
use Einvoice\Models\IrnDocument;
use Einvoice\Models\IrnGeneratedEvent;
use Einvoice\Models\WebhookEvent;
use Einvoice\Tests\Support\Fixtures;
use PHPUnit\Framework\TestCase;

/** Every case of spec/vectors/*.json, plus forward-compatibility checks of the generated models. */
final class VectorsTest extends TestCase
{
    private static function cases(string $file, string $key): array
    {
        $out = [];
        foreach (Fixtures::json("spec/vectors/$file")[$key] as $i => $c) {
            $out[($c['name'] ?? $c['gstin'] ?? $c['doc_no'] ?? (string) $i) . " #$i"] = [$c];
        }
        return $out;
    }

    public static function webhookCases(): array
    {
        return self::cases('webhook-signatures.json', 'cases');
    }

    /** @dataProvider webhookCases */
    public function testWebhookSignature(array $c): void
    {
        if ($c['expected']['valid']) {
            Webhook::verifyWith($c['payload'], $c['headers'], $c['verifying_secrets'], $c['now']);
            $this->addToAssertionCount(1);
        } else {
            try {
                Webhook::verifyWith($c['payload'], $c['headers'], $c['verifying_secrets'], $c['now']);
                self::fail('expected ' . $c['expected']['error']);
            } catch (WebhookVerificationException $e) {
                self::assertSame($c['expected']['error'], $e->errorCode);
            }
        }
        if (($c['sign_check'] ?? true) && isset($c['headers']['webhook-signature'])) {
            $sigs = array_map(fn ($s) => Webhook::sign($c['msg_id'], $c['timestamp'], $c['payload'], $s), $c['signing_secrets']);
            self::assertSame($c['headers']['webhook-signature'], implode(' ', $sigs));
        }
        $w = new Webhook($c['verifying_secrets'], fn () => $c['now']);
        if ($c['expected']['valid']) {
            self::assertIsArray($w->verify($c['payload'], $c['headers']));
        }
    }

    public static function requestSignatureCases(): array
    {
        return self::cases('request-signatures.json', 'cases');
    }

    /** @dataProvider requestSignatureCases */
    public function testRequestSignature(array $c): void
    {
        $secret = base64_decode($c['secret_base64'], true);
        $exp = $c['expected'];
        if (isset($c['components'])) {
            $params = RequestSigner::signatureParams($c['components'], $c['created'], $c['key_id'], null);
            $base = RequestSigner::signatureBase($c['method'], $c['url'], $c['headers'], $c['components'], $params);
            self::assertSame($exp['signature_base'], $base);
            self::assertSame($exp['signature'], "{$c['label']}=:" . RequestSigner::hmacSha256($base, $secret) . ':');
            return;
        }
        $h = (new RequestSigner($c['key_id'], $secret, $c['label']))->sign($c['method'], $c['url'], $c['body'], $c['created']);
        self::assertSame($exp['content_digest'], $h['content-digest'] ?? null);
        self::assertSame($exp['signature_input'], $h['signature-input']);
        self::assertSame($exp['signature'], $h['signature']);
    }

    public static function delayCases(): array
    {
        return self::cases('retry-backoff.json', 'delays');
    }

    /** @dataProvider delayCases */
    public function testRetryDelay(array $d): void
    {
        $now = (float) (new \DateTimeImmutable($d['now']))->format('U.u');
        foreach ([0, 0.5, 0.999] as $r) {
            $ms = Retry::delayMs($d['retry_index'], $d['response_headers'], $r, $now);
            self::assertGreaterThanOrEqual($d['expected']['min_ms'] - 0.01, $ms);
            self::assertLessThanOrEqual($d['expected']['max_ms'] + 0.01, $ms);
        }
        foreach ($d['with_random'] ?? [] as $w) {
            self::assertEqualsWithDelta($w['ms'], Retry::backoffMs($d['retry_index'], $w['random']), 0.01);
        }
    }

    public static function shouldRetryCases(): array
    {
        return self::cases('retry-backoff.json', 'should_retry');
    }

    /** @dataProvider shouldRetryCases */
    public function testShouldRetry(array $s): void
    {
        self::assertSame($s['retry'], Retry::shouldRetry($s['status'], $s['headers']));
    }

    public function testDefaultRetries(): void
    {
        self::assertSame(Fixtures::json('spec/vectors/retry-backoff.json')['max_retries_default'], Retry::DEFAULT_MAX_RETRIES);
    }

    public static function irnCases(): array
    {
        return self::cases('irn-hashes.json', 'cases') + array_combine(
            array_map(fn ($k) => "prefix $k", array_keys(self::cases('irn-hashes.json', 'prefix_cases'))),
            array_values(self::cases('irn-hashes.json', 'prefix_cases')),
        );
    }

    /** @dataProvider irnCases */
    public function testIrnHash(array $c): void
    {
        $irn = Gst::computeIrn($c['seller_gstin'], $c['doc_type'], $c['doc_no'], $c['doc_date'], $c['uppercase_doc_no'] ?? true);
        if (isset($c['irn_prefix'])) {
            self::assertStringStartsWith($c['irn_prefix'], $irn);
            return;
        }
        self::assertSame($c['financial_year'], Gst::financialYear($c['doc_date']));
        self::assertSame($c['irn'], $irn);
    }

    public static function gstinCases(): array
    {
        $v = Fixtures::json('spec/vectors/gstin-check-digits.json');
        $out = [];
        foreach ($v['valid'] as $c) {
            $out["{$c['gstin']} valid"] = [$c['gstin'], true, $c['check']];
        }
        foreach ($v['invalid'] as $c) {
            $out["{$c['gstin']} invalid"] = [$c['gstin'], false, null];
        }
        return $out;
    }

    /** @dataProvider gstinCases */
    public function testGstin(string $gstin, bool $valid, ?string $check): void
    {
        self::assertSame($valid, Gst::isValidGstin($gstin));
        if ($check !== null) {
            self::assertSame($check, Gst::gstinCheckDigit(substr($gstin, 0, 14)));
        }
    }

    public function testUnknownFieldsAndEnumValuesDoNotFail(): void
    {
        $d = IrnDocument::fromArray(['id' => 'doc_1', 'object' => 'document', 'status' => 'teleported', 'brand_new' => ['x' => 1]]);
        self::assertSame('teleported', $d->status);
        self::assertFalse(DocumentStatus::isKnown($d->status));
        self::assertTrue(DocumentStatus::isKnown(DocumentStatus::GENERATED));
        self::assertSame(['x' => 1], $d->additionalProperties['brand_new']);
        $back = json_decode((string) json_encode($d), true);
        self::assertSame(1, $back['brand_new']['x']);
        self::assertSame('teleported', $back['status']);
    }

    public function testWebhookUnionIsOpen(): void
    {
        $known = WebhookEvent::parse('{"type":"irn.generated","data":{"Irn":"x"}}');
        self::assertTrue($known->isKnown());
        self::assertNotNull($known->asIrnGenerated());
        $unknown = WebhookEvent::parse('{"type":"irn.teleported","data":{}}');
        self::assertFalse($unknown->isKnown());
        self::assertNull($unknown->asIrnGenerated());
    }

    public function testWebhookEventTypeIsAPropertyAndEventIsTyped(): void
    {
        $known = WebhookEvent::parse('{"type":"irn.generated","data":{"Irn":"x"}}');
        self::assertSame(WebhookEvent::IRN_GENERATED, $known->type);
        $event = $known->event();
        self::assertInstanceOf(IrnGeneratedEvent::class, $event);
        self::assertSame('x', $event->data?->irn);
        $unknown = WebhookEvent::parse('{"type":"irn.teleported","data":{}}');
        self::assertSame('irn.teleported', $unknown->type);
        self::assertNull($unknown->event());
        self::assertNull(WebhookEvent::parse('{"data":{}}')->type);
    }

    public function testWebhookCodesAndTestHeaders(): void
    {
        $secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
        $payload = '{"type":"irn.generated","data":{"Irn":"x"}}';
        $headers = Webhook::headers('msg_1', 1764900000, $payload, $secret);
        $event = WebhookEvent::fromArray((new Webhook([$secret], static fn (): int => 1764900000))->verify($payload, $headers));
        self::assertInstanceOf(IrnGeneratedEvent::class, $event->event());
        $code = static function (callable $f): ?string {
            try {
                $f();
            } catch (WebhookVerificationException $e) {
                return $e->errorCode;
            }
            return null;
        };
        self::assertSame('invalid_secret', $code(fn () => Webhook::verifyWith($payload, $headers, ['whsec_not*valid'], 1764900000)));
        self::assertSame('invalid_timestamp', $code(fn () => Webhook::verifyWith($payload, ['webhook-timestamp' => 'soon'] + $headers, [$secret], 1764900000)));
    }

    public function testGstnErrorsAreTyped(): void
    {
        $e = ApiException::of(422, ['x-request-id' => ['req_1']], [
            'code' => 'irp_rejected',
            'gstn_errors' => [
                ['code' => 2172, 'message' => 'Invalid total', 'hint' => 'Fix ValDtls', 'pointer' => '/ValDtls', 'x' => 1],
                ['code' => '2150', 'message' => 'Duplicate IRN'],
                'not an object',
            ],
        ]);
        self::assertInstanceOf(UnprocessableEntityException::class, $e);
        self::assertCount(2, $e->gstnErrors);
        self::assertContainsOnlyInstancesOf(GstnError::class, $e->gstnErrors);
        self::assertSame('2172', $e->gstnErrors[0]->code); // a numeric code is still a string
        self::assertSame('Fix ValDtls', $e->gstnErrors[0]->hint);
        self::assertSame('/ValDtls', $e->gstnErrors[0]->pointer);
        self::assertSame(1, $e->gstnErrors[0]->additionalProperties['x']);
        self::assertNull($e->gstnErrors[1]->hint);
    }
}
