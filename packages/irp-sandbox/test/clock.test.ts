import type { NicClient } from '@einvoice/nic';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseInvoice } from './support/fixtures.js';
import { authed, type Harness, startHarness } from './support/harness.js';

const DAY = 86_400_000;
const code = (r: { ok: boolean; errors?: { code: string }[] }) => (r.ok ? 'ok' : r.errors![0]!.code);

describe('time: retention, cancel window, injectable clock', () => {
  let h: Harness;
  let c: NicClient;
  beforeAll(async () => {
    // A week-long token keeps this test about IRN time rules, not token expiry.
    h = await startHarness({ tokenTtlMs: 7 * DAY });
    c = await authed(h);
  });
  afterAll(() => h.close());

  it('get by IRN / by document works within 2 days and gives 2283 after', async () => {
    const inv = baseInvoice();
    const gen = await c.generateIrn(inv);
    if (!gen.ok) throw new Error('generate failed');
    const doc = inv.DocDtls as { No: string; Dt: string };
    h.sandbox.admin.advanceClock(2 * DAY - 1000);
    expect(code(await c.getIrn(gen.data.Irn))).toBe('ok');
    h.sandbox.admin.advanceClock(2000);
    expect(code(await c.getIrn(gen.data.Irn))).toBe('2283');
    expect(code(await c.getIrnByDocDetails({ docType: 'INV', docNo: doc.No, docDate: doc.Dt }))).toBe('2283');
    // The duplicate check outlives retention: the number is never free again.
    expect(code(await c.generateIrn(inv))).toBe('2150');
  });

  it('cancel at AckDt + 24 h + 1 s -> 2270', async () => {
    const gen = await c.generateIrn(baseInvoice());
    if (!gen.ok) throw new Error('generate failed');
    h.sandbox.admin.advanceClock(DAY + 1000);
    expect(code(await c.cancelIrn({ Irn: gen.data.Irn, CnlRsn: '2', CnlRem: 'late' }))).toBe('2270');
  });

  it('options.now is the base clock; the admin offset moves on top of it', async () => {
    const frozen = new Date('2026-01-15T06:30:00Z');
    const h2 = await startHarness({ now: () => frozen });
    try {
      const c2 = await authed(h2);
      const gen = await c2.generateIrn(baseInvoice({ docDate: frozen }));
      expect(gen.ok && gen.data.AckDt).toBe('2026-01-15 12:00:00'); // IST
      const res = await fetch(`${h2.url}/admin/clock`, { method: 'POST', body: JSON.stringify({ advanceMs: 60_000 }) });
      expect(((await res.json()) as { now: string }).now).toBe('2026-01-15T06:31:00.000Z');
    } finally {
      await h2.close();
    }
  });
});
