// Multi-GSP failover over real sockets: a TCP fault proxy sits in front of each sandbox GSP
// (sandbox-a: NIC pass-through, priority 1; sandbox-b: enriched, priority 2) and breaks the primary
// the way networks break. Whatever happens, the caller gets one clean answer and the IRP (the
// simulator's ledger) never holds a second IRN for a document.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FaultProxy, startFaultProxy } from '../support/fault-proxy.js';
import { type ApiResponse, gstinSession, type Harness, startHarness } from '../support/harness.js';
import { invoice } from '../support/invoices.js';

const SELLER = '29AAACP7879D1Z0';
const GENERATE_ON_B = 'POST /enriched/ei/api/invoice'; // sandbox-b's generate (the NIC one is encrypted)

interface Attempt {
  gsp: string;
  outcome: string;
  status: number | null;
  latency_ms: number;
}

interface Rig {
  h: Harness;
  token: string;
  a: FaultProxy;
  b: FaultProxy;
}

const proxies: FaultProxy[] = [];
const harnesses: Harness[] = [];

async function rig(env: Record<string, string>): Promise<Rig> {
  const byGsp: Record<string, FaultProxy> = {};
  const h = await startHarness(env, {
    wrapUpstreamUrl: async (gsp, url) => {
      const p = await startFaultProxy(url);
      proxies.push(p);
      byGsp[gsp] = p;
      return p.url;
    },
  });
  harnesses.push(h);
  const s = await gstinSession(h, SELLER, undefined, 'custom', 1000);
  return { h, token: s.token, a: byGsp['sandbox-a']!, b: byGsp['sandbox-b']! };
}

afterAll(async () => {
  await Promise.allSettled(harnesses.map((h) => h.close()));
  await Promise.allSettled(proxies.map((p) => p.close()));
});

const irnsAtIrp = (r: Rig, docNo: string) =>
  r.h.sandbox.ledger.snapshot().irns.filter((i) => i.docNo.toUpperCase() === docNo.toUpperCase());

function generate(r: Rig, inv: ReturnType<typeof invoice>, headers: Record<string, string> = {}) {
  return r.h.request('POST', '/v1/irn', {
    token: r.token,
    body: inv,
    headers: { 'idempotency-key': `k-${inv.DocDtls.No}`, ...headers },
  });
}

/** The request log of the call that produced `res` (every response names its request id). */
async function attemptsOf(r: Rig, res: ApiResponse): Promise<Attempt[]> {
  const requestId = res.headers.get('x-request-id');
  for (let cursor: string | undefined; ; ) {
    const page = await r.h.request(
      'GET',
      `/v1/logs?operation=generateIrn&limit=100${cursor ? `&starting_after=${cursor}` : ''}`,
      { token: r.token },
    );
    expect(page.status).toBe(200);
    const log = page.body.data.find((l: { request_id: string }) => l.request_id === requestId);
    if (log) return log.upstream_attempts as Attempt[];
    if (!page.body.has_more) throw new Error(`no request log for ${requestId}`);
    cursor = page.body.next_cursor;
  }
}

async function circuitOf(r: Rig, gsp: string): Promise<string> {
  const res = await r.h.request('GET', '/v1/status');
  expect(res.status).toBe(200);
  return res.body.gsps.find((g: { id: string }) => g.id === gsp).circuit;
}

/** Runs `fn` over `items` with at most `n` in flight. */
async function pool<T, R>(items: T[], n: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: n }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await fn(items[i]!);
      }
    }),
  );
  return out;
}

