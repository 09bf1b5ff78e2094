// Issue #16 (API audit), items 2 and 5: credentials are checked before the body is read (401 whatever the
// body), every answer carries the rate-limit headers of the bucket it was counted against (docs/adr/0015),
// and an Idempotency-Key replays the original status.
import { createHmac } from 'node:crypto';
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCUMENT_BODY_LIMIT } from '../../src/http/pipeline/read-body.js';
import { contentDigest, signatureBase } from '../../src/http/pipeline/signature.js';
import { type ApiResponse, gstinSession, type Harness, startHarness } from '../support/harness.js';
import { invoice } from '../support/invoices.js';

const SELLER = '29AAACP7879D1Z0';
const PUBLIC_RPS = 20; // PUBLIC_RATE_LIMIT_RPS's default

/** The five fields, consistent with each other, for a bucket of `limit` requests per second. */
function expectRateLimitHeaders(r: ApiResponse, limit: number) {
  expect(r.headers.get('x-ratelimit-limit'), `${r.status} ${r.text.slice(0, 200)}`).toBe(String(limit));
  const remaining = Number(r.headers.get('x-ratelimit-remaining'));
  const reset = Number(r.headers.get('x-ratelimit-reset'));
  expect(remaining).toBeGreaterThanOrEqual(0);
  expect(reset).toBeGreaterThanOrEqual(1);
  expect(r.headers.get('ratelimit')).toBe(`"default";r=${remaining};t=${reset}`);
  expect(r.headers.get('ratelimit-policy')).toBe(`"default";q=${limit};w=1`);
}

let h: Harness;
let session: Awaited<ReturnType<typeof gstinSession>>;
let signer: { clientSecret: string; key: { key_id: string; secret: string } };

beforeAll(async () => {
  h = await startHarness();
  session = await gstinSession(h, SELLER, ['irn:write', 'read'], 'developer'); // 10 requests/s
  const cred = await h.request('POST', `/v1/gstins/${SELLER}/credentials`, {
    token: h.apiKey,
    body: { scopes: ['irn:write', 'read'], plan: 'standard' },
  });
  signer = { clientSecret: cred.body.client_secret, key: cred.body.signing_key };
});
afterAll(() => h.close());

/** Spaces the anonymous calls out so this file's own checks never drain the IP's anonymous bucket. */
const pause = () => new Promise((r) => setTimeout(r, 1000 / PUBLIC_RPS + 10));

