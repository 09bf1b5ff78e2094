// Usage metering and the sandbox's monthly IRN quota (issue #24, item 4), over real HTTP on SQLite or PostgreSQL.
// The scripted mix states what each call should count as; the usage API must say exactly that, and so must the
// request log itself, tallied here with the test's own reading of the rules.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkSandboxQuota, USAGE_COUNTERS, type UsageCounter } from '../../src/app/usecases/usage.js';
import { loadConfig } from '../../src/config.js';
import { type ApiResponse, gstinSession, type Harness, startHarness } from '../support/harness.js';
import { invoice, road } from '../support/invoices.js';

const SELLER = '29AAACP7879D1Z0';
const COUNTERS = USAGE_COUNTERS;
type Counter = UsageCounter;
type Counts = Record<Counter, number>;
const zero = (): Counts => Object.fromEntries(COUNTERS.map((c) => [c, 0])) as Counts;
const istDay = (at = new Date()) => new Date(at.getTime() + 5.5 * 3_600_000).toISOString().slice(0, 10);
const refused = () => {
  const bad = invoice(SELLER);
  Object.assign(bad.ItemList[0]!, { IgstAmt: 180 }); // intra-state with IGST: refused locally (2172)
  return bad;
};

describe('usage', () => {
  let h: Harness;
  let token: string;
  /** What the script did, counted as it goes: the expectation the server's figures are held to. */
  const expected = zero();
  /** Asserts the answer the step was scripted to get, and counts it where the rules say. */
  const step = (res: ApiResponse, status: number, counter: Counter | null, by = 1) => {
    expect(res.status, res.text.slice(0, 300)).toBe(status);
    if (counter) expected[counter] += by;
    return res;
  };
  let fromDay: string;

  beforeAll(async () => {
    h = await startHarness();
    fromDay = istDay();
    // registerGstin, createCredential, createToken: three other calls.
    token = (await gstinSession(h, SELLER)).token;
    expected.other_calls += 3;
  });
  afterAll(() => h.close());

  it('counts a scripted mix of calls exactly as the script made them, and as the request log holds them', async () => {
    const api = (method: string, path: string, options: Parameters<Harness['request']>[2] = {}) =>
      h.request(method, path, { token, ...options });
    const admin = (method: string, path: string, options: Parameters<Harness['request']>[2] = {}) =>
      h.request(method, path, { token: h.apiKey, ...options });

    // Generate, then the same call replayed twice: under its Idempotency-Key, and as the same document again.
    const inv1 = invoice(SELLER);
    const made = step(
      await api('POST', '/v1/irn', { body: inv1, headers: { 'idempotency-key': 'u-1' } }),
      201,
      'irns_generated',
    );
    const keyReplay = step(
      await api('POST', '/v1/irn', { body: inv1, headers: { 'idempotency-key': 'u-1' } }),
      201,
      null,
    );
    expect(keyReplay.headers.get('idempotent-replayed')).toBe('true');
    const docReplay = step(await api('POST', '/v1/irn', { body: inv1 }), 200, null);
    expect(docReplay.headers.get('idempotent-replayed')).toBe('true');
    // A refused document is not a generated IRN.
    step(await api('POST', '/v1/irn', { body: refused() }), 422, null);

    // Another invoice, cancelled.
    const inv2 = step(await api('POST', '/v1/irn', { body: invoice(SELLER) }), 201, 'irns_generated');
    step(await api('POST', `/v1/irn/${inv2.body.Irn}/cancel`, { body: { CnlRsn: '3' } }), 200, 'cancellations');

    // An e-way bill on the first, read, replayed under its key, then cancelled.
    const ewbKey = { 'idempotency-key': `ewb-${made.body.Irn}` };
    const ewb = step(
      await api('POST', '/v1/ewb', { body: { Irn: made.body.Irn, ...road }, headers: ewbKey }),
      201,
      'ewbs_generated',
    );
    step(await api('POST', '/v1/ewb', { body: { Irn: made.body.Irn, ...road }, headers: ewbKey }), 201, null);
    step(await api('GET', `/v1/ewb/${ewb.body.EwbNo}`), 200, 'reconciliation_reads');
    step(
      await api('POST', `/v1/ewb/${ewb.body.EwbNo}/cancel`, {
        body: { cancelRsnCode: '2', cancelRmrk: 'Order cancelled' },
      }),
      200,
      'cancellations',
    );

    // A credit note against a third invoice.
    const original = invoice(SELLER);
    step(await api('POST', '/v1/irn', { body: original }), 201, 'irns_generated');
    const note = {
      ...invoice(SELLER, { docType: 'CRN', docNo: original.DocDtls.No, qty: 2 }),
      RefDtls: { PrecDocDtls: [{ InvNo: original.DocDtls.No, InvDt: original.DocDtls.Dt }] },
    };
    step(await api('POST', '/v1/notes', { body: note }), 201, 'notes');

    // A bulk job of three records counts its records, once: its resubmission under the key is a replay.
    const documents = [invoice(SELLER), invoice(SELLER), invoice(SELLER)];
    const bulkKey = { 'idempotency-key': `bulk-${documents[0]!.DocDtls.No}` };
    const bulk = step(
      await api('POST', '/v1/irn/bulk', { body: { documents }, headers: bulkKey }),
      200,
      'bulk_records',
      3,
    );
    expect(bulk.body.summary).toMatchObject({ total: 3, generated: 3 });
    const again = step(await api('POST', '/v1/irn/bulk', { body: { documents }, headers: bulkKey }), 200, null);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    step(await api('GET', `/v1/irn/bulk/${bulk.body.id}`), 200, 'other_calls');

    // Reconciliation reads.
    step(await api('GET', `/v1/irn/${made.body.Irn}`), 200, 'reconciliation_reads');
    const q = new URLSearchParams({ doc_type: 'INV', doc_no: inv1.DocDtls.No, doc_date: inv1.DocDtls.Dt });
    step(await api('GET', `/v1/irn/by-document?${q}`), 200, 'reconciliation_reads');
    step(await api('GET', '/v1/documents?limit=2'), 200, 'reconciliation_reads');
    step(await api('GET', '/v1/documents/export'), 200, 'reconciliation_reads');
    step(await api('GET', `/v1/irn/${'0'.repeat(64)}`), 404, null);

    // Administration with the account key; a refusal is not counted.
    step(await admin('GET', '/v1/gstins'), 200, 'other_calls');
    step(await admin('GET', `/v1/gstins/${SELLER}`), 200, 'other_calls');
    step(await admin('GET', '/v1/gstins/27AAPFU0939F1ZV'), 404, null);
    step(await admin('GET', '/v1/logs?limit=5'), 200, 'other_calls');
    step(await admin('GET', '/v1/audit-events?limit=5'), 200, 'other_calls');

    const toDay = istDay();
    const usage = await admin('GET', `/v1/usage?from=${fromDay}&to=${toDay}`);
    expect(usage.status, usage.text).toBe(200);
    expect(usage.body).toMatchObject({ object: 'usage', tenant: null, granularity: 'day', from: fromDay, to: toDay });
    expect(usage.body.totals).toEqual(expected);
    expect(usage.body.data.map((p: { period: string }) => p.period)).toContain(toDay);
    const summed = zero();
    for (const p of usage.body.data) for (const c of COUNTERS) summed[c] += p[c];
    expect(summed).toEqual(expected);

    // The request log, tallied here: every 2xx, not replayed, row of the account before the usage call (the
    // export streams after its own row is written: that one is left out too).
    const logs = await admin('GET', '/v1/logs/export');
    expect(logs.status).toBe(200);
    const later = [usage, logs].map((r) => r.headers.get('x-request-id'));
    const rows = logs.text
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l))
      .filter((r) => !later.includes(r.request_id));
    const fromLog = zero();
    const reads = ['getIrn', 'getIrnByDocument', 'getEwb', 'listDocuments', 'exportDocuments'];
    for (const r of rows) {
      if (r.status < 200 || r.status > 299 || r.replayed) continue;
      if (r.operation === 'bulkGenerateIrn') fromLog.bulk_records += r.response_body.summary.total;
      else if (r.operation === 'generateIrn') fromLog.irns_generated++;
      else if (r.operation === 'generateEwb') fromLog.ewbs_generated++;
      else if (r.operation === 'cancelIrn' || r.operation === 'cancelEwb') fromLog.cancellations++;
      else if (r.operation === 'generateNote') fromLog.notes++;
      else if (reads.includes(r.operation)) fromLog.reconciliation_reads++;
      else fromLog.other_calls++;
    }
    expect(fromLog).toEqual(usage.body.totals);

    // The same figures per month, and as NDJSON rows (the usage call above is now an other call).
    const monthly = await admin('GET', `/v1/usage?from=${fromDay}&to=${toDay}&granularity=month`);
    expect(monthly.body.granularity).toBe('month');
    expect(monthly.body.data.map((p: { period: string }) => p.period)).toContain(toDay.slice(0, 7));
    expect(monthly.body.totals).toEqual({ ...expected, other_calls: expected.other_calls + 2 }); // getUsage, exportRequestLogs
    const exported = await admin('GET', `/v1/usage/export?from=${fromDay}&to=${toDay}`);
    expect(exported.headers.get('content-type')).toContain('application/x-ndjson');
    const lines = exported.text
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const daily = await admin('GET', `/v1/usage?from=${fromDay}&to=${toDay}`);
    expect(daily.body.data).toEqual(
      lines.map((l) => (l.period === toDay ? { ...l, other_calls: l.other_calls + 1 } : l)),
    );
  });

  it('lists every day of the range, zeros included, and defaults to the current IST month', async () => {
    const res = await h.request('GET', '/v1/usage?from=2025-02-27&to=2025-03-02', { token: h.apiKey });
    expect(res.status).toBe(200);
    expect(res.body.data.map((p: { period: string }) => p.period)).toEqual([
      '2025-02-27',
      '2025-02-28',
      '2025-03-01',
      '2025-03-02',
    ]);
    expect(res.body.totals).toEqual(zero());
    const months = await h.request('GET', '/v1/usage?from=2025-11-15&to=2026-02-01&granularity=month', {
      token: h.apiKey,
    });
    expect(months.body.data.map((p: { period: string }) => p.period)).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
    const now = await h.request('GET', '/v1/usage', { token: h.apiKey });
    const today = istDay();
    expect(now.body.from).toBe(`${today.slice(0, 7)}-01`);
    expect(now.body.to.slice(0, 7)).toBe(today.slice(0, 7));
    expect(now.body.data.length).toBe(Number(now.body.to.slice(8)));
    expect(now.body.totals.irns_generated).toBeGreaterThan(0); // the first test's, this month
  });

  it('refuses impossible days, reversed and over-long ranges (400), and GSTIN tokens', async () => {
    for (const [query, pointer] of [
      ['from=2026-02-30', '/query/from'],
      ['from=2026-03-10&to=2026-03-01', '/query/to'],
      ['from=2025-01-01&to=2026-01-02', '/query/to'],
      ['granularity=week', null],
      ['from=20260301', null],
    ] as const) {
      const res = await h.request('GET', `/v1/usage?${query}`, { token: h.apiKey });
      expect(res.status, query).toBe(400);
      expect(res.body.code).toBe('invalid_request');
      if (pointer) expect(res.body.errors.map((e: { pointer: string }) => e.pointer)).toContain(pointer);
    }
    const month = await h.request('GET', '/v1/usage?from=2022-01-01&to=2026-12-31&granularity=month', {
      token: h.apiKey,
    });
    expect(month.status).toBe(200);
    expect(month.body.data.length).toBe(60);
    const byToken = await h.request('GET', '/v1/usage', { token });
    expect([401, 403]).toContain(byToken.status);
    expect((await h.request('GET', '/v1/usage')).status).toBe(401);
  });
});