describe('failover from the primary GSP', () => {
  let r: Rig;
  beforeAll(async () => {
    // A high breaker threshold keeps sandbox-a in play for every call: each one meets the fault.
    r = await rig({ UPSTREAM_TIMEOUT_MS: '800', GSP_BREAKER_THRESHOLD: '1000', GSP_HALF_OPEN_AFTER_MS: '300' });
  });

  it('primary refusing connections: every document is served by sandbox-b, one IRN each', async () => {
    const connectionsBefore = r.a.connectionCount(); // registration checked the IRP user through sandbox-a
    await r.a.setMode({ mode: 'refuse' });
    try {
      const invoices = Array.from({ length: 6 }, () => invoice(SELLER));
      const results = await Promise.all(invoices.map((inv) => generate(r, inv)));
      for (const [i, res] of results.entries()) {
        expect(res.status).toBe(201);
        expect(res.body.gsp).toBe('sandbox-b');
        const atIrp = irnsAtIrp(r, invoices[i]!.DocDtls.No);
        expect(atIrp).toHaveLength(1);
        expect(res.body.Irn).toBe(atIrp[0]!.irn);
        const attempts = await attemptsOf(r, res);
        expect(attempts.filter((a) => a.gsp === 'sandbox-a').every((a) => a.outcome === 'connection_error')).toBe(true);
        expect(attempts.at(-1)).toMatchObject({ gsp: 'sandbox-b', outcome: 'success' });
      }
      expect(r.a.connectionCount()).toBe(connectionsBefore); // refused in the kernel: nothing reached the proxy
    } finally {
      await r.a.setMode({ mode: 'pass' });
    }
  });

  it('primary timing out after commit: reconciled by document details, one IRN, never resubmitted to sandbox-b', async () => {
    // Open sandbox-a's IRP session first, so the only call the fault meets is the generate itself.
    const warm = await generate(r, invoice(SELLER));
    expect(warm.status).toBe(201);
    expect(warm.body.gsp).toBe('sandbox-a');

    await r.a.setMode({ mode: 'blackhole', forward: true });
    const bRequestsBefore = r.b.requests.length;
    const aExchangesBefore = r.a.stats.exchanges.blackhole;
    try {
      const inv = invoice(SELLER);
      const started = Date.now();
      const res = await generate(r, inv, { prefer: 'wait=20' });
      const tookMs = Date.now() - started;
      expect(res.status).toBe(201);
      const atIrp = irnsAtIrp(r, inv.DocDtls.No);
      expect(atIrp).toHaveLength(1);
      expect(res.body.Irn).toBe(atIrp[0]!.irn);

      const attempts = await attemptsOf(r, res);
      // The generate is the first attempt and it is on sandbox-a; it timed out (the IRP committed).
      expect(attempts[0]).toMatchObject({ gsp: 'sandbox-a', outcome: 'timeout' });
      // Everything that followed is the reconciliation read: sandbox-a again (blackholed), then sandbox-b.
      expect(attempts.at(-1)).toMatchObject({ gsp: 'sandbox-b', outcome: 'success' });
      // Two calls went into the blackhole at most (the generate and the first reconciliation read).
      expect(r.a.stats.exchanges.blackhole - aExchangesBefore).toBeLessThanOrEqual(2);
      // sandbox-b saw reads only: no generate reached it for this document.
      const bRequests = r.b.requests.slice(bRequestsBefore);
      expect(bRequests.some((line) => line.startsWith('GET /enriched/ei/api/invoice/irnbydocdetails'))).toBe(true);
      expect(bRequests.filter((line) => line === GENERATE_ON_B)).toEqual([]);
      console.info(
        `[failover] timeout after commit: ${res.status} in ${tookMs} ms, attempts ${attempts.map((a) => `${a.gsp}:${a.outcome}`).join(' > ')}, document gsp=${res.body.gsp}`,
      );
    } finally {
      await r.a.setMode({ mode: 'pass' });
    }
  });

  it('30 % connection resets on the primary over 40 invoices: all succeed, one IRN each, within the retry budget', async () => {
    await r.a.setMode({ mode: 'reset', p: 0.3, per: 'exchange', at: 'any' });
    const N = 40;
    const invoices = Array.from({ length: N }, () => invoice(SELLER));
    let httpCalls = 0;
    let clientRetries = 0;
    const attempts: Attempt[][] = [];
    const started = Date.now();
    try {
      const finals = await pool(invoices, 8, async (inv) => {
        // What an SDK does: a retryable 502 is retried with the same Idempotency-Key.
        for (let tries = 0; ; tries++) {
          httpCalls++;
          const res = await generate(r, inv, { prefer: 'wait=10' });
          attempts.push(await attemptsOf(r, res));
          if (res.status === 502 && res.body.upstream?.retryable === true && tries < 9) {
            clientRetries++;
            continue;
          }
          return res;
        }
      });
      const tookMs = Date.now() - started;
      for (const [i, res] of finals.entries()) {
        expect(res.status, res.text).toBe(201);
        const atIrp = irnsAtIrp(r, invoices[i]!.DocDtls.No);
        expect(atIrp).toHaveLength(1);
        expect(res.body.Irn).toBe(atIrp[0]!.irn);
      }
      const all = attempts.flat();
      const byGsp = (gsp: string, outcome?: string) =>
        all.filter((a) => a.gsp === gsp && (!outcome || a.outcome === outcome)).length;
      // The router only retries a round when every route failed; sandbox-b is healthy, so it never
      // has to: every attempt on sandbox-b is answered by the IRP (a reconciliation read of a document
      // the IRP never saw answers a NIC error), and no request needs more than a handful of attempts.
      expect(all.filter((a) => a.gsp === 'sandbox-b' && a.outcome !== 'success' && a.outcome !== 'nic_error')).toEqual(
        [],
      );
      const perRequest = attempts.map((a) => a.length);
      expect(Math.max(...perRequest)).toBeLessThanOrEqual(6);
      // Router calls per HTTP call: one generate plus at most one reconciliation read; each round
      // tries both routes; retries are capped at 20 % of calls + 10 (RetryBudget).
      const routerCalls = 2 * httpCalls;
      const budget = Math.floor(0.2 * routerCalls + 10);
      expect(all.length).toBeLessThanOrEqual(2 * (routerCalls + budget) + httpCalls /* IRP auth */);
      expect(r.a.stats.resets).toBeGreaterThan(0);
      console.info(
        `[failover] resets: ${N} invoices in ${tookMs} ms, ${httpCalls} HTTP calls (${clientRetries} client retries of a retryable 502), ` +
          `${all.length} upstream attempts (max ${Math.max(...perRequest)} per call; sandbox-a ${byGsp('sandbox-a')}: ` +
          `${byGsp('sandbox-a', 'success')} ok / ${byGsp('sandbox-a', 'connection_error')} reset / ${byGsp('sandbox-a', 'timeout')} timeout; ` +
          `sandbox-b ${byGsp('sandbox-b')}: ${byGsp('sandbox-b', 'success')} ok / ${byGsp('sandbox-b', 'nic_error')} NIC "not found"), proxy: ${r.a.stats.exchanges.reset} requests, ` +
          `${r.a.stats.resets} reset, ${r.a.stats.connections.reset} connections; retry budget bound ${budget}`,
      );
    } finally {
      await r.a.setMode({ mode: 'pass' });
    }
  });
});

