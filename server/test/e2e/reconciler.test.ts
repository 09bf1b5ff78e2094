// The reconciler over real HTTP (issue #15, items 2 and 6): outcomes nobody heard are resolved against the IRP
// without the client retrying, exactly once (one document state, one webhook event), and a final outcome is
// replayed under the Idempotency-Key that asked for it. Faults come through the API (setSandboxFaults).
// SQLite, and PostgreSQL with E2E_DATABASE=postgres.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRawForTests } from '../../src/adapters/storage/index.js';
import { createAccount } from '../../src/app/usecases/accounts.js';
import { gstinSession, type Harness, startHarness } from '../support/harness.js';
import { invoice } from '../support/invoices.js';

const SELLER = '29AAACP7879D1Z0';
let h: Harness;
let s: { token: string };
const irnsAtIrp = (docNo: string) =>
  h.sandbox.ledger.snapshot().irns.filter((r) => r.docNo.toUpperCase() === docNo.toUpperCase());
const fault = async (faults: unknown[]) => {
  const res = await h.request('POST', '/v1/sandbox/faults', { token: s.token, body: { faults } });
  expect(res.status).toBe(200);
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitFor<T>(read: () => Promise<T>, done: (v: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  let v = await read();
  while (!done(v) && Date.now() < until) {
    await sleep(150);
    v = await read();
  }
  return v;
}

/** The document row as stored, for this account only. */
async function docRow(accountId: string, docNo: string) {
  const rows = await queryRawForTests(
    h.server.deps.storage,
    `select id, status, irn from documents where account_id = '${accountId}' and doc_no_key = '${docNo.toUpperCase()}'`,
  );
  return rows[0] as { id: string; status: string; irn: string | null } | undefined;
}

/** Outbox events (webhooks to be) of one type about one document. */
async function events(accountId: string, type: string, docNo: string) {
  const rows = await queryRawForTests(
    h.server.deps.storage,
    `select payload from outbox_events where account_id = '${accountId}' and type = '${type}'`,
  );
  return rows
    .map((r) => (typeof r.payload === 'string' ? JSON.parse(r.payload) : r.payload) as { data: { doc_no: string } })
    .filter((p) => p.data.doc_no.toUpperCase() === docNo.toUpperCase());
}

beforeAll(async () => {
  h = await startHarness({
    UPSTREAM_TIMEOUT_MS: '1500',
    GSP_HALF_OPEN_AFTER_MS: '300',
    QUEUE_POLL_MS: '100',
    QUEUE_RETRY_BASE_MS: '100',
    RECONCILE_POLL_MS: '100',
    RECONCILE_RETRY_BASE_MS: '300',
  });
  s = await gstinSession(h, SELLER, undefined, 'custom', 1000);
});
afterAll(() => h.close());

describe('unknown outcomes are resolved without a client retry', () => {
  it('a cancellation whose answer timed out (503) is confirmed with the IRP and recorded once', async () => {
    const inv = invoice(SELLER);
    const gen = await h.request('POST', '/v1/irn', { token: s.token, body: inv });
    expect(gen.status).toBe(201);
    const irn = gen.body.Irn as string;

    await fault([{ mode: 'timeout_after_commit', count: 1 }]);
    const key = `cnl-${inv.DocDtls.No}`;
    const cancel = () =>
      h.request('POST', `/v1/irn/${irn}/cancel`, {
        token: s.token,
        body: { CnlRsn: '2', CnlRem: 'Data entry mistake' },
        headers: { 'idempotency-key': key },
      });
    const lost = await cancel();
    expect(lost.status).toBe(503);
    expect(h.sandbox.ledger.snapshot().irns.find((r) => r.irn === irn)?.status).toBe('CNL');

    // No retry: the reconciler asks the IRP and records the cancellation.
    const doc = await waitFor(
      () => h.request('GET', `/v1/irn/${irn}`, { token: s.token }),
      (r) => r.body.status === 'cancelled',
    );
    expect(doc.body).toMatchObject({ status: 'cancelled', cancel_reason: '2' });
    expect(await events(h.accountId, 'irn.cancelled', inv.DocDtls.No)).toHaveLength(1);

    // A retry afterwards answers the cancelled document and announces nothing more.
    const retry = await cancel();
    expect([retry.status, retry.body.status]).toEqual([200, 'cancelled']);
    expect(await events(h.accountId, 'irn.cancelled', inv.DocDtls.No)).toHaveLength(1);
    const status = await h.request('GET', '/v1/status');
    expect(status.body.unresolved).toBe(0);
  }, 40_000);

  it('2150 for a document the IRP holds (registered elsewhere) while reads answer 2283: recovered, never failed', async () => {
    // A second account (another einvoice server, another ERP) registers the number at the IRP first.
    const second = await createAccount(h.server.deps, 'Second server', 'sandbox');
    const other = await gstinSession({ ...h, apiKey: second.apiKey }, SELLER);
    const inv = invoice(SELLER);
    const first = await h.request('POST', '/v1/irn', { token: other.token, body: inv });
    expect(first.status).toBe(201);

    // Our request meets NIC's 2150, then reads that answer 2283 (twice: the reconciler's first try too).
    await fault([{ mode: 'irn_expired', count: 2 }]);
    const key = `dup-${inv.DocDtls.No}`;
    const res = await h.request('POST', '/v1/irn', { token: s.token, body: inv, headers: { 'idempotency-key': key } });
    expect(res.status).toBe(502);
    expect(res.body.upstream).toMatchObject({ code: '2150', retryable: true });
    expect((await docRow(h.accountId, inv.DocDtls.No))?.status).toBe('pending');
    // Handed to the reconciler (its first attempt is a second away): counted as unresolved meanwhile.
    expect((await h.request('GET', '/v1/status')).body.unresolved).toBeGreaterThanOrEqual(1);

    const row = await waitFor(
      () => docRow(h.accountId, inv.DocDtls.No),
      (r) => r?.status !== 'pending',
    );
    expect(row).toMatchObject({ status: 'generated', irn: first.body.Irn });
    expect(irnsAtIrp(inv.DocDtls.No)).toHaveLength(1);
    expect(await events(h.accountId, 'irn.generated', inv.DocDtls.No)).toHaveLength(1);
    expect(await events(h.accountId, 'irn.failed', inv.DocDtls.No)).toHaveLength(0);
    const again = await h.request('POST', '/v1/irn', {
      token: s.token,
      body: inv,
      headers: { 'idempotency-key': key },
    });
    expect([again.status < 300, again.body.Irn]).toEqual([true, first.body.Irn]);
  }, 40_000);

  it('a 2150 on a brand-new document that the IRP does not hold: resubmitted by the reconciler, not failed', async () => {
    await fault([{ mode: 'duplicate', count: 1 }]);
    const inv = invoice(SELLER);
    const res = await h.request('POST', '/v1/irn', {
      token: s.token,
      body: inv,
      headers: { 'idempotency-key': `new-${inv.DocDtls.No}` },
    });
    expect(res.status).toBe(502);
    const row = await waitFor(
      () => docRow(h.accountId, inv.DocDtls.No),
      (r) => r?.status !== 'pending',
    );
    expect(row?.status).toBe('generated');
    expect(irnsAtIrp(inv.DocDtls.No)).toHaveLength(1);
    expect(row?.irn).toBe(irnsAtIrp(inv.DocDtls.No)[0]!.irn);
    expect(await events(h.accountId, 'irn.generated', inv.DocDtls.No)).toHaveLength(1);
    expect(await events(h.accountId, 'irn.failed', inv.DocDtls.No)).toHaveLength(0);
  }, 40_000);
});

describe('e-way bills', () => {
  it('an e-way bill whose answer was lost and whose first read missed it is recorded by the reconciler, once', async () => {
    const inv = invoice(SELLER);
    const irn = (await h.request('POST', '/v1/irn', { token: s.token, body: inv })).body.Irn as string;
    // The IRP generates the e-way bill but the answer is lost, and the read right after says 4005 (no EWB yet).
    await fault([{ mode: 'timeout_after_commit', count: 1 }]);
    h.sandbox.admin.injectFault({ gstin: SELLER, mode: 'error', code: '4005', count: 1, ops: ['ewb-get'] });
    const res = await h.request('POST', '/v1/ewb', {
      token: s.token,
      body: { Irn: irn, Distance: 0, TransMode: '1', TransId: '29AAGCB7383J1Z4', VehNo: 'KA01AB1234', VehType: 'R' },
    });
    expect(res.status).toBe(503);
    const atIrp = () => h.sandbox.ledger.snapshot().ewbs.filter((e) => e.irn === irn);
    expect(atIrp()).toHaveLength(1);

    const rows = await waitFor(
      () => queryRawForTests(h.server.deps.storage, `select ewb_no, status from ewbs where irn = '${irn}'`),
      (r) => r.length > 0,
    );
    expect(rows).toHaveLength(1);
    expect(Number(rows[0]!.ewb_no)).toBe(atIrp()[0]!.ewbNo);
    const events = (
      await queryRawForTests(h.server.deps.storage, "select payload from outbox_events where type = 'ewb.generated'")
    )
      .map((r) => (typeof r.payload === 'string' ? JSON.parse(r.payload) : r.payload) as { data: { Irn: string } })
      .filter((p) => p.data.Irn === irn);
    expect(events).toHaveLength(1);
    const doc = await h.request('GET', `/v1/irn/${irn}`, { token: s.token });
    expect(doc.body.EwbNo).toBe(atIrp()[0]!.ewbNo);
  }, 40_000);
});

describe('a final outcome replays as stored', () => {
  it('a queued document that ended failed is not generated again under the same key; a new key submits it', async () => {
    await fault([{ mode: 'gsp_outage', count: 100 }]);
    const inv = invoice(SELLER);
    const key = `q-${inv.DocDtls.No}`;
    const queued = await h.request('POST', '/v1/irn', {
      token: s.token,
      body: inv,
      headers: { 'idempotency-key': key, prefer: 'wait=1' },
    });
    expect([queued.status, queued.body.status]).toEqual([202, 'queued']);

    // The IRP comes back and refuses the document on content: the worker marks it failed (irn.failed).
    await fault([{ mode: 'nic_error', code: '2189', count: 1 }]);
    const row = await waitFor(
      () => docRow(h.accountId, inv.DocDtls.No),
      (r) => r?.status !== 'queued',
    );
    expect(row?.status).toBe('failed');
    await fault([]);

    const retry = await h.request('POST', '/v1/irn', {
      token: s.token,
      body: inv,
      headers: { 'idempotency-key': key },
    });
    expect(retry.status).toBe(422);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(retry.body).toMatchObject({ code: 'document_failed' });
    expect(retry.body.gstn_errors[0]).toMatchObject({ code: '2189' });
    expect(retry.body.detail).toMatch(/new Idempotency-Key/);
    expect(irnsAtIrp(inv.DocDtls.No)).toHaveLength(0);
    expect(await events(h.accountId, 'irn.generated', inv.DocDtls.No)).toHaveLength(0);

    // The way forward the answer names: a new key submits the document again.
    const fresh = await h.request('POST', '/v1/irn', {
      token: s.token,
      body: inv,
      headers: { 'idempotency-key': `${key}-2` },
    });
    expect(fresh.status).toBe(201);
    expect(irnsAtIrp(inv.DocDtls.No)).toHaveLength(1);
  }, 40_000);
});

describe('observability', () => {
  it('/metrics carries the reconciler outcomes, lag and open count', async () => {
    const res = await fetch(`${h.url}/metrics`);
    const text = await res.text();
    expect(text).toMatch(/einvoice_reconcile_outcomes_total\{kind="cancel",outcome="cancelled"\} 1/);
    expect(text).toMatch(/einvoice_reconcile_outcomes_total\{kind="generate",outcome="generated"\} \d/);
    expect(text).toMatch(/einvoice_reconcile_lag_seconds_count\{kind="generate"\} \d/);
    expect(text).toMatch(/einvoice_reconcile_open\{kind="generate"\} 0/);
    expect(h.logLines.some((l) => l.includes('"msg":"reconciled"') && l.includes('"outcome":"resubmitted"'))).toBe(
      true,
    );
  });
});