describe('sandbox monthly IRN quota', () => {
  let h: Harness;
  let token: string;
  beforeAll(async () => {
    h = await startHarness({ SANDBOX_MONTHLY_IRN_QUOTA: '3' });
    token = (await gstinSession(h, SELLER)).token;
  });
  afterAll(() => h.close());

  const irnsAtIrp = () => h.sandbox.ledger.snapshot().irns.length;

  it('counts invoices, notes and bulk records; refuses the one past the quota before the IRP, with when it resets', async () => {
    const first = invoice(SELLER);
    expect((await h.request('POST', '/v1/irn', { token, body: first })).status).toBe(201);
    // A bulk job that would go past the quota is refused whole.
    const bulk = await h.request('POST', '/v1/irn/bulk', {
      token,
      body: { documents: [invoice(SELLER), invoice(SELLER), invoice(SELLER)] },
    });
    expect([bulk.status, bulk.body.code]).toEqual([429, 'sandbox_quota_exceeded']);
    expect(bulk.body.detail).toContain('would add 3');
    const two = await h.request('POST', '/v1/irn/bulk', { token, body: { documents: [invoice(SELLER)] } });
    expect(two.status).toBe(200);
    const note = {
      ...invoice(SELLER, { docType: 'CRN', docNo: first.DocDtls.No, qty: 1 }),
      RefDtls: { PrecDocDtls: [{ InvNo: first.DocDtls.No, InvDt: first.DocDtls.Dt }] },
    };
    expect((await h.request('POST', '/v1/notes', { token, body: note })).status).toBe(201);

    const before = irnsAtIrp();
    const fourth = await h.request('POST', '/v1/irn', { token, body: invoice(SELLER) });
    expect(fourth.status).toBe(429);
    expect(fourth.headers.get('content-type')).toContain('application/problem+json');
    expect(fourth.body).toMatchObject({ code: 'sandbox_quota_exceeded', quota: 3, used: 3 });
    const now = Date.now();
    const ist = new Date(now + 5.5 * 3_600_000);
    const next = Date.UTC(ist.getUTCFullYear(), ist.getUTCMonth() + 1, 1) - 5.5 * 3_600_000;
    expect(fourth.body.resets_at).toBe(new Date(next).toISOString());
    expect(fourth.body.detail).toContain('3 of its 3 free IRNs');
    expect(fourth.body.detail).toContain(`${istDay(new Date(next))}T00:00:00+05:30`);
    const retryAfter = Number(fourth.headers.get('retry-after'));
    expect(Math.abs(retryAfter - (next - now) / 1000)).toBeLessThan(120);
    expect(irnsAtIrp()).toBe(before); // refused before the IRP was called

    // Replays reach no IRP and are still answered; reads and cancellations are not limited.
    const replay = await h.request('POST', '/v1/irn', { token, body: first });
    expect([replay.status, replay.headers.get('idempotent-replayed')]).toEqual([200, 'true']);
    expect((await h.request('GET', `/v1/irn/${replay.body.Irn}`, { token })).status).toBe(200);
    const usage = await h.request('GET', '/v1/usage?granularity=month', { token: h.apiKey });
    expect(usage.body.totals).toMatchObject({ irns_generated: 1, notes: 1, bulk_records: 1 });
  });

  it('never limits production accounts', async () => {
    const deps = h.server.deps;
    await expect(checkSandboxQuota(deps, { accountId: h.accountId, environment: 'sandbox' }, 1)).rejects.toThrow(
      /free IRNs/,
    );
    await expect(
      checkSandboxQuota(deps, { accountId: h.accountId, environment: 'production' }, 1000),
    ).resolves.toBeUndefined();
  });
});

