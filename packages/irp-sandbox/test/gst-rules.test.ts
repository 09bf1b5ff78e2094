/**
 * Behaviours that come from @einvoice/gst through src/rules.ts, seen over the real NIC protocol:
 * seller enablement (3026) and type (2300), version-aware validation, QR MainHsnCode, ownership
 * on Generate-EWB-by-IRN (2143).
 */

import { decodeNicJwtData, type NicClient } from '@einvoice/nic';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUYER, baseInvoice } from './support/fixtures.js';
import { authed, type Harness, startHarness } from './support/harness.js';

const NOT_ENABLED = '29AABCN1111N1ZJ'; // seeded: einvoiceEnabled false (BlkStatus B)
const COMPOSITION = '29AABCM2222M1ZG'; // seeded: type COM
const codes = (r: { ok: boolean; errors?: { code: string }[] }) => (r.ok ? ['ok'] : r.errors!.map((e) => e.code));

describe('gst rules over the NIC protocol', () => {
  let h: Harness;
  let c: NicClient;
  beforeAll(async () => {
    h = await startHarness();
    c = await authed(h);
  });
  afterAll(() => h.close());

  it('a seller not enabled for e-invoicing gets 3026', async () => {
    const own = await authed(h, { gstin: NOT_ENABLED });
    const r = await own.generateIrn(baseInvoice({ seller: NOT_ENABLED }));
    expect(codes(r)).toEqual(['3026']);
    expect(r.ok ? 0 : r.httpStatus).toBe(200);
    expect([...h.sandbox.ledger.irns.values()].filter((i) => i.sellerGstin === NOT_ENABLED)).toHaveLength(0);
  });

  it('a composition dealer as seller gets 2300', async () => {
    const own = await authed(h, { gstin: COMPOSITION });
    expect(codes(await own.generateIrn(baseInvoice({ seller: COMPOSITION })))).toEqual(['2300']);
    // ... while invoicing a composition dealer is an ordinary B2B supply
    expect(codes(await c.generateIrn(baseInvoice({ buyer: COMPOSITION })))).toEqual(['ok']);
  });

  it('QR MainHsnCode is the HSN of the line with the highest AssAmt', async () => {
    const inv = baseInvoice();
    (inv.ItemList as Record<string, unknown>[]).push({
      SlNo: '2',
      PrdDesc: 'Wheat',
      IsServc: 'N',
      HsnCd: '1001',
      Qty: 20,
      Unit: 'KGS',
      UnitPrice: 100,
      TotAmt: 2000,
      Discount: 0,
      AssAmt: 2000,
      GstRt: 18,
      IgstAmt: 0,
      CgstAmt: 180,
      SgstAmt: 180,
      TotItemVal: 2360,
    });
    inv.ValDtls = { AssVal: 3000, CgstVal: 270, SgstVal: 270, IgstVal: 0, TotInvVal: 3540 };
    const r = await c.generateIrn(inv);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(decodeNicJwtData<Record<string, unknown>>(r.data.SignedQRCode)).toMatchObject({
      ItemCnt: 2,
      MainHsnCode: '1001',
    });
  });

  it("Generate EWB by another GSTIN's IRN gets 2143 alone (from gst), even when the IRN is also cancelled", async () => {
    const gen = await c.generateIrn(baseInvoice());
    if (!gen.ok) throw new Error(JSON.stringify(gen.errors));
    const other = await authed(h, { gstin: BUYER });
    const body = { Irn: gen.data.Irn, Distance: 0, TransMode: '1', VehNo: 'KA01AB1234', VehType: 'R' as const };
    expect(codes(await other.generateEwb(body))).toEqual(['2143']);
    expect(codes(await c.cancelIrn({ Irn: gen.data.Irn, CnlRsn: '1', CnlRem: 'Duplicate' }))).toEqual(['ok']);
    expect(codes(await other.generateEwb(body))).toEqual(['2143']);
    expect(codes(await c.generateEwb(body))).toEqual(['4000']);
  });
});

describe('demandVersion 1.1-test: gst maps schema errors exactly as for v1.1', () => {
  let h: Harness;
  let c: NicClient;
  beforeAll(async () => {
    h = await startHarness({ demandVersion: '1.1-test' });
    c = await authed(h);
  });
  afterAll(() => h.close());

  it('an empty item list is 2228 and a missing supplier GSTIN 2155 (not a bare 2140)', async () => {
    expect(codes(await c.generateIrn({ ...baseInvoice(), ItemList: [] }))).toEqual(['2228']);
    const noSeller = baseInvoice();
    delete (noSeller.SellerDtls as Record<string, unknown>).Gstin;
    expect(codes(await c.generateIrn(noSeller))).toEqual(['2155']);
  });

  it("the version's own field is checked by its schema, with the field named", async () => {
    const inv: Record<string, unknown> = { ...baseInvoice(), Version: '1.1t' };
    (inv.ItemList as Record<string, unknown>[])[0]!.PrdCatCd = 'X'.repeat(11);
    const r = await c.generateIrn(inv);
    expect(codes(r)).toEqual(['2140']);
    expect(r.ok ? '' : r.errors[0]!.message).toContain('/ItemList/0/PrdCatCd: at most 10 characters');
  });
});