describe('circuit breaker on the primary GSP', () => {
  const THRESHOLD = 3;
  const HALF_OPEN_MS = 4000;
  let r: Rig;
  beforeAll(async () => {
    r = await rig({
      UPSTREAM_TIMEOUT_MS: '800',
      GSP_BREAKER_THRESHOLD: String(THRESHOLD),
      GSP_HALF_OPEN_AFTER_MS: String(HALF_OPEN_MS),
    });
  });

  it('opens after GSP_BREAKER_THRESHOLD failures, fails fast without touching the GSP, closes after a good probe', async () => {
    expect(await circuitOf(r, 'sandbox-a')).toBe('closed');
    await r.a.setMode({ mode: 'reset', p: 1, per: 'exchange', at: 'request' });
    // Every call meets one failure on sandbox-a (its IRP login is reset) and is served by sandbox-b.
    for (let i = 1; i <= THRESHOLD; i++) {
      const res = await generate(r, invoice(SELLER));
      expect(res.status).toBe(201);
      expect(res.body.gsp).toBe('sandbox-b');
      expect(await circuitOf(r, 'sandbox-a')).toBe(i < THRESHOLD ? 'closed' : 'open');
    }
    const openedAt = Date.now();
    expect(r.a.stats.resets).toBe(THRESHOLD);

    // sandbox-a is healthy again, but its circuit is open: calls go straight to sandbox-b.
    await r.a.setMode({ mode: 'pass' });
    const connectionsBefore = r.a.connectionCount();
    const fast: ApiResponse[] = [];
    for (let i = 0; i < 3; i++) fast.push(await generate(r, invoice(SELLER)));
    const withinOpenWindow = Date.now() - openedAt < HALF_OPEN_MS - 500;
    for (const res of fast) {
      expect(res.status).toBe(201);
      if (!withinOpenWindow) continue; // a machine this slow may already be due a probe
      expect(res.body.gsp).toBe('sandbox-b');
      const attempts = await attemptsOf(r, res);
      expect(attempts[0]).toMatchObject({ gsp: 'sandbox-a', outcome: 'circuit_open', latency_ms: 0 });
    }
    if (withinOpenWindow) {
      expect(r.a.connectionCount()).toBe(connectionsBefore);
      expect(await circuitOf(r, 'sandbox-a')).toBe('open');
    }

    // After GSP_HALF_OPEN_AFTER_MS the next call is the probe; it succeeds and the circuit closes.
    await new Promise((done) => setTimeout(done, Math.max(0, openedAt + HALF_OPEN_MS + 200 - Date.now())));
    const probe = await generate(r, invoice(SELLER));
    expect(probe.status).toBe(201);
    expect(probe.body.gsp).toBe('sandbox-a');
    expect(r.a.connectionCount()).toBeGreaterThan(connectionsBefore);
    expect(await circuitOf(r, 'sandbox-a')).toBe('closed');
    const after = await generate(r, invoice(SELLER));
    expect(after.body.gsp).toBe('sandbox-a');
    console.info(
      `[failover] circuit: open after ${THRESHOLD} failures, ${fast.length} fast-failed calls (${withinOpenWindow ? 'checked' : 'window missed'}), probe closed it ${Date.now() - openedAt} ms after opening`,
    );
  });
});
