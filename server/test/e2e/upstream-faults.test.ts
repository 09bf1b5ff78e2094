// The IRP misbehaves; the caller still gets one clean answer and the IRP never holds a second IRN
// (reliability rows 5 and 8). Faults are injected through the API (setSandboxFaults), as integrators do.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRawForTests } from '../../src/adapters/storage/index.js';
import { gstinSession, type Harness, startHarness } from '../support/harness.js';
import { invoice } from '../support/invoices.js';

const SELLER = '29AAACP7879D1Z0';
let h: Harness;
let s: { token: string };
const irnsAtIrp = (docNo: string) =>
  h.sandbox.ledger.snapshot().irns.filter((r) => r.docNo.toUpperCase() === docNo.toUpperCase());
const fault = (faults: unknown[]) => h.request('POST', '/v1/sandbox/faults', { token: s.token, body: { faults } });

beforeAll(async () => {
  h = await startHarness({
    UPSTREAM_TIMEOUT_MS: '1500',
    GSP_HALF_OPEN_AFTER_MS: '300',
    QUEUE_POLL_MS: '100',
    QUEUE_RETRY_BASE_MS: '100',
  });
  s = await gstinSession(h, SELLER, undefined, 'custom', 1000);
});
afterAll(() => h.close());

describe('ambiguous failures are reconciled, never resubmitted blindly', () => {
  it('timeout after the IRP committed: the IRN is found by document details and returned once', async () => {
    expect((await fault([{ mode: 'timeout_after_commit', count: 1 }])).status).toBe(200);
    const inv = invoice(SELLER);
    const res = await h.request('POST', '/v1/irn', {
      token: s.token,
      body: inv,
      headers: { 'idempotency-key': `t-${inv.DocDtls.No}` },
    });
    expect(res.status).toBe(201);
    expect(irnsAtIrp(inv.DocDtls.No)).toHaveLength(1);
    expect(res.body.Irn).toBe(irnsAtIrp(inv.DocDtls.No)[0]!.irn);
    const logs = await h.request('GET', `/v1/logs?irn=${res.body.Irn}&operation=generateIrn`, { token: s.token });
    const outcomes = logs.body.data[0].upstream_attempts.map((a: { outcome: string }) => a.outcome);
    expect(outcomes).toContain('timeout');
    expect(outcomes[outcomes.length - 1]).toBe('success');
  });

  it('an IRP outage past the wait budget answers 202 queued; the worker finishes it once the IRP is back', async () => {
    await fault([{ mode: 'gsp_outage', count: 100 }]);
    const inv = invoice(SELLER);
    const key = `o-${inv.DocDtls.No}`;
    const queued = await h.request('POST', '/v1/irn', {
      token: s.token,
      body: inv,
      headers: { 'idempotency-key': key, prefer: 'wait=1' },
    });
    expect(queued.status).toBe(202);
    expect(queued.body).toMatchObject({ status: 'queued', Irn: null });
    expect(queued.headers.get('location')).toMatch(/^\/v1\/irn\/by-document\?/);
    expect(irnsAtIrp(inv.DocDtls.No)).toHaveLength(0);
    // A retry while queued reports the queued document; it never submits in parallel with the worker.
    const again = await h.request('POST', '/v1/irn', {
      token: s.token,
      body: inv,
      headers: { 'idempotency-key': key, prefer: 'wait=1' },
    });
    expect([again.status, again.body.status]).toEqual([202, 'queued']);

    await fault([]); // the IRP is back
    const deadline = Date.now() + 15_000;
    let doc = queued.body;
    while (doc.status === 'queued' && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 200));
      doc = (await h.request('GET', queued.headers.get('location')!, { token: s.token })).body;
    }
    expect(doc.status).toBe('generated');
    expect(irnsAtIrp(inv.DocDtls.No)).toHaveLength(1);
    // The worker's success is an outbox event like any other: the webhook fires from there.
    const events = await queryRawForTests(
      h.server.deps.storage,
      "select payload from outbox_events where type = 'irn.generated'",
    );
    const payloads = events.map(
      (e) => (typeof e.payload === 'string' ? JSON.parse(e.payload) : e.payload) as { data: { Irn: string } },
    );
    expect(payloads.filter((p) => p.data.Irn === doc.Irn)).toHaveLength(1);
    const replay = await h.request('POST', '/v1/irn', {
      token: s.token,
      body: inv,
      headers: { 'idempotency-key': key },
    });
    // The worker's outcome completed the key: a retry replays it as stored (201, the request's outcome).
    expect([replay.status, replay.body.Irn, replay.headers.get('idempotent-replayed')]).toEqual([201, doc.Irn, 'true']);
  }, 30_000);

  it('a NIC error passes through with its code and our hint', async () => {
    await fault([{ mode: 'nic_error', code: '2189', count: 1 }]);
    const res = await h.request('POST', '/v1/irn', { token: s.token, body: invoice(SELLER) });
    expect(res.status).toBe(422);
    expect(res.body.gstn_errors[0]).toMatchObject({ code: '2189' });
    expect(res.body.upstream).toMatchObject({ system: 'IRP', code: '2189', retryable: false });
  });
});

