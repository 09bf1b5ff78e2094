// The language-neutral vectors in spec/vectors, checked against this SDK (signatures, back-off, webhooks)
// and, for the GST domain vectors, against an independent implementation here and @einvoice/gst.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { computeIrn, gstinCheckDigit, isValidGstin } from '@einvoice/gst';
import { describe, expect, it } from 'vitest';
import {
  contentDigest,
  hmacSha256,
  retryDelayMs,
  shouldRetryStatus,
  signatureBase,
  signRequest,
  Webhook,
  WebhookVerificationError,
} from '../src/index.js';

const vectors = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../../spec/vectors/${name}`, import.meta.url), 'utf8'));

describe('request-signatures.json (RFC 9421)', () => {
  const { cases } = vectors('request-signatures.json');
  for (const c of cases) {
    it(c.name, () => {
      if (c.components) {
        const base = signatureBase(
          { method: c.method, url: c.url, headers: new Headers(c.headers) },
          { components: c.components, created: c.created, keyId: c.key_id },
        );
        expect(base).toBe(c.expected.signature_base);
        expect(`${c.label}=:${hmacSha256(c.secret_base64, base)}:`).toBe(c.expected.signature);
        return;
      }
      const headers = new Headers();
      signRequest(
        { method: c.method, url: c.url, headers, body: c.body ?? undefined },
        { keyId: c.key_id, secret: c.secret_base64, label: c.label },
        c.created,
      );
      expect(headers.get('content-digest')).toBe(c.expected.content_digest);
      if (c.body !== null)
        expect(contentDigest(c.body)).toBe(`sha-256=:${createHash('sha256').update(c.body).digest('base64')}:`);
      expect(headers.get('signature-input')).toBe(c.expected.signature_input);
      expect(headers.get('signature')).toBe(c.expected.signature);
    });
  }
});

describe('retry-backoff.json', () => {
  const v = vectors('retry-backoff.json');
  for (const c of v.delays) {
    it(c.name, () => {
      const headers = new Headers(c.response_headers);
      const now = Date.parse(c.now);
      for (const u of [0, 0.25, 0.5, 0.75, 0.999999]) {
        const ms = retryDelayMs(c.retry_index, headers, u, now);
        expect(ms).toBeGreaterThanOrEqual(c.expected.min_ms);
        expect(ms).toBeLessThanOrEqual(c.expected.max_ms);
      }
      for (const p of c.with_random ?? [])
        expect(retryDelayMs(c.retry_index, headers, p.random, now)).toBeCloseTo(p.ms, 3);
    });
  }
  it('should_retry', () => {
    for (const c of v.should_retry)
      expect([c.status, shouldRetryStatus(c.status, new Headers(c.headers))]).toEqual([c.status, c.retry]);
  });
});

describe('webhook-signatures.json (Webhook.verify re-exported from @einvoice/webhooks)', () => {
  for (const c of vectors('webhook-signatures.json').cases) {
    it(c.name, () => {
      const run = () => Webhook.verify(c.payload, c.headers, c.verifying_secrets, { now: c.now * 1000 });
      if (c.expected.valid) expect(run().id).toBe(c.headers['webhook-id']);
      else expect(run).toThrow(WebhookVerificationError);
    });
  }
});

describe('irn-hashes.json', () => {
  const v = vectors('irn-hashes.json');
  const fy = (date: string) => {
    const [, m, y] = date.split('/').map(Number) as [number, number, number];
    const start = m >= 4 ? y : y - 1;
    return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
  };
  for (const c of v.cases) {
    it(`${c.seller_gstin} ${c.doc_type} ${c.doc_no} ${c.doc_date}`, () => {
      expect(fy(c.doc_date)).toBe(c.financial_year);
      const no = c.uppercase_doc_no ? c.doc_no.toUpperCase() : c.doc_no;
      const independent = createHash('sha256')
        .update(`${c.seller_gstin}${fy(c.doc_date)}${c.doc_type.toUpperCase()}${no}`)
        .digest('hex');
      expect(independent).toBe(c.irn);
      expect(computeIrn(c.seller_gstin, c.doc_type, c.doc_no, c.doc_date, { uppercaseDocNo: c.uppercase_doc_no })).toBe(
        c.irn,
      );
    });
  }
  it('prefix cases', () => {
    for (const c of v.prefix_cases)
      expect(computeIrn(c.seller_gstin, c.doc_type, c.doc_no, c.doc_date).startsWith(c.irn_prefix)).toBe(true);
  });
});

describe('gstin-check-digits.json', () => {
  const v = vectors('gstin-check-digits.json');
  const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const check = (first14: string) => {
    let sum = 0;
    [...first14].forEach((ch, i) => {
      const product = ALPHABET.indexOf(ch) * (i % 2 === 0 ? 1 : 2);
      sum += Math.floor(product / 36) + (product % 36);
    });
    return ALPHABET[(36 - (sum % 36)) % 36];
  };
  for (const { gstin, check: c } of v.valid as Array<{ gstin: string; check: string }>) {
    it(`${gstin} is valid`, () => {
      expect(check(gstin.slice(0, 14))).toBe(c);
      expect(gstinCheckDigit(gstin.slice(0, 14))).toBe(c);
      expect(isValidGstin(gstin)).toBe(true);
    });
  }
  for (const { gstin, reason } of v.invalid as Array<{ gstin: string; reason: string }>) {
    it(`${gstin} is invalid (${reason})`, () => expect(isValidGstin(gstin)).toBe(false));
  }
});
