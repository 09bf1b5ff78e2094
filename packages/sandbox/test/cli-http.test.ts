// The built CLI, started with a seed file as a pipeline would, exercised over HTTP: fixed credentials, the
// contract's optional Idempotency-Key, per-request and armed faults, webhooks to a loopback receiver,
// reset between test files, and the control endpoints.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invoice, type Started, startCli, token } from './support/cli.js';
import { startReceiver } from './support/receiver.js';

const SEED = {
  api_key: 'sk_test_ci_pipeline_000000000000000000',
  gstins: [
    {
      gstin: '29AAACP7879D1Z0',
      credentials: [{ client_id: 'cli_test_erp0000000001', client_secret: 'cs_test_erp_secret_00000000000001' }],
    },
    {
      gstin: '27AAPFU0939F1ZV',
      credentials: [
        { client_id: 'cli_test_erp0000000002', client_secret: 'cs_test_erp_secret_00000000000002', scopes: ['read'] },
      ],
    },
  ],
};

let cli: Started;
let base: string;
let bearer: string;

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${base}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${bearer}`, 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sandbox-seed-'));
  writeFileSync(join(dir, 'seed.json'), JSON.stringify(SEED));
  cli = await startCli(['--seed', join(dir, 'seed.json'), '--quiet']);
  base = cli.info.url;
  bearer = await token(base, 'cli_test_erp0000000001', 'cs_test_erp_secret_00000000000001');
});
afterAll(async () => cli?.stop());

describe('the packaged CLI over HTTP', () => {
  it('prints one JSON line with the seeded identifiers, and nothing else with --quiet', () => {
    expect(cli.info).toMatchObject({
      url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/),
      api_key: SEED.api_key,
      gstin: '29AAACP7879D1Z0',
      client_id: 'cli_test_erp0000000001',
      client_secret: 'cs_test_erp_secret_00000000000001',
    });
    expect(cli.info.gstins.map((g) => g.gstin)).toEqual(['29AAACP7879D1Z0', '27AAPFU0939F1ZV']);
    expect(cli.info.startup_ms).toBeGreaterThan(0);
  });

  it('answers health checks for wait-for-it and serves the spec', async () => {
    expect((await fetch(`${base}/__sandbox/health`)).status).toBe(200);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect(await (await fetch(`${base}/readyz`)).json()).toMatchObject({ status: 'ready' });
    expect(await (await fetch(`${base}/openapi.yaml`)).text()).toMatch(/^openapi: 3\.1/m);
  });

  it('generates an IRN without an Idempotency-Key (the spec makes it optional)', async () => {
    const res = await post('/v1/irn', invoice());
    expect(res.status).toBe(201);
    expect((await res.json()).Irn).toMatch(/^[0-9a-f]{64}$/);
  });

  it("the seed's scopes hold: a read-only credential cannot generate", async () => {
    const readOnly = await token(base, 'cli_test_erp0000000002', 'cs_test_erp_secret_00000000000002');
    const res = await fetch(`${base}/v1/irn`, {
      method: 'POST',
      headers: { authorization: `Bearer ${readOnly}`, 'content-type': 'application/json' },
      body: JSON.stringify({ ...invoice(), SellerDtls: { ...invoice().SellerDtls, Gstin: '27AAPFU0939F1ZV' } }),
    });
    expect(res.status).toBe(403);
    expect((await res.json()).code).toBe('insufficient_scope');
  });

  it('nic-XXXX: a NIC validation error for this request only, with its GSTN code', async () => {
    const refused = await post('/v1/irn', invoice(), { 'x-sandbox-fault': 'nic-2172' });
    expect(refused.status).toBe(422);
    expect(refused.headers.get('content-type')).toMatch(/application\/problem\+json/);
    const body = await refused.json();
    expect(body.gstn_errors.map((e: { code: string }) => e.code)).toEqual(['2172']);
    expect((await post('/v1/irn', invoice())).status).toBe(201);
  });

  it('rate-limit-429: the first attempt gets 429 with Retry-After, the retry with the same key succeeds', async () => {
    const doc = invoice();
    const headers = { 'x-sandbox-fault': 'rate-limit-429', 'idempotency-key': `k-${Date.now()}` };
    const first = await post('/v1/irn', doc, headers);
    expect(first.status).toBe(429);
    expect(first.headers.get('retry-after')).toBe('1');
    const retry = await post('/v1/irn', doc, headers);
    expect(retry.status).toBe(201);
  });

  it('duplicate-2150-replay: the same document under a new key answers the original IRN', async () => {
    const res = await post('/v1/irn', invoice(), {
      'x-sandbox-fault': 'duplicate-2150-replay',
      'idempotency-key': `dup-${Date.now()}`,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('idempotent-replayed')).toBe('true');
  });

  it('connection-reset: the socket is destroyed', async () => {
    await expect(post('/v1/irn', invoice(), { 'x-sandbox-fault': 'connection-reset' })).rejects.toThrow(/fetch failed/);
  });

  it('an unknown fault is a 400 problem naming the header and the known faults', async () => {
    const res = await post('/v1/irn', invoice(), { 'x-sandbox-fault': 'meteor-strike' });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.code).toBe('unknown_sandbox_fault');
    expect(body.detail).toMatch(/x-sandbox-fault: "meteor-strike".*rate-limit-429/);
  });

  it('armed faults meet the next requests, whoever sends them', async () => {
    const armed = await fetch(`${base}/__sandbox/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ fault: 'server-error-exhausted', count: 2 }),
    });
    expect(await armed.json()).toEqual({ armed: ['server-error-exhausted', 'server-error-exhausted'] });
    expect((await post('/v1/irn', invoice())).status).toBe(500);
    expect((await post('/v1/irn', invoice())).status).toBe(500);
    expect((await post('/v1/irn', invoice())).status).toBe(201);
  });

  it('lists the fault table and the requests it saw', async () => {
    const table = await (await fetch(`${base}/__sandbox/faults`)).json();
    expect(table.header).toBe('x-sandbox-fault');
    expect(table.faults.map((f: { id: string }) => f.id)).toEqual(
      expect.arrayContaining(['rate-limit-429', 'connection-reset', 'slow-response', 'gsp-outage', 'nic-XXXX']),
    );
    const seen = await (await fetch(`${base}/__sandbox/requests`)).json();
    expect(
      seen.data.some((r: { scenario: string; status: number }) => r.scenario === 'rate-limit-429' && r.status === 429),
    ).toBe(true);
  });

  it('gsp-outage: 202 queued, then the document completes and a verified irn.generated webhook arrives', async () => {
    const receiver = await startReceiver();
    try {
      const endpoint = await fetch(`${base}/v1/webhook-endpoints`, {
        method: 'POST',
        headers: { authorization: `Bearer ${SEED.api_key}`, 'content-type': 'application/json' },
        body: JSON.stringify({ url: receiver.url, events: ['irn.generated'] }),
      });
      expect(endpoint.status).toBe(201);
      receiver.setSecret((await endpoint.json()).secret);
      const doc = invoice();
      const queued = await post('/v1/irn', doc, { 'x-sandbox-fault': 'gsp-outage' });
      expect(queued.status).toBe(202);
      const { id } = await queued.json();
      const event = await receiver.waitFor('irn.generated', (data) => data.id === id);
      expect(event.verified).toBe(true);
      const data = JSON.parse(event.body).data;
      expect({ doc_no: data.doc_no, status: data.status, irn: data.Irn }).toEqual({
        doc_no: doc.DocDtls.No,
        status: 'generated',
        irn: expect.stringMatching(/^[0-9a-f]{64}$/),
      });
      const sent = await (await fetch(`${base}/__sandbox/webhooks?event_type=irn.generated`)).json();
      expect(sent.data).toContainEqual(
        expect.objectContaining({ event_id: event.headers['webhook-id'], status: 'succeeded', attempt_count: 1 }),
      );
    } finally {
      await receiver.close();
    }
  });

  it('reset discards documents, tokens and webhooks; the seeded credentials stay valid', async () => {
    const reset = await fetch(`${base}/__sandbox/reset`, { method: 'POST' });
    expect(reset.status).toBe(200);
    expect((await reset.json()).api_key).toBe(SEED.api_key);
    const old = await fetch(`${base}/v1/documents`, { headers: { authorization: `Bearer ${bearer}` } });
    expect(old.status).toBe(401);
    bearer = await token(base, 'cli_test_erp0000000001', 'cs_test_erp_secret_00000000000001');
    const docs = await (await fetch(`${base}/v1/documents`, { headers: { authorization: `Bearer ${bearer}` } })).json();
    expect(docs.data).toEqual([]);
    expect((await (await fetch(`${base}/__sandbox/webhooks`)).json()).data).toEqual([]);
    const seen = (await (await fetch(`${base}/__sandbox/requests`)).json()).data as { path: string }[];
    expect(seen.map((r) => r.path)).toEqual(['/v1/documents', '/v1/oauth/token', '/v1/documents']);
  });
});