describe('credentials before the body', () => {
  it('answers 401 to a request without valid credentials, whatever its body', async () => {
    const bodies: [string, Record<string, string>, string][] = [
      ['malformed JSON', { 'content-type': 'application/json' }, '{"gstin": '],
      ['another media type', { 'content-type': 'text/plain' }, 'hello'],
      ['no content type', {}, '{}'],
      ['a valid body', { 'content-type': 'application/json' }, JSON.stringify({ gstin: SELLER })],
    ];
    for (const [what, headers, body] of bodies) {
      for (const authorization of [undefined, 'Bearer sk_test_nope', 'Basic Zm9vOmJhcg==']) {
        await pause();
        const r = await h.request('POST', '/v1/gstins', {
          body,
          headers: { ...headers, ...(authorization ? { authorization } : {}) },
        });
        expect([what, authorization, r.status, r.body.code]).toEqual([what, authorization, 401, 'invalid_token']);
        expect(r.headers.get('www-authenticate')).toMatch(/^Bearer realm="einvoice"/);
        expectRateLimitHeaders(r, PUBLIC_RPS);
      }
    }
  });

  it('answers 401, not 413, to an oversized body without credentials', async () => {
    await pause();
    const big = 'x'.repeat(DOCUMENT_BODY_LIMIT + 1);
    const anonymous = await h.request('POST', '/v1/irn', { body: big });
    expect([anonymous.status, anonymous.body.code]).toEqual([401, 'invalid_token']);
    expectRateLimitHeaders(anonymous, PUBLIC_RPS);
    // With credentials, the same body is measured: 413.
    const authenticated = await h.request('POST', '/v1/irn', { token: session.token, body: big });
    expect([authenticated.status, authenticated.body.code]).toEqual([413, 'payload_too_large']);
    expectRateLimitHeaders(authenticated, 10);
    // The connection still serves the next request.
    expect((await h.request('GET', '/v1/documents?limit=1', { token: session.token })).status).toBe(200);
  });

  it('reads a chunked body (no Content-Length) in pieces, and stops one that streams past the limit', async () => {
    const send = (chunks: string[]) =>
      new Promise<{ status: number; text: string } | { error: string }>((resolve) => {
        const req = http.request(`${h.url}/v1/irn`, {
          method: 'POST',
          headers: {
            authorization: `Bearer ${session.token}`,
            'content-type': 'application/json',
            'idempotency-key': `chunked-${chunks.length}-${Date.now()}`,
          },
        });
        req.on('response', (res) => {
          let text = '';
          res.setEncoding('utf8').on('data', (c: string) => (text += c));
          res.on('end', () => resolve({ status: res.statusCode!, text }));
        });
        req.on('error', (e) => resolve({ error: (e as NodeJS.ErrnoException).code ?? e.message }));
        for (const c of chunks) req.write(c);
        req.end();
      });
    await new Promise((r) => setTimeout(r, 1100)); // the developer plan's bucket (10/s) refills
    const body = JSON.stringify(invoice(SELLER, { docNo: `CHUNK/${Date.now() % 1e6}` }));
    const third = Math.ceil(body.length / 3);
    const pieces = [body.slice(0, third), body.slice(third, 2 * third), body.slice(2 * third)];
    const ok = await send(pieces);
    expect('status' in ok && [ok.status, JSON.parse(ok.text).object]).toEqual([201, 'document']);
    // Past the limit without a Content-Length: reading stops at the limit and the request never succeeds.
    const piece = 'x'.repeat(256 * 1024);
    const over = await send(Array.from({ length: Math.ceil(DOCUMENT_BODY_LIMIT / piece.length) + 1 }, () => piece));
    if ('status' in over) expect([over.status, JSON.parse(over.text).code]).toEqual([413, 'payload_too_large']);
    else expect(over.error).toMatch(/ECONNRESET|EPIPE/);
    expect((await h.request('GET', '/v1/documents?limit=1', { token: session.token })).status).toBe(200);
  });

  it('with credentials, malformed JSON is 400 and another media type 415', async () => {
    const bad = await h.request('POST', '/v1/irn', { token: session.token, body: '{"DocDtls": ' });
    expect([bad.status, bad.body.code]).toEqual([400, 'malformed_json']);
    expectRateLimitHeaders(bad, 10);
    const text = await h.request('POST', '/v1/irn', {
      token: session.token,
      body: 'hello',
      headers: { 'content-type': 'text/plain' },
    });
    expect(text.status).toBe(415);
    expectRateLimitHeaders(text, 10);
  });

  it('still verifies request signatures over the exact bytes, after authentication', async () => {
    await new Promise((r) => setTimeout(r, 1100)); // the developer bucket refills
    const tok = await h.request('POST', '/v1/oauth/token', {
      form: { grant_type: 'client_credentials' },
      headers: {
        authorization: `Basic ${Buffer.from(`${signer.key.key_id}:${signer.clientSecret}`).toString('base64')}`,
      },
    });
    expect(tok.status).toBe(200);
    const url = `${h.url}/v1/irn`;
    const body = JSON.stringify(invoice(SELLER));
    const created = Math.floor(Date.now() / 1000);
    const components = ['@method', '@target-uri', 'content-digest'];
    const params = `(${components.map((c) => `"${c}"`).join(' ')});created=${created};keyid="${signer.key.key_id}";alg="hmac-sha256"`;
    const digest = contentDigest(body);
    const mac = createHmac('sha256', Buffer.from(signer.key.secret, 'base64'))
      .update(signatureBase('POST', url, digest, { components, params }))
      .digest('base64');
    const headers = { 'signature-input': `sig1=${params}`, signature: `sig1=:${mac}:`, 'content-digest': digest };
    const ok = await h.request('POST', '/v1/irn', { token: tok.body.access_token, body, headers });
    expect(ok.status).toBe(201);
    // Other bytes with the same digest header: refused before the body is parsed, even when it is not JSON.
    const tampered = await h.request('POST', '/v1/irn', { token: tok.body.access_token, body: '{"x": ', headers });
    expect([tampered.status, tampered.body.code]).toEqual([401, 'invalid_signature']);
    expectRateLimitHeaders(tampered, 100);
  });
});

