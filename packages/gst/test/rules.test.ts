/** Our own table of invoice cases beyond §7: each asserts the exact NIC codes. */
import { describe, expect, it } from 'vitest';
import { loadHsnMaster, validateInvoice } from '../src/index.js';
import {
  BUYER,
  BUYER_INACTIVE,
  BUYER_MH,
  BUYER_NEW,
  BUYER_SEZ,
  BUYER_SUSPENDED,
  codes,
  ctx,
  ECOM,
  goodsItem,
  inv,
  recompute,
  SANDBOX_SELLER,
  SELLER,
  SELLER_COM_NOT_ENABLED,
  SELLER_COMPOSITION,
  SELLER_NOT_ENABLED,
  SELLER_SEZ,
} from './fixtures.js';

type Row = [name: string, build: () => unknown, expected: string[], extra?: Parameters<typeof ctx>[0]];

const rows: Row[] = [
  // schema
  ['not an object', () => 'hello', ['2140']],
  [
    'missing ValDtls',
    () =>
      inv()
        .with((i) => {
          delete (i as Partial<typeof i>).ValDtls;
        })
        .build(),
    ['2140'],
  ],
  [
    'missing supplier GSTIN',
    () =>
      inv()
        .with((i) => {
          delete (i.SellerDtls as Partial<typeof i.SellerDtls>).Gstin;
        })
        .build(),
    ['2155'],
  ],
  [
    'supplier GSTIN URP',
    () =>
      inv()
        .with((i) => {
          i.SellerDtls.Gstin = 'URP';
        })
        .build(),
    ['2213'],
  ],
  [
    'RegRev X',
    () =>
      inv()
        .with((i) => {
          (i.TranDtls as Record<string, unknown>).RegRev = 'X';
        })
        .build(),
    ['2159'],
  ],
  [
    'DocDtls.Typ ABC',
    () =>
      inv()
        .with((i) => {
          (i.DocDtls as Record<string, unknown>).Typ = 'ABC';
        })
        .build(),
    ['2161'],
  ],
  [
    'lower-case supply and document type accepted',
    () =>
      inv()
        .with((i) => {
          (i.TranDtls as Record<string, unknown>).SupTyp = 'b2b';
          (i.DocDtls as Record<string, unknown>).Typ = 'inv';
        })
        .build(),
    [],
  ],
  [
    'Version too long',
    () =>
      inv()
        .with((i) => {
          i.Version = '1.1.1.1.1';
        })
        .build(),
    ['2140'],
  ],
  [
    'double quote in LglNm',
    () =>
      inv()
        .with((i) => {
          i.SellerDtls.LglNm = 'Acme "Best"';
        })
        .build(),
    ['2140'],
  ],
  [
    'Pin 5 digits',
    () =>
      inv()
        .with((i) => {
          i.SellerDtls.Pin = 56000;
        })
        .build(),
    ['2140'],
  ],
  [
    'state code 00',
    () =>
      inv()
        .with((i) => {
          i.SellerDtls.Stcd = '00';
        })
        .build(),
    ['2140'],
  ],
  [
    'negative AssAmt',
    () =>
      inv()
        .with((i) => {
          i.ItemList[0]!.AssAmt = -1;
        })
        .build(),
    ['2140'],
  ],
  [
    'RndOffAmt 100',
    () =>
      inv()
        .with((i) => {
          i.ValDtls.RndOffAmt = 100;
        })
        .build(),
    ['2140'],
  ],
  [
    'date 2031',
    () =>
      inv()
        .with((i) => {
          i.DocDtls.Dt = '01/01/2031';
        })
        .build(),
    ['2140'],
  ],
  [
    'Distance 4001',
    () =>
      inv()
        .with((i) => {
          i.EwbDtls = { Distance: 4001 };
        })
        .build(),
    ['2140'],
  ],
  [
    'bad email',
    () =>
      inv()
        .with((i) => {
          i.SellerDtls.Em = 'not-an-email';
        })
        .build(),
    ['2140'],
  ],
  [
    'two schema errors are both reported',
    () =>
      inv()
        .with((i) => {
          i.SellerDtls.Pin = 1;
          i.BuyerDtls.Loc = 'X';
        })
        .build(),
    ['2140', '2140'],
  ],
  ['unknown keys are stripped', () => ({ ...inv().build(), Foo: 1 }), []],
  // dates
  [
    '31/02/2025 is not a date',
    () =>
      inv()
        .with((i) => {
          i.DocDtls.Dt = '31/02/2025';
        })
        .build(),
    ['2144'],
  ],
  ['today is fine', () => inv().build(), []],
  [
    '30 days old, large taxpayer: still inside',
    () =>
      inv()
        .with((i) => {
          i.SellerDtls.Gstin = '29AAACL1234A1Z1';
          i.DocDtls.Dt = '21/10/2025';
        })
        .build(),
    [],
  ],
  [
    'lower-case DocNo accepted by the schema',
    () =>
      inv()
        .with((i) => {
          i.DocDtls.No = 'abc/1';
        })
        .build(),
    [],
  ],
  // parties
  [
    'buyer registered after DocDt',
    () =>
      inv()
        .with((i) => {
          i.BuyerDtls.Gstin = BUYER_NEW;
        })
        .build(),
    ['3079'],
  ],
  [
    'buyer suspended',
    () =>
      inv()
        .with((i) => {
          i.BuyerDtls.Gstin = BUYER_SUSPENDED;
        })
        .build(),
    ['3029'],
  ],
  [
    'buyer inactive',
    () =>
      inv()
        .with((i) => {
          i.BuyerDtls.Gstin = BUYER_INACTIVE;
        })
        .build(),
    ['3076'],
  ],
  [
    'seller unknown',
    () =>
      inv()
        .with((i) => {
          i.SellerDtls.Gstin = '29AAAAA0000A1Z5';
        })
        .build(),
    ['3028'],
  ],
  [
    'SEZ supplier',
    () =>
      inv()
        .with((i) => {
          i.SellerDtls.Gstin = SELLER_SEZ;
        })
        .build(),
    ['2231'],
  ],
  // e-invoice enablement (3026) and supplier type (2300): codes seen from the IRP, our choice (README)
  [
    'seller not enabled for e-invoicing',
    () =>
      inv()
        .with((i) => {
          i.SellerDtls.Gstin = SELLER_NOT_ENABLED;
        })
        .build(),
    ['3026'],
  ],
  [
    'composition seller',
    () =>
      inv()
        .with((i) => {
          i.SellerDtls.Gstin = SELLER_COMPOSITION;
        })
        .build(),
    ['2300'],
  ],
  [
    'composition seller, not enabled: both, enablement first',
    () =>
      inv()
        .with((i) => {
          i.SellerDtls.Gstin = SELLER_COM_NOT_ENABLED;
        })
        .build(),
    ['3026', '2300'],
  ],
  [
    'composition seller that is also the buyer',
    () =>
      inv()
        .with((i) => {
          i.SellerDtls.Gstin = SELLER_COMPOSITION;
          i.BuyerDtls.Gstin = SELLER_COMPOSITION;
        })
        .build(),
    ['2211', '2300'],
  ],
  [
    'composition seller with a session GSTIN mismatch',
    () =>
      inv()
        .with((i) => {
          i.SellerDtls.Gstin = SELLER_COMPOSITION;
        })
        .build(),
    ['2300', '2143'],
    { authGstin: SELLER },
  ],
  [
    'not-enabled seller on an export',
    () =>
      inv()
        .export()
        .with((i) => {
          i.SellerDtls.Gstin = SELLER_NOT_ENABLED;
        })
        .build(),
    ['3026'],
  ],
  [
    'buyer not enabled for e-invoicing is fine',
    () =>
      inv()
        .with((i) => {
          i.BuyerDtls.Gstin = SELLER_NOT_ENABLED;
        })
        .build(),
    [],
  ],
  [
    'composition buyer is fine (B2B to a composition dealer)',
    () =>
      inv()
        .with((i) => {
          i.BuyerDtls.Gstin = SELLER_COMPOSITION;
        })
        .build(),
    [],
  ],
  [
    'sandbox GSTIN failing checksum is accepted when known',
    () =>
      inv()
        .with((i) => {
          Object.assign(i.SellerDtls, { Gstin: SANDBOX_SELLER, Stcd: '02', Pin: 171302 });
          i.BuyerDtls.Pos = '02';
        })
        .build(),
    [],
  ],
  ['session GSTIN differs (2143, our choice)', () => inv().build(), ['2143'], { authGstin: BUYER }],
  [
    'session GSTIN is the e-commerce operator',
    () =>
      inv()
        .with((i) => {
          i.TranDtls.EcmGstin = ECOM;
        })
        .build(),
    [],
    { authGstin: ECOM },
  ],
  [
    'e-commerce GSTIN not a TCS registration',
    () =>
      inv()
        .with((i) => {
          i.TranDtls.EcmGstin = BUYER_MH;
        })
        .build(),
    ['3028'],
  ],
  [
    'seller PIN outside the state',
    () =>
      inv()
        .with((i) => {
          i.SellerDtls.Pin = 400001;
        })
        .build(),
    ['2178'],
  ],
  [
    'buyer PIN missing for a domestic supply',
    () =>
      inv()
        .with((i) => {
          delete i.BuyerDtls.Pin;
        })
        .build(),
    ['2244'],
  ],
  [
    'single-digit state code "9"',
    () =>
      inv()
        .with((i) => {
          Object.assign(i.BuyerDtls, { Gstin: '09AAJCM7191E1Z5', Stcd: '9', Pos: '9', Pin: 201301 });
        })
        .igst()
        .build(),
    ['3028'],
  ],
  [
    'invalid state code 28',
    () =>
      inv()
        .with((i) => {
          i.BuyerDtls.Stcd = '28';
        })
        .build(),
    ['2260', '2265'],
  ],
  [
    'dispatch state code 45',
    () =>
      inv()
        .with((i) => {
          i.DispDtls = { Nm: 'Warehouse', Addr1: 'Plot 1', Loc: 'Hosur', Pin: 635109, Stcd: '45' };
        })
        .build(),
    ['2200'],
  ],
  [
    'dispatch PIN in the wrong state',
    () =>
      inv()
        .with((i) => {
          i.DispDtls = { Nm: 'Warehouse', Addr1: 'Plot 1', Loc: 'Hosur', Pin: 635109, Stcd: '29' };
        })
        .build(),
    ['2178'],
  ],
  [
    'ship-to in Tamil Nadu is fine',
    () =>
      inv()
        .with((i) => {
          i.ShipDtls = { LglNm: 'Branch', Addr1: 'Plot 1', Loc: 'Hosur', Pin: 635109, Stcd: '33' };
        })
        .build(),
    [],
  ],
  // tax type
  [
    'intra-state with no tax at 18 %',
    () =>
      inv()
        .with((i) => {
          Object.assign(i.ItemList[0]!, { CgstAmt: 0, SgstAmt: 0 });
          recompute(i);
        })
        .build(),
    ['2241'],
  ],
  [
    'reverse charge on DEXP',
    () =>
      inv()
        .with((i) => {
          i.TranDtls.SupTyp = 'DEXP';
          i.TranDtls.RegRev = 'Y';
        })
        .build(),
    ['2162'],
  ],
  [
    'reverse charge on B2B',
    () =>
      inv()
        .with((i) => {
          i.TranDtls.RegRev = 'Y';
        })
        .build(),
    [],
  ],
  [
    'B2B with Pos 96',
    () =>
      inv()
        .with((i) => {
          i.BuyerDtls.Pos = '96';
        })
        .igst()
        .build(),
    ['2242'],
  ],
  [
    'SEZWP to SEZ with IGST',
    () =>
      inv()
        .igst()
        .with((i) => {
          i.TranDtls.SupTyp = 'SEZWP';
          i.BuyerDtls.Gstin = BUYER_SEZ;
        })
        .build(),
    [],
  ],
  [
    'SEZWP to a non-SEZ buyer',
    () =>
      inv()
        .igst()
        .with((i) => {
          i.TranDtls.SupTyp = 'SEZWP';
        })
        .build(),
    ['2247'],
  ],
  [
    'export with CGST/SGST',
    () =>
      inv()
        .export()
        .with((i) => {
          Object.assign(i.ItemList[0]!, { GstRt: 18, CgstAmt: 90, SgstAmt: 90 });
          recompute(i);
        })
        .build(),
    ['2180'],
  ],
  [
    'export with buyer Stcd 29',
    () =>
      inv()
        .export()
        .with((i) => {
          i.BuyerDtls.Stcd = '29';
        })
        .build(),
    ['2261'],
  ],
  [
    'EXPWP with IGST',
    () =>
      inv()
        .export()
        .with((i) => {
          i.TranDtls.SupTyp = 'EXPWP';
          Object.assign(i.ItemList[0]!, { GstRt: 18, IgstAmt: 180 });
          recompute(i);
        })
        .build(),
    [],
  ],
  [
    'export without country',
    () =>
      inv()
        .export()
        .with((i) => {
          delete i.ExpDtls;
        })
        .build(),
    ['2202'],
  ],
  [
    'export to country XX',
    () =>
      inv()
        .export()
        .with((i) => {
          i.ExpDtls!.CntCode = 'XX';
        })
        .build(),
    ['2202'],
  ],
  [
    'export via unknown port',
    () =>
      inv()
        .export()
        .with((i) => {
          i.ExpDtls!.Port = 'INXXX9';
        })
        .build(),
    ['2201'],
  ],
  [
    'export in currency ABC',
    () =>
      inv()
        .export()
        .with((i) => {
          i.ExpDtls!.ForCur = 'ABC';
        })
        .build(),
    ['2203'],
  ],
  // items and arithmetic
  [
    'goods without Qty',
    () =>
      inv()
        .with((i) => {
          delete i.ItemList[0]!.Qty;
        })
        .build(),
    ['2238'],
  ],
  [
    'goods without Unit',
    () =>
      inv()
        .with((i) => {
          delete i.ItemList[0]!.Unit;
        })
        .build(),
    ['2239'],
  ],
  [
    'service without Qty/Unit',
    () =>
      inv()
        .with((i) => {
          const it = i.ItemList[0]!;
          Object.assign(it, { IsServc: 'Y', HsnCd: '998311' });
          delete it.Qty;
          delete it.Unit;
        })
        .build(),
    [],
  ],
  [
    'GST rate 17',
    () =>
      inv()
        .with((i) => {
          Object.assign(i.ItemList[0]!, { GstRt: 17, CgstAmt: 85, SgstAmt: 85 });
          recompute(i);
        })
        .build(),
    ['2240'],
  ],
  [
    'GST rate 40 (GST 2.0)',
    () =>
      inv()
        .with((i) => {
          Object.assign(i.ItemList[0]!, { GstRt: 40, CgstAmt: 200, SgstAmt: 200 });
          recompute(i);
        })
        .build(),
    [],
  ],
  [
    'CGST/SGST not matching the rate',
    () =>
      inv()
        .with((i) => {
          Object.assign(i.ItemList[0]!, { CgstAmt: 50, SgstAmt: 50 });
          recompute(i);
        })
        .build(),
    ['2234'],
  ],
  [
    'IGST not matching the rate',
    () =>
      inv()
        .interState()
        .with((i) => {
          i.ItemList[0]!.IgstAmt = 100;
          recompute(i);
        })
        .build(),
    ['2235'],
  ],
  [
    'TotItemVal off by 5',
    () =>
      inv()
        .with((i) => {
          i.ItemList[0]!.TotItemVal = 1185;
        })
        .build(),
    ['2194'],
  ],
  [
    'TotItemVal off by 1 (inside tolerance)',
    () =>
      inv()
        .with((i) => {
          i.ItemList[0]!.TotItemVal = 1181;
        })
        .build(),
    [],
  ],
  [
    'cess amount vs cess rate',
    () =>
      inv()
        .with((i) => {
          Object.assign(i.ItemList[0]!, { CesRt: 12, CesAmt: 100 });
          recompute(i);
          i.ItemList[0]!.TotItemVal = 1280;
          i.ValDtls.CesVal = 100;
          i.ValDtls.TotInvVal = 1280;
        })
        .build(),
    ['2266'],
  ],
  [
    'state cess amount vs rate',
    () =>
      inv()
        .with((i) => {
          Object.assign(i.ItemList[0]!, { StateCesRt: 1, StateCesAmt: 50, TotItemVal: 1230 });
          i.ValDtls.StCesVal = 50;
          i.ValDtls.TotInvVal = 1230;
        })
        .build(),
    ['2267'],
  ],
  [
    'HSN chapter 77',
    () =>
      inv()
        .with((i) => {
          i.ItemList[0]!.HsnCd = '7701';
        })
        .build(),
    ['2176'],
  ],
  [
    'SAC with 4 digits',
    () =>
      inv()
        .with((i) => {
          Object.assign(i.ItemList[0]!, { IsServc: 'Y', HsnCd: '9983' });
        })
        .build(),
    ['2176'],
  ],
  [
    'HSN 1001 (wheat)',
    () =>
      inv()
        .with((i) => {
          i.ItemList[0]!.HsnCd = '1001';
        })
        .build(),
    [],
  ],
  [
    'loaded master refuses a code it lacks',
    () => inv().build(),
    ['2176'],
    { hsnMaster: loadHsnMaster('HSN_CD,Description\n1001,Wheat\n') },
  ],
  [
    'unit in lower case',
    () =>
      inv()
        .with((i) => {
          i.ItemList[0]!.Unit = 'nos';
        })
        .build(),
    [],
  ],
  [
    'SlNo "01" and "1" collide',
    () =>
      inv()
        .with((i) => {
          i.ItemList.push(goodsItem({ SlNo: '01' }));
          recompute(i);
        })
        .build(),
    ['2233'],
  ],
  ['1000 items is the limit', () => inv().items(1000).build(), []],
  // totals
  [
    'SGST total',
    () =>
      inv()
        .with((i) => {
          i.ValDtls.SgstVal = 80;
          i.ValDtls.TotInvVal = 1170;
        })
        .build(),
    ['2183'],
  ],
  [
    'CGST total',
    () =>
      inv()
        .with((i) => {
          i.ValDtls.CgstVal = 80;
          i.ValDtls.TotInvVal = 1170;
        })
        .build(),
    ['2184'],
  ],
  [
    'IGST total',
    () =>
      inv()
        .interState()
        .with((i) => {
          i.ValDtls.IgstVal = 170;
          i.ValDtls.TotInvVal = 1170;
        })
        .build(),
    ['2185'],
  ],
  [
    'cess total',
    () =>
      inv()
        .with((i) => {
          i.ValDtls.CesVal = 10;
          i.ValDtls.TotInvVal = 1190;
        })
        .build(),
    ['2186'],
  ],
  [
    'state cess total',
    () =>
      inv()
        .with((i) => {
          i.ValDtls.StCesVal = 10;
          i.ValDtls.TotInvVal = 1190;
        })
        .build(),
    ['2187'],
  ],
  [
    'invoice discount and other charges and round-off',
    () =>
      inv()
        .with((i) => {
          Object.assign(i.ValDtls, { Discount: 10, OthChrg: 100, RndOffAmt: -0.2, TotInvVal: 1269.8 });
        })
        .build(),
    [],
  ],
  [
    'discount not below the invoice value',
    () =>
      inv()
        .with((i) => {
          Object.assign(i.ValDtls, { Discount: 1180, TotInvVal: 0 });
        })
        .build(),
    ['2220'],
  ],
  [
    'several errors, stable order',
    () =>
      inv()
        .with((i) => {
          i.DocDtls.Dt = '21/11/2025';
          i.BuyerDtls.Gstin = SELLER;
          i.ItemList[0]!.Unit = 'XYZ';
          i.ValDtls.TotInvVal = 2000;
        })
        .build(),
    ['2218', '2211', '2177', '2189'],
  ],
  // credit / debit notes
  [
    'CRN without reference (default: allowed)',
    () =>
      inv()
        .with((i) => {
          i.DocDtls.Typ = 'CRN';
        })
        .build(),
    [],
  ],
  [
    'CRN without reference, server mode',
    () =>
      inv()
        .with((i) => {
          i.DocDtls.Typ = 'CRN';
        })
        .build(),
    ['2191'],
    { requirePrecedingDoc: true },
  ],
  [
    'DBN without reference, server mode',
    () =>
      inv()
        .with((i) => {
          i.DocDtls.Typ = 'DBN';
        })
        .build(),
    ['2191'],
    { requirePrecedingDoc: true },
  ],
  ['INV never needs a reference', () => inv().build(), [], { requirePrecedingDoc: true }],
];