describe('concurrency', () => {
  it('200 concurrent identical requests with one key produce exactly one IRN', async () => {
    const inv = invoice(SELLER);
    const key = `race-${inv.DocDtls.No}`;
    const results = await Promise.all(
      Array.from({ length: 200 }, () =>
        h.request('POST', '/v1/irn', { token: s.token, body: inv, headers: { 'idempotency-key': key } }),
      ),
    );
    // One execution; the rest are replays of its stored answer (same 201, marked replayed) or 409 in flight.
    const executed = results.filter((r) => r.status === 201 && r.headers.get('idempotent-replayed') === 'false');
    expect(executed).toHaveLength(1);
    const others = results.filter((r) => r !== executed[0]);
    expect(
      others.every((r) => (r.status === 201 && r.headers.get('idempotent-replayed') === 'true') || r.status === 409),
    ).toBe(true);
    const irns = new Set(results.filter((r) => r.status < 300).map((r) => r.body.Irn));
    expect(irns.size).toBe(1);
    expect(irnsAtIrp(inv.DocDtls.No)).toHaveLength(1);
    const after = await h.request('POST', '/v1/irn', {
      token: s.token,
      body: inv,
      headers: { 'idempotency-key': key },
    });
    expect(after.body).toEqual(executed[0]!.body);
  });

  it('50 concurrent identical requests without a key still produce one IRN', async () => {
    const inv = invoice(SELLER);
    const results = await Promise.all(
      Array.from({ length: 50 }, () => h.request('POST', '/v1/irn', { token: s.token, body: inv })),
    );
    expect(results.every((r) => [200, 201, 409].includes(r.status))).toBe(true);
    expect(irnsAtIrp(inv.DocDtls.No)).toHaveLength(1);
  });

  it('two requests racing on one document (different keys) announce its IRN exactly once', async () => {
    h.sandbox.admin.setLatency({ fixedMs: 300 });
    try {
      const inv = invoice(SELLER);
      const first = h.request('POST', '/v1/irn', {
        token: s.token,
        body: inv,
        headers: { 'idempotency-key': `ra-${inv.DocDtls.No}` },
      });
      await new Promise((r) => setTimeout(r, 120)); // the second arrives while the first is at the IRP
      const second = h.request('POST', '/v1/irn', {
        token: s.token,
        body: inv,
        headers: { 'idempotency-key': `rb-${inv.DocDtls.No}` },
      });
      const [a, b] = await Promise.all([first, second]);
      expect([a.status, b.status].sort()).toEqual([200, 201]);
      expect(a.body.Irn).toBe(b.body.Irn);
      expect(irnsAtIrp(inv.DocDtls.No)).toHaveLength(1);
      const events = await queryRawForTests(
        h.server.deps.storage,
        "select payload from outbox_events where type = 'irn.generated'",
      );
      const forDoc = events
        .map((e) => (typeof e.payload === 'string' ? JSON.parse(e.payload) : e.payload) as { data: { Irn: string } })
        .filter((p) => p.data.Irn === a.body.Irn);
      expect(forDoc).toHaveLength(1);
    } finally {
      h.sandbox.admin.setLatency(undefined);
    }
  });
});