describe('sandbox monthly IRN quota, default 100', () => {
  let h: Harness;
  let token: string;
  beforeAll(async () => {
    // The harness turns the quota off for every other suite: this one puts the default back.
    const quota = loadConfig({}).SANDBOX_MONTHLY_IRN_QUOTA;
    expect(quota).toBe(100);
    h = await startHarness({ BULK_CONCURRENCY: '16', SANDBOX_MONTHLY_IRN_QUOTA: String(quota) });
    token = (await gstinSession(h, SELLER)).token;
  });
  afterAll(() => h.close());

  it('refuses the 101st IRN of the month', async () => {
    const bulk = await h.request('POST', '/v1/irn/bulk', {
      token,
      body: { documents: Array.from({ length: 97 }, () => invoice(SELLER)) },
    });
    expect([bulk.status, bulk.body.summary?.generated]).toEqual([200, 97]);
    for (let i = 98; i <= 100; i++)
      expect((await h.request('POST', '/v1/irn', { token, body: invoice(SELLER) })).status).toBe(201);
    const refusedIrn = await h.request('POST', '/v1/irn', { token, body: invoice(SELLER) });
    expect([refusedIrn.status, refusedIrn.body.code, refusedIrn.body.quota]).toEqual([
      429,
      'sandbox_quota_exceeded',
      100,
    ]);
  });
});
