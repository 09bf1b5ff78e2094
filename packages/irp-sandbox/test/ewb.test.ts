import type { NicClient } from '@einvoice/nic';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseInvoice } from './support/fixtures.js';
import { authed, type Harness, startHarness } from './support/harness.js';

const codes = (r: { ok: boolean; errors?: { code: string }[] }) => (r.ok ? ['ok'] : r.errors!.map((e) => e.code));

describe('e-way bills with an IRN', () => {
  let h: Harness;
  let c: NicClient;
  beforeAll(async () => {
    h = await startHarness();
    c = await authed(h);
  });
  afterAll(() => h.close());

  it('EWB by IRN blocks IRN cancel (2230) until the EWB is cancelled (CANEWB), then the IRN cancels', async () => {
    const gen = await c.generateIrn(baseInvoice());
    if (!gen.ok) throw new Error(JSON.stringify(gen.errors));
    const ewb = await c.generateEwb({
      Irn: gen.data.Irn,
      Distance: 0,
      TransMode: '1',
      VehNo: 'KA01AB1234',
      VehType: 'R',
    });
    expect(ewb.ok).toBe(true);
    if (!ewb.ok) return;
    expect(String(ewb.data.EwbNo)).toMatch(/^\d{12}$/);
    expect(ewb.data.EwbValidTill).toMatch(/ 23:59:00$/);

    const got = await c.getEwbByIrn(gen.data.Irn);
    expect(got).toMatchObject({
      ok: true,
      data: { EwbNo: ewb.data.EwbNo, Status: 'ACT', GenGstin: '29AAACP7879D1Z0' },
    });
    const byIrn = await c.getIrn(gen.data.Irn);
    expect(byIrn.ok && byIrn.data.EwbNo).toBe(ewb.data.EwbNo);
    expect(
      codes(await c.generateEwb({ Irn: gen.data.Irn, Distance: 0, TransMode: '1', VehNo: 'KA01AB1234', VehType: 'R' })),
    ).toContain('4002');

    expect(codes(await c.cancelIrn({ Irn: gen.data.Irn, CnlRsn: '3', CnlRem: 'Order cancelled' }))).toEqual(['2230']);
    const cnl = await c.cancelEwb({ ewbNo: ewb.data.EwbNo, cancelRsnCode: '1', cancelRmrk: 'Duplicate' });
    expect(cnl).toMatchObject({ ok: true, data: { ewayBillNo: ewb.data.EwbNo } });
    if (cnl.ok) expect(cnl.data.cancelDate).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2} (AM|PM)$/);
    expect(codes(await c.cancelEwb({ ewbNo: ewb.data.EwbNo, cancelRsnCode: '1', cancelRmrk: 'again' }))).toEqual([
      '312',
    ]);
    expect(codes(await c.cancelIrn({ Irn: gen.data.Irn, CnlRsn: '3', CnlRem: 'Order cancelled' }))).toEqual(['ok']);

    const types = h.sandbox.ledger.events.filter((e) => e.irn === gen.data.Irn).map((e) => e.type);
    expect(types).toEqual(['IRN_GENERATED', 'EWB_GENERATED', 'EWB_CANCELLED', 'IRN_CANCELLED']);
  });

  it('EwbDtls inside Generate IRN makes the EWB (with EWBPPD), or reports EWBERR while the IRN stands', async () => {
    const withEwb = { ...baseInvoice(), EwbDtls: { Distance: 0, TransMode: '1', VehNo: 'KA01AB1234', VehType: 'R' } };
    const r = await c.generateIrn(withEwb);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.data.EwbNo).not.toBeNull();
    expect(r.info?.find((i) => i.InfCd === 'EWBPPD')?.Desc).toMatch(/^Pin-Pin calc distance: \d+KM$/);

    const broken = { ...baseInvoice(), EwbDtls: { Distance: 10, TransMode: '1' } };
    const b = await c.generateIrn(broken);
    expect(b.ok).toBe(true);
    if (!b.ok) return;
    expect(b.data.EwbNo).toBeNull();
    const err = b.info?.find((i) => i.InfCd === 'EWBERR');
    expect(Array.isArray(err?.Desc)).toBe(true);
    expect((err!.Desc as { ErrorCode: string }[])[0]!.ErrorCode).toMatch(/^\d{4}$/);
  });

  it('unknown IRN for EWB -> 4003; no EWB yet -> 4005', async () => {
    expect(codes(await c.generateEwb({ Irn: 'f'.repeat(64), Distance: 10 }))).toEqual(['4003']);
    const gen = await c.generateIrn(baseInvoice());
    if (!gen.ok) throw new Error('generate failed');
    expect(codes(await c.getEwbByIrn(gen.data.Irn))).toEqual(['4005']);
  });
});
