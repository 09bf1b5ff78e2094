import { gstinCheckDigit, isValidGstin } from '@einvoice/gst';
import type { NicClient } from '@einvoice/nic';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_TAXPAYERS } from '../src/index.js';
import { baseInvoice } from './support/fixtures.js';
import { authed, type Harness, startHarness } from './support/harness.js';

const codes = (r: { ok: boolean; errors?: { code: string }[] }) => (r.ok ? ['ok'] : r.errors!.map((e) => e.code));
const DAY = 86_400_000;

describe('seeded taxpayers and special cases', () => {
  let h: Harness;
  let c: NicClient;
  beforeAll(async () => {
    h = await startHarness();
    c = await authed(h);
  });
  afterAll(() => h.close());

  it('synthetic seeds have valid check digits; NIC sandbox GSTINs are seeded even where they fail it', () => {
    const nicSandbox = ['37ARZPT4384Q1MT', '29AWGPV7107B1Z1', '24AAFCD5862R005', '01AMBPG7773M002', '36AMBPG7773M002'];
    for (const t of SEED_TAXPAYERS) {
      if (
        !nicSandbox.includes(t.gstin) &&
        !['12AWGPV7107B1Z1', '09AAAPG7885R002', '05AAAPG7885R002', '02AMBPG7773M002'].includes(t.gstin)
      ) {
        expect(isValidGstin(t.gstin), t.gstin).toBe(true);
      }
      expect(t.stateCode).toBe(t.gstin.slice(0, 2));
    }
    for (const g of nicSandbox) expect(SEED_TAXPAYERS.some((t) => t.gstin === g)).toBe(true);
  });

  it('buyer cancelled / suspended -> GSTIN status errors', async () => {
    for (const buyer of ['29AABCC1234C1Z9', '29AABCS4321S1ZU', '29AABCI5555I1ZA']) {
      const r = await c.generateIrn(baseInvoice({ buyer }));
      expect(r.ok, buyer).toBe(false);
      expect(
        codes(r).some((x) => ['3029', '3074', '3075', '3076'].includes(x)),
        `${buyer}: ${codes(r)}`,
      ).toBe(true);
    }
  });

  it('SEZ unit as supplier -> 2231', async () => {
    const sez = await authed(h, { gstin: '29AABCZ3333Z1Z7' });
    expect(codes(await sez.generateIrn(baseInvoice({ seller: '29AABCZ3333Z1Z7' })))).toContain('2231');
  });

  it('large taxpayer: a 31-day-old document is refused, a small taxpayer is not', async () => {
    const old = new Date(Date.now() - 31 * DAY);
    const large = await authed(h, { gstin: '29AABCL4444L1Z7' });
    const r = await large.generateIrn(baseInvoice({ seller: '29AABCL4444L1Z7', docDate: old }));
    expect(r.ok).toBe(false);
    expect(codes(await c.generateIrn(baseInvoice({ docDate: old })))).toEqual(['ok']);
  });

  it('unseeded GSTIN with a valid check digit is an active taxpayer of its state; a bad digit is 3028', async () => {
    const g14 = '29ZZZZZ9999Z1Z';
    const valid = g14 + gstinCheckDigit(g14);
    expect(codes(await c.generateIrn(baseInvoice({ buyer: valid })))).toEqual(['ok']);
    const invalid = g14 + (gstinCheckDigit(g14) === 'A' ? 'B' : 'A');
    expect(codes(await c.generateIrn(baseInvoice({ buyer: invalid })))).toContain('3028');
  });

  it('the master shows special flags (composition, not e-invoice enabled, cancelled date)', async () => {
    const com = await c.getGstinDetails('29AABCM2222M1ZG');
    expect(com).toMatchObject({ ok: true, data: { TxpType: 'COM' } });
    const off = await c.getGstinDetails('29AABCN1111N1ZJ');
    expect(off).toMatchObject({ ok: true, data: { BlkStatus: 'B' } });
    const cnl = await c.getGstinDetails('29AABCC1234C1Z9');
    expect(cnl).toMatchObject({ ok: true, data: { Status: 'CNL', DtDReg: '2024-04-01' } });
  });

  it('taxpayers can be added at run time over the admin endpoint', async () => {
    const g14 = '27ZZZZZ1111Z1Z';
    const gstin = g14 + gstinCheckDigit(g14);
    const res = await fetch(`${h.url}/admin/taxpayers`, {
      method: 'POST',
      body: JSON.stringify({
        gstin,
        legalName: 'Runtime Co',
        addr1: 'A',
        location: 'Pune',
        pin: 411001,
        stateCode: '27',
        status: 'SUS',
        type: 'REG',
        einvoiceEnabled: true,
      }),
    });
    expect(res.status).toBe(201);
    expect(await c.getGstinDetails(gstin)).toMatchObject({
      ok: true,
      data: { LegalName: 'Runtime Co', Status: 'SUS' },
    });
  });
});
