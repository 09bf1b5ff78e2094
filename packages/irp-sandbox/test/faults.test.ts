import type { NicClient } from '@einvoice/nic';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { sampleLatencyMs } from '../src/faults/latency.js';
import { BUYER, baseInvoice, SELLER } from './support/fixtures.js';
import { authed, type Harness, startHarness } from './support/harness.js';

const code = (r: { ok: boolean; errors?: { code: string }[] }) => (r.ok ? 'ok' : r.errors![0]!.code);

describe('fault injection', () => {
  let h: Harness;
  let c: NicClient;
  beforeAll(async () => {
    h = await startHarness();
    c = await authed(h);
  });
  afterEach(() => {
    h.sandbox.admin.clearFaults();
  });
  afterAll(() => h.close());

  const postFault = (spec: Record<string, unknown>) =>
    fetch(`${h.url}/admin/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(spec),
    });

  it('error: the next N calls fail with the given NIC code, then service resumes (admin endpoint)', async () => {
    const res = await postFault({ gstin: SELLER, mode: 'error', count: 2, code: '2147', message: 'Unable to sign' });
    expect(res.status).toBe(201);
    const before = h.sandbox.ledger.irns.size;
    const r1 = await c.generateIrn(baseInvoice());
    expect(r1).toMatchObject({ ok: false, errors: [{ code: '2147', message: 'Unable to sign' }] });
    expect(code(await c.generateIrn(baseInvoice()))).toBe('2147');
    expect(code(await c.generateIrn(baseInvoice()))).toBe('ok');
    expect(h.sandbox.ledger.irns.size).toBe(before + 1);
  });

  it('faults are per GSTIN and per operation', async () => {
    h.sandbox.admin.injectFault({ gstin: BUYER, mode: 'error', code: '5001', count: 1 });
    h.sandbox.admin.injectFault({ gstin: SELLER, mode: 'error', code: '5001', count: 1, ops: ['cancel'] });
    expect(code(await c.generateIrn(baseInvoice()))).toBe('ok'); // neither fault matches
    const buyer = await authed(h, { gstin: BUYER });
    expect(code(await buyer.getGstinDetails(SELLER))).toBe('5001');
    expect(code(await c.cancelIrn({ Irn: 'a'.repeat(64), CnlRsn: '1' }))).toBe('5001');
    expect(h.sandbox.admin.listFaults()).toEqual([]);
  });

  it('timeout-after-commit: the IRN exists, the caller never hears, a retry gets 2150 DUPIRN', async () => {
    h.sandbox.admin.injectFault({ gstin: SELLER, mode: 'timeout-after-commit', holdMs: 300 });
    const inv = baseInvoice();
    const started = Date.now();
    await expect(c.generateIrn(inv)).rejects.toThrow();
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    const irn = [...h.sandbox.ledger.irns.values()].find((r) => r.docNo === (inv.DocDtls as { No: string }).No);
    expect(irn).toBeDefined();
    const ev = h.sandbox.ledger.events.find((e) => e.irn === irn!.irn && e.type === 'IRN_GENERATED');
    expect(ev?.delivery).toBe('withheld');
    const retry = await c.generateIrn(inv);
    expect(retry).toMatchObject({
      ok: false,
      errors: [{ code: '2150' }],
      info: [{ InfCd: 'DUPIRN', Desc: { Irn: irn!.irn, AckNo: irn!.ackNo } }],
    });
  });

  it('timeout-after-commit with a client deadline shorter than the hold: client aborts, IRN still committed', async () => {
    h.sandbox.admin.injectFault({ gstin: SELLER, mode: 'timeout-after-commit', holdMs: 1_000 });
    const impatient = await authed(h, { timeoutMs: 200 });
    const inv = baseInvoice();
    await expect(impatient.generateIrn(inv)).rejects.toThrow(/abort|timeout/i);
    expect([...h.sandbox.ledger.irns.values()].some((r) => r.docNo === (inv.DocDtls as { No: string }).No)).toBe(true);
  });

  it('reset: the connection is dropped before anything is processed', async () => {
    h.sandbox.admin.injectFault({ gstin: SELLER, mode: 'reset' });
    const inv = baseInvoice();
    await expect(c.generateIrn(inv)).rejects.toThrow();
    expect([...h.sandbox.ledger.irns.values()].some((r) => r.docNo === (inv.DocDtls as { No: string }).No)).toBe(false);
    expect(code(await c.generateIrn(inv))).toBe('ok');
  });

  it('down: 503 GSP-style until cleared, for every caller when gstin is *', async () => {
    await postFault({ gstin: '*', mode: 'down' });
    for (let i = 0; i < 3; i++) {
      const r = await c.generateIrn(baseInvoice());
      expect(r).toMatchObject({ ok: false, httpStatus: 503, errors: [{ code: 'GSPERR300' }] });
    }
    const gsp = h.gsp();
    await gsp.authenticate();
    const g = await gsp.generateIrn(baseInvoice());
    expect(g.httpStatus).toBe(503);
    expect(g.message).toBe('GSPERR300 : Ei : GSPGSTDOWN');
    const cleared = await fetch(`${h.url}/admin/faults`, { method: 'DELETE' });
    expect(((await cleared.json()) as { cleared: number }).cleared).toBe(1);
    expect(code(await c.generateIrn(baseInvoice()))).toBe('ok');
  });

  it('auth is only faulted when named in ops', async () => {
    h.sandbox.admin.injectFault({ gstin: SELLER, mode: 'error', code: '1007', ops: ['auth'] });
    expect(code(await c.generateIrn(baseInvoice()))).toBe('ok');
    expect(code(await h.nic().auth())).toBe('1007');
  });

  it('rejects malformed fault specs with 400', async () => {
    expect((await postFault({ gstin: SELLER, mode: 'explode' })).status).toBe(400);
    expect((await postFault({ mode: 'error' })).status).toBe(400);
  });
});

describe('latency profile', () => {
  it('fixed latency delays every call; it can be changed over the admin endpoint', async () => {
    const h = await startHarness({ latency: { fixedMs: 120 } });
    try {
      const c = await authed(h);
      let t = Date.now();
      await c.getGstinDetails(SELLER);
      expect(Date.now() - t).toBeGreaterThanOrEqual(110);
      await fetch(`${h.url}/admin/latency`, { method: 'POST', body: JSON.stringify({}) });
      t = Date.now();
      await c.getGstinDetails(SELLER);
      expect(Date.now() - t).toBeLessThan(110);
    } finally {
      await h.close();
    }
  });

  it('p50/p99 profile: a log-normal whose sample quantiles match', () => {
    let seed = 42;
    const rand = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const xs = Array.from({ length: 20_000 }, () => sampleLatencyMs({ p50Ms: 80, p99Ms: 400 }, rand)).sort(
      (a, b) => a - b,
    );
    const q = (p: number) => xs[Math.floor(p * xs.length)]!;
    expect(q(0.5)).toBeGreaterThan(72);
    expect(q(0.5)).toBeLessThan(88);
    expect(q(0.99)).toBeGreaterThan(330);
    expect(q(0.99)).toBeLessThan(480);
  });
});
