import { decodeNicJwtData, type GspClient } from '@einvoice/nic';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseInvoice, SELLER } from './support/fixtures.js';
import { type Harness, startHarness } from './support/harness.js';

type IrnResult = { Irn: string; AckNo: number; AckDt: string; SignedQRCode: string; EwbNo: number | null };

describe('GSP-wrapped mode (Adaequare "enriched" flavour)', () => {
  let h: Harness;
  let g: GspClient;
  beforeAll(async () => {
    h = await startHarness();
    g = h.gsp();
  });
  afterAll(() => h.close());

  it('authenticates with gspappid/gspappsecret and returns an OAuth-style token', async () => {
    const { status, body } = await g.authenticate();
    expect(status).toBe(200);
    expect(body).toMatchObject({ token_type: 'bearer', expires_in: 2591999, scope: 'gsp' });
    expect(typeof body.access_token).toBe('string');
    expect(body.jti).toMatch(/^[0-9a-f-]{36}$/);
    const bad = h.gsp();
    (bad as unknown as { opts: { appSecret: string } }).opts.appSecret = 'nope';
    expect((await bad.authenticate()).status).toBe(401);
  });

  it('generates in plaintext and lands in the same ledger as the NIC surface', async () => {
    const inv = baseInvoice();
    const r = await g.generateIrn<IrnResult>(inv);
    expect(r).toMatchObject({ httpStatus: 200, success: true, message: 'IRN generated successfully', errors: [] });
    const irn = r.result!.Irn;
    expect(decodeNicJwtData<{ Irn: string }>(r.result!.SignedQRCode).Irn).toBe(irn);
    expect(h.sandbox.ledger.getIrn(irn)?.channel).toBe('gsp');

    const dup = await g.generateIrn(inv);
    expect(dup.success).toBe(false);
    expect(dup.message).toBe('2150 : Duplicate IRN');
    expect(dup.errors).toEqual([{ code: '2150', message: 'Duplicate IRN' }]);
    expect(dup.result).toEqual([
      { InfCd: 'DUPIRN', Desc: { AckNo: r.result!.AckNo, AckDt: r.result!.AckDt, Irn: irn } },
    ]);

    const got = await g.getIrn<IrnResult>(irn);
    expect(got).toMatchObject({ success: true, result: { Irn: irn } });
    const cnl = await g.cancelIrn({ Irn: irn, Cnlrsn: '2', Cnlrem: 'Data Entry Mistake' });
    expect(cnl).toMatchObject({ success: true, message: 'E-Invoice is cancelled successfully', result: { Irn: irn } });
  });

  it('failures come back as "code : text, code : text" and parse into codes', async () => {
    const inv = baseInvoice();
    (inv.ItemList as Record<string, unknown>[])[0]!.IgstAmt = 180;
    (inv.ValDtls as Record<string, unknown>).TotInvVal = 1500;
    const r = await g.generateIrn(inv);
    expect(r.success).toBe(false);
    expect(r.message).toMatch(/^\d{4} : .+(, \d{4} : .+)+$/);
    expect(r.errors.map((e) => e.code)).toContain('2172');
    expect(r.errors.length).toBeGreaterThan(1);
    expect(r.errors.map((e) => `${e.code} : ${e.message}`).join(', ')).toBe(r.message);
  });

  it('EWB by IRN, cancel EWB (CANEWB) and GSTIN master through the GSP; /test prefix works', async () => {
    const t = h.gsp({ prefix: '/test' });
    await t.authenticate();
    const gen = await t.generateIrn<IrnResult>(baseInvoice());
    const irn = gen.result!.Irn;
    const ewb = await t.generateEwb<{ EwbNo: number }>({
      Irn: irn,
      Distance: 0,
      TransMode: '1',
      VehNo: 'KA01AB1234',
      VehType: 'R',
    });
    expect(ewb).toMatchObject({ success: true });
    const cnlIrn = await t.cancelIrn({ Irn: irn, CnlRsn: '1', CnlRem: 'x' });
    expect(cnlIrn.errors.map((e) => e.code)).toEqual(['2230']);
    const cnl = await t.cancelEwb<{ ewayBillNo: number }>({
      ewbNo: ewb.result!.EwbNo,
      cancelRsnCode: '2',
      cancelRmrk: 'Order cancelled',
    });
    expect(cnl).toMatchObject({ success: true, result: { ewayBillNo: ewb.result!.EwbNo } });
    const master = await t.getGstin<{ Gstin: string }>(SELLER);
    expect(master).toMatchObject({ success: true, result: { Gstin: SELLER, LegalName: 'Sandbox Seller Pvt Ltd' } });
  });

  it('a bad bearer is a 401; a wrong password a GSP failure message', async () => {
    const anon = h.gsp();
    const r = await anon.generateIrn(baseInvoice());
    expect(r.httpStatus).toBe(401);
    expect(r.body).toMatchObject({ error: 'invalid_token' });
    const wrong = h.gsp();
    await wrong.authenticate();
    (wrong as unknown as { opts: { password: string } }).opts.password = 'bad';
    const w = await wrong.generateIrn(baseInvoice());
    expect(w.errors.map((e) => e.code)).toEqual(['1019']);
  });
});
