// `Prefer: wait=N` bounds the whole answer (issue #15, item 2). Both sandbox GSPs sit behind TCP fault proxies
// that swallow every connection (a hung upstream: each attempt would take the full 4 s UPSTREAM_TIMEOUT_MS).
// A generate with `Prefer: wait=2` is answered 202 `queued` after about 2 s, not after the attempt's timeout;
// the attempt goes on in the background, and once the GSPs answer again the document is generated, once,
// with its irn.generated event, and a retry with the same key sees it as it stands.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRawForTests } from '../../src/adapters/storage/index.js';
import { type FaultProxy, startFaultProxy } from '../support/fault-proxy.js';
import { gstinSession, type Harness, startHarness } from '../support/harness.js';
import { invoice } from '../support/invoices.js';

const SELLER = '29AAACP7879D1Z0';
const UPSTREAM_TIMEOUT_MS = 4_000;
const WAIT_SECONDS = 2;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let h: Harness;
let token: string;
const proxies: FaultProxy[] = [];

beforeAll(async () => {
  h = await startHarness(
    {
      UPSTREAM_TIMEOUT_MS: String(UPSTREAM_TIMEOUT_MS),
      QUEUE_POLL_MS: '200',
      QUEUE_RETRY_BASE_MS: '100',
      GSP_HALF_OPEN_AFTER_MS: '300',
    },
    {
      wrapUpstreamUrl: async (_gsp, url) => {
        const p = await startFaultProxy(url);
        proxies.push(p);
        return p.url;
      },
    },
  );
  token = (await gstinSession(h, SELLER, undefined, 'custom', 1000)).token;
});
afterAll(async () => {
  await h.close();
  await Promise.allSettled(proxies.map((p) => p.close()));
});

const irnsAtIrp = (docNo: string) =>
  h.sandbox.ledger.snapshot().irns.filter((r) => r.docNo.toUpperCase() === docNo.toUpperCase());

describe('Prefer: wait=N with a hung upstream', () => {
  it('answers 202 queued within N seconds; the document completes later, once, with its webhook', async () => {
    for (const p of proxies) await p.setMode({ mode: 'blackhole' });
    const inv = invoice(SELLER);
    const key = `wait-${inv.DocDtls.No}`;
    const send = (prefer: string) =>
      h.request('POST', '/v1/irn', { token, body: inv, headers: { 'idempotency-key': key, prefer } });

    const started = performance.now();
    const queued = await send(`wait=${WAIT_SECONDS}`);
    const tookMs = performance.now() - started;
    expect(queued.status, queued.text).toBe(202);
    expect(queued.body).toMatchObject({ status: 'queued', Irn: null, doc_no: inv.DocDtls.No });
    expect(queued.headers.get('location')).toMatch(/^\/v1\/irn\/by-document\?/);
    expect(queued.headers.get('retry-after')).toBe('5');
    // Bounded by the wait, not by the attempt in flight (which only times out after UPSTREAM_TIMEOUT_MS).
    expect(tookMs).toBeGreaterThanOrEqual(WAIT_SECONDS * 1000 - 50);
    expect(tookMs).toBeLessThan(UPSTREAM_TIMEOUT_MS);
    console.log(
      `Prefer: wait=${WAIT_SECONDS} answered 202 after ${Math.round(tookMs)} ms (upstream timeout ${UPSTREAM_TIMEOUT_MS} ms)`,
    );

    // A retry with the same key while the attempt is still in flight: where the document stands, no new submission.
    const again = await send('wait=1');
    expect([again.status, again.body.status]).toEqual([202, 'queued']);

    // The GSPs answer again; the background attempt (or the outage worker after it) finishes the document.
    for (const p of proxies) await p.setMode({ mode: 'pass' });
    const location = queued.headers.get('location')!;
    const deadline = Date.now() + 60_000;
    let doc = queued.body;
    while (doc.status !== 'generated' && Date.now() < deadline) {
      await sleep(250);
      doc = (await h.request('GET', location, { token })).body;
    }
    expect(doc.status).toBe('generated');
    expect(irnsAtIrp(inv.DocDtls.No)).toHaveLength(1);
    expect(doc.Irn).toBe(irnsAtIrp(inv.DocDtls.No)[0]!.irn);

    // The caller hears of it by webhook: one irn.generated event for this IRN.
    const events = await queryRawForTests(
      h.server.deps.storage,
      "select payload from outbox_events where type = 'irn.generated'",
    );
    const mine = events
      .map((e) => (typeof e.payload === 'string' ? JSON.parse(e.payload) : e.payload) as { data: { Irn: string } })
      .filter((e) => e.data.Irn === doc.Irn);
    expect(mine).toHaveLength(1);

    // And the same key now gets the document (200: it existed already), never a second IRN.
    const after = await send('wait=5');
    expect([200, 201]).toContain(after.status);
    expect(after.body.Irn).toBe(doc.Irn);
    expect(irnsAtIrp(inv.DocDtls.No)).toHaveLength(1);
  }, 120_000);

  it('a quick IRP still answers 201 inside the wait', async () => {
    for (const p of proxies) await p.setMode({ mode: 'pass' });
    const inv = invoice(SELLER);
    const res = await h.request('POST', '/v1/irn', {
      token,
      body: inv,
      headers: { 'idempotency-key': `quick-${inv.DocDtls.No}`, prefer: `wait=${WAIT_SECONDS}` },
    });
    expect(res.status, res.text).toBe(201);
  }, 30_000);
});