describe('rate-limit headers on every answer', () => {
  it('403 counts against the credential, 404 and 405 on unknown paths against the IP', async () => {
    await new Promise((r) => setTimeout(r, 1100));
    const forbidden = await h.request('GET', '/v1/documents?limit=1', { token: h.apiKey });
    expect([forbidden.status, forbidden.body.code]).toEqual([403, 'wrong_credential']);
    expectRateLimitHeaders(forbidden, 100); // API_KEY_RATE_LIMIT_RPS's default
    const wrongKind = await h.request('GET', '/v1/gstins', { token: session.token });
    expect(wrongKind.status).toBe(403);
    expectRateLimitHeaders(wrongKind, 10);

    await pause();
    const route = await h.request('GET', '/v1/no-such-thing', { raw: true, token: session.token });
    expect([route.status, route.body.code]).toEqual([404, 'not_found']);
    expectRateLimitHeaders(route, PUBLIC_RPS);
    await pause();
    const method = await h.request('PUT', '/v1/gstins', { raw: true, token: h.apiKey, body: {} });
    expect(method.status).toBe(405);
    expect(method.headers.get('allow')).toMatch(/GET/);
    expectRateLimitHeaders(method, PUBLIC_RPS);
  });

  it("the token endpoint's refusals (400 before any credential, 401 invalid_client) carry its IP bucket", async () => {
    await pause();
    const json = await h.request('POST', '/v1/oauth/token', { body: { grant_type: 'client_credentials' } });
    expect([json.status, json.body.error]).toEqual([400, 'invalid_request']);
    expectRateLimitHeaders(json, PUBLIC_RPS);
    await pause();
    const unknown = await h.request('POST', '/v1/oauth/token', {
      form: { grant_type: 'client_credentials', client_id: 'cli_test_nope', client_secret: 'nope' },
    });
    expect([unknown.status, unknown.body.error]).toEqual([401, 'invalid_client']);
    expectRateLimitHeaders(unknown, PUBLIC_RPS);
  });
});

describe('Idempotency-Key replays the original status', () => {
  it('a 201 is replayed as 201, for administration and for documents', async () => {
    await new Promise((r) => setTimeout(r, 1100));
    const key = `gstin-${Date.now()}`;
    const body = { gstin: '27AAPFU0939F1ZV', irp_username: 'u', irp_password: 'sandbox' };
    const first = await h.request('POST', '/v1/gstins', { token: h.apiKey, body, headers: { 'idempotency-key': key } });
    const again = await h.request('POST', '/v1/gstins', { token: h.apiKey, body, headers: { 'idempotency-key': key } });
    expect([first.status, again.status]).toEqual([201, 201]);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.text).toBe(first.text);
    expectRateLimitHeaders(again, 100);

    const inv = invoice(SELLER);
    const docKey = `irn-${inv.DocDtls.No}`;
    const irn = await h.request('POST', '/v1/irn', {
      token: session.token,
      body: inv,
      headers: { 'idempotency-key': docKey },
    });
    const replay = await h.request('POST', '/v1/irn', {
      token: session.token,
      body: inv,
      headers: { 'idempotency-key': docKey },
    });
    expect([irn.status, replay.status]).toEqual([201, 201]);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.headers.get('location')).toBe(irn.headers.get('location'));
    expect(replay.text).toBe(irn.text);
    // 200 is the other answer: the same document sent again without the key.
    const repeat = await h.request('POST', '/v1/irn', { token: session.token, body: inv });
    expect([repeat.status, repeat.body.Irn]).toEqual([200, irn.body.Irn]);
    expect(repeat.headers.get('idempotent-replayed')).toBe('true');
  });
});

describe('the anonymous bucket', () => {
  let small: Harness;
  beforeAll(async () => {
    small = await startHarness({ PUBLIC_RATE_LIMIT_RPS: '3' });
  });
  afterAll(() => small.close());

  it('refuses a burst of unauthenticated calls with 429 and leaves credentials untouched', async () => {
    const burst = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        i % 2 === 0
          ? small.request('POST', '/v1/gstins', { body: '{"broken": ' })
          : small.request('GET', '/v1/nope', { raw: true }),
      ),
    );
    const statuses = burst.map((r) => r.status);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(1);
    expect(statuses.every((s) => s === 401 || s === 404 || s === 429)).toBe(true);
    for (const r of burst) expectRateLimitHeaders(r, 3);
    const limited = burst.find((r) => r.status === 429)!;
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(limited.body.code).toBe('rate_limited');
    // The account key has its own bucket.
    const ok = await small.request('GET', '/v1/gstins', { token: small.apiKey });
    expect(ok.status).toBe(200);
    expectRateLimitHeaders(ok, 100);
  });
});