describe('own invoice cases', () => {
  it.each(rows)('%s', (_name, build, expected, extra) => {
    expect(codes(validateInvoice(build(), ctx(extra)))).toEqual(expected);
  });
  it('every error carries message, hint and a JSON pointer', () => {
    const r = validateInvoice(
      inv()
        .with((i) => {
          i.ItemList[0]!.HsnCd = '12345678';
          i.BuyerDtls.Pin = 110001;
        })
        .build(),
      ctx(),
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([
      expect.objectContaining({ code: '3039', pointer: '/BuyerDtls/Pin' }),
      expect.objectContaining({
        code: '2176',
        pointer: '/ItemList/0/HsnCd',
        message: 'Invalid HSN code(s) - 12345678',
      }),
    ]);
    for (const e of r.errors) {
      expect(e.hint.length).toBeGreaterThan(10);
      expect(e.message).not.toMatch(/\{\d\}/);
    }
  });
  it('schema errors point at the field', () => {
    const r = validateInvoice(
      inv()
        .with((i) => {
          i.ItemList[0]!.HsnCd = '0000';
        })
        .build(),
      ctx(),
    );
    expect(r).toMatchObject({ ok: false, errors: [{ code: '2140', pointer: '/ItemList/0/HsnCd' }] });
  });
  it('returns the parsed invoice, upper-casing case-insensitive enums', () => {
    const r = validateInvoice(
      inv()
        .with((i) => {
          (i.DocDtls as Record<string, unknown>).Typ = 'inv';
        })
        .build(),
      ctx(),
    );
    expect(r.ok && r.value.DocDtls.Typ).toBe('INV');
  });
  it('never mutates its input', () => {
    const i = inv().build();
    const copy = JSON.stringify(i);
    validateInvoice(i, ctx());
    expect(JSON.stringify(i)).toBe(copy);
  });
});

export { BUYER };
