/**
 * The reference's §7 conformance cases that belong to the domain. Each row names the case and
 * asserts the exact NIC codes. Cases handled outside this package are listed in SKIPPED with
 * the reason (they are protocol, storage or relay concerns).
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  computeIrn,
  duplicateKey,
  ewbValidUntil,
  formatAckDt,
  type Invoice,
  pinDistanceKm,
  validateCancelEwb,
  validateCancelIrn,
  validateEwbByIrn,
  validateInvoice,
  validateInvoiceEwb,
} from '../src/index.js';
import {
  BUYER,
  BUYER_CANCELLED,
  BUYER_MH,
  BUYER_SEZ,
  codes,
  ctx,
  goodsItem,
  inv,
  NOW,
  recompute,
  SELLER,
  SELLER_LARGE,
} from './fixtures.js';

type Row = [name: string, build: () => unknown, expected: string[], extra?: Parameters<typeof ctx>[0]];

const rows: Row[] = [
  ['#1 base invoice', () => inv().build(), []],
  ['#5 IGST on intra-state', () => inv().igst().build(), ['2172']],
  [
    '#6 inter-state with CGST/SGST',
    () =>
      inv()
        .with((i) => Object.assign(i.BuyerDtls, { Gstin: BUYER_MH, Pos: '27', Stcd: '27', Pin: 400001 }))
        .build(),
    ['2174'],
  ],
  ['#6 inter-state with IGST', () => inv().interState().build(), []],
  [
    '#7 IgstOnIntra=Y, Pos 29, IGST',
    () =>
      inv()
        .igst()
        .with((i) => {
          i.TranDtls.IgstOnIntra = 'Y';
        })
        .build(),
    [],
  ],
  [
    '#7 IgstOnIntra=Y with Pos 27',
    () =>
      inv()
        .igst()
        .with((i) => {
          i.TranDtls.IgstOnIntra = 'Y';
          i.BuyerDtls.Pos = '27';
        })
        .build(),
    ['2262'],
  ],
  [
    '#8 TotInvVal 1181.50',
    () =>
      inv()
        .with((i) => {
          i.ValDtls.TotInvVal = 1181.5;
        })
        .build(),
    ['2189'],
  ],
  [
    '#8 TotInvVal 1180.90 (inside +/-1)',
    () =>
      inv()
        .with((i) => {
          i.ValDtls.TotInvVal = 1180.9;
        })
        .build(),
    [],
  ],
  [
    '#9 AssVal 999 vs items 1000',
    () =>
      inv()
        .with((i) => {
          i.ValDtls.AssVal = 999;
        })
        .build(),
    ['2182'],
  ],
  [
    '#10 AssAmt != TotAmt - Discount',
    () =>
      inv()
        .with((i) => {
          i.ItemList[0]!.Discount = 50;
        })
        .build(),
    ['2193'],
  ],
  [
    '#10 TotAmt != Qty x UnitPrice',
    () =>
      inv()
        .with((i) => {
          i.ItemList[0]!.Qty = 12;
        })
        .build(),
    ['2192'],
  ],
  [
    '#11 CGST 90, SGST 80',
    () =>
      inv()
        .with((i) => {
          i.ItemList[0]!.SgstAmt = 80;
          recompute(i);
        })
        .build(),
    ['2227', '2234'],
  ],
  [
    '#12 HSN 12345678 not in master',
    () =>
      inv()
        .with((i) => {
          i.ItemList[0]!.HsnCd = '12345678';
        })
        .build(),
    ['2176'],
  ],
  [
    '#12 HSN 0000 (schema)',
    () =>
      inv()
        .with((i) => {
          i.ItemList[0]!.HsnCd = '0000';
        })
        .build(),
    ['2140'],
  ],
  [
    '#13 Unit XYZ',
    () =>
      inv()
        .with((i) => {
          i.ItemList[0]!.Unit = 'XYZ';
        })
        .build(),
    ['2177'],
  ],
  [
    '#14 seller Stcd 27 with GSTIN 29',
    () =>
      inv()
        .with((i) => {
          Object.assign(i.SellerDtls, { Stcd: '27', Pin: 400001 });
        })
        .build(),
    ['2258', '2174'],
  ],
  [
    '#14 buyer Stcd 27 with GSTIN 29',
    () =>
      inv()
        .with((i) => {
          Object.assign(i.BuyerDtls, { Stcd: '27', Pin: 400001 });
        })
        .build(),
    ['2265'],
  ],
  [
    '#15 buyer GSTIN = seller GSTIN',
    () =>
      inv()
        .with((i) => {
          i.BuyerDtls.Gstin = SELLER;
        })
        .build(),
    ['2211'],
  ],
  [
    '#16 buyer GSTIN unknown',
    () =>
      inv()
        .with((i) => {
          i.BuyerDtls.Gstin = '29AAAAA0000A1Z5';
        })
        .build(),
    ['3028'],
  ],
  [
    '#16 buyer cancelled before DocDt',
    () =>
      inv()
        .with((i) => {
          i.BuyerDtls.Gstin = BUYER_CANCELLED;
        })
        .build(),
    ['3074'],
  ],
  [
    '#17 buyer Pin 110001 with Stcd 29',
    () =>
      inv()
        .with((i) => {
          i.BuyerDtls.Pin = 110001;
        })
        .build(),
    ['3039'],
  ],
  [
    '#18 DocDt tomorrow',
    () =>
      inv()
        .with((i) => {
          i.DocDtls.Dt = '21/11/2025';
        })
        .build(),
    ['2218'],
  ],
  [
    '#19 31 days old, large taxpayer (2305, as reported from the IRP)',
    () =>
      inv()
        .with((i) => {
          i.SellerDtls.Gstin = SELLER_LARGE;
          i.DocDtls.Dt = '20/10/2025';
        })
        .build(),
    ['2305'],
  ],
  [
    '#19 31 days old, small taxpayer',
    () =>
      inv()
        .with((i) => {
          i.DocDtls.Dt = '20/10/2025';
        })
        .build(),
    [],
  ],
  [
    '#19 31 days old, large taxpayer, rule off',
    () =>
      inv()
        .with((i) => {
          i.SellerDtls.Gstin = SELLER_LARGE;
          i.DocDtls.Dt = '20/10/2025';
        })
        .build(),
    [],
    { thirtyDayRule: false },
  ],
  [
    '#20 DocNo 0INV1',
    () =>
      inv()
        .with((i) => {
          i.DocDtls.No = '0INV1';
        })
        .build(),
    ['2140'],
  ],
  [
    '#20 DocNo /A',
    () =>
      inv()
        .with((i) => {
          i.DocDtls.No = '/A';
        })
        .build(),
    ['2140'],
  ],
  [
    '#20 DocNo -A',
    () =>
      inv()
        .with((i) => {
          i.DocDtls.No = '-A';
        })
        .build(),
    ['2140'],
  ],
  [
    '#20 DocNo of 17 characters',
    () =>
      inv()
        .with((i) => {
          i.DocDtls.No = 'A234567890123456X';
        })
        .build(),
    ['2140'],
  ],
  [
    '#21 duplicate SlNo',
    () =>
      inv()
        .with((i) => {
          i.ItemList.push(goodsItem());
          recompute(i);
        })
        .build(),
    ['2233'],
  ],
  [
    '#21 empty ItemList',
    () =>
      inv()
        .with((i) => {
          i.ItemList = [];
        })
        .build(),
    ['2228'],
  ],
  ['#21 1001 items', () => inv().items(1001).build(), ['2173']],
  ['#22 EXPWOP to URP, Pos 96', () => inv().export().build(), []],
  [
    '#22 export with a buyer GSTIN',
    () =>
      inv()
        .export()
        .with((i) => {
          i.BuyerDtls.Gstin = BUYER;
        })
        .build(),
    ['2248'],
  ],
  [
    '#22 export with Pos 29',
    () =>
      inv()
        .export()
        .with((i) => {
          i.BuyerDtls.Pos = '29';
        })
        .build(),
    ['2229'],
  ],
  [
    '#23 SEZWP with CGST/SGST',
    () =>
      inv()
        .with((i) => {
          i.TranDtls.SupTyp = 'SEZWP';
          i.BuyerDtls.Gstin = BUYER_SEZ;
        })
        .build(),
    ['2237'],
  ],
  [
    '#24 DEXP to URP',
    () =>
      inv()
        .with((i) => {
          i.TranDtls.SupTyp = 'DEXP';
          i.BuyerDtls.Gstin = 'URP';
        })
        .build(),
    ['2171'],
  ],
  [
    '#25 CRN with PrecDocDtls',
    () =>
      inv()
        .with((i) => {
          i.DocDtls.Typ = 'CRN';
          i.RefDtls = { PrecDocDtls: [{ InvNo: 'INV/2025/001', InvDt: '01/11/2025' }] };
        })
        .build(),
    [],
  ],
];

describe('reference §7 conformance cases (invoice validation)', () => {
  it.each(rows)('%s', (_name, build, expected, extra) => {
    expect(codes(validateInvoice(build(), ctx(extra)))).toEqual(expected);
  });
});

describe('reference §7 conformance cases (IRN, EWB, cancel)', () => {
  const base = () => inv().build();
  it('#1 IRN = sha256(seller + FY + "INV" + upper(DocNo))', () => {
    const i = base();
    const want = createHash('sha256').update(`${SELLER}2025-26INV${i.DocDtls.No.toUpperCase()}`).digest('hex');
    expect(computeIrn(SELLER, 'INV', i.DocDtls.No, i.DocDtls.Dt)).toBe(want);
  });
  it('#2 same payload again -> same duplicate key (the store answers 2150)', () => {
    const i = base();
    expect(duplicateKey(SELLER, 'INV', i.DocDtls.No, i.DocDtls.Dt)).toBe(
      duplicateKey(SELLER, 'inv', i.DocDtls.No, i.DocDtls.Dt),
    );
  });
  it('#3 "abc/1" then "ABC/1": same key and IRN, hashed from "ABC/1"', () => {
    expect(duplicateKey(SELLER, 'INV', 'abc/1', '20/11/2025')).toBe(duplicateKey(SELLER, 'INV', 'ABC/1', '20/11/2025'));
    expect(computeIrn(SELLER, 'INV', 'abc/1', '20/11/2025')).toBe(
      createHash('sha256').update(`${SELLER}2025-26INVABC/1`).digest('hex'),
    );
  });
  it('#4 same DocNo with Typ CRN -> different IRN', () => {
    expect(computeIrn(SELLER, 'CRN', 'X1', '20/11/2025')).not.toBe(computeIrn(SELLER, 'INV', 'X1', '20/11/2025'));
  });
  it('#25 CRN with EwbDtls -> IRN ok, EWBERR 4010', () => {
    const i = inv()
      .with((x) => {
        x.DocDtls.Typ = 'CRN';
        x.EwbDtls = { Distance: 10, TransMode: '1', VehNo: 'KA01AB1234', VehType: 'R' };
      })
      .build();
    const v = validateInvoice(i, ctx());
    expect(v.ok).toBe(true);
    expect(codes(validateInvoiceEwb(i, { now: NOW })!)).toEqual(['4010']);
  });
  it('#26 Distance 0 -> computed PIN distance, validity date + ceil(d/200) at 23:59', () => {
    const i = inv()
      .with((x) => {
        x.EwbDtls = { Distance: 0, TransMode: '1', VehNo: 'KA01AB1234', VehType: 'R' };
      })
      .build();
    const r = validateInvoiceEwb(i, { now: NOW })!;
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.distanceKm).toBe(pinDistanceKm(560001, 560025));
    expect(r.value.partAOnly).toBe(false);
    expect(formatAckDt(r.value.validUntil!)).toBe('2025-11-21 23:59:00');
  });
  it('#27 only TransId -> Part-A only, validity null', () => {
    const i = inv()
      .with((x) => {
        x.EwbDtls = { Distance: 10, TransId: '29AAACP7879D1Z0' };
      })
      .build();
    const r = validateInvoiceEwb(i, { now: NOW })!;
    expect(r).toMatchObject({ ok: true, value: { partAOnly: true, validUntil: null } });
  });
  it('#28 TransMode 1 without VehNo or TransId -> EWBERR 4011, 4019', () => {
    const i = inv()
      .with((x) => {
        x.EwbDtls = { Distance: 10, TransMode: '1' };
      })
      .build();
    expect(codes(validateInvoiceEwb(i, { now: NOW })!)).toEqual(['4011', '4019']);
  });
  const irn = computeIrn(SELLER, 'INV', 'INV/2025/001', '20/11/2025');
  const interInvoice = (): Invoice => inv().interState().build();
  it('#29 EWB by IRN with distance above 110 % of the PIN distance -> 4013', () => {
    const d = pinDistanceKm(560001, 400001)!;
    const r = validateEwbByIrn(
      { Irn: irn, Distance: Math.floor(d * 1.1) + 1, TransMode: '1', VehNo: 'KA01AB1234', VehType: 'R' },
      { invoice: interInvoice(), irnStatus: 'ACT', now: NOW, hasEwb: false },
    );
    expect(codes(r)).toEqual(['4013']);
    const ok = validateEwbByIrn(
      { Irn: irn, Distance: Math.floor(d * 1.1), TransMode: '1', VehNo: 'KA01AB1234', VehType: 'R' },
      { invoice: interInvoice(), irnStatus: 'ACT', now: NOW, hasEwb: false },
    );
    expect(ok.ok).toBe(true);
  });
  it('#29 EWB by IRN for a services-only invoice -> 4009', () => {
    const services = inv()
      .with((x) => {
        Object.assign(x.ItemList[0]!, { IsServc: 'Y', HsnCd: '998311' });
      })
      .build();
    const r = validateEwbByIrn(
      { Irn: irn, Distance: 10, TransMode: '1', VehNo: 'KA01AB1234', VehType: 'R' },
      { invoice: services, irnStatus: 'ACT', now: NOW, hasEwb: false },
    );
    expect(codes(r)).toEqual(['4009']);
  });
  const ackDt = new Date(NOW.getTime() - 3_600_000);
  const cancelState = {
    ackDt,
    now: NOW,
    status: 'ACT' as const,
    hasActiveEwb: false,
    ownerGstin: SELLER,
    callerGstin: SELLER,
  };
  const body = { Irn: irn, CnlRsn: '2', CnlRem: 'Wrong rate' };
  it('#30 cancel within 24 h -> ok; cancelling again -> 9999', () => {
    expect(validateCancelIrn(body, cancelState)).toEqual({ ok: true, value: body });
    expect(codes(validateCancelIrn(body, { ...cancelState, status: 'CNL' }))).toEqual(['9999']);
  });
  it('#31 cancel at AckDt + 24 h + 1 s -> 2270 (and at exactly 24 h it is allowed)', () => {
    const at = (ms: number) => ({ ...cancelState, now: new Date(ackDt.getTime() + ms) });
    expect(codes(validateCancelIrn(body, at(86_400_000 + 1000)))).toEqual(['2270']);
    expect(validateCancelIrn(body, at(86_400_000)).ok).toBe(true);
  });
  it('#32 active EWB -> 2230; cancel the EWB (reason 1) first, then the IRN', () => {
    expect(codes(validateCancelIrn(body, { ...cancelState, hasActiveEwb: true }))).toEqual(['2230']);
    const ewb = validateCancelEwb(
      { ewbNo: '391009149369', cancelRsnCode: '1', cancelRmrk: 'Duplicate' },
      {
        ewbDt: ackDt,
        now: NOW,
        status: 'ACT',
        ownerGstin: SELLER,
        callerGstin: SELLER,
        validUntil: ewbValidUntil(ackDt, 10),
      },
    );
    expect(ewb.ok).toBe(true);
    expect(validateCancelIrn(body, { ...cancelState, hasActiveEwb: false }).ok).toBe(true);
  });
  it('#33 cancel an IRN of another GSTIN -> 2143', () => {
    expect(codes(validateCancelIrn(body, { ...cancelState, callerGstin: BUYER }))).toEqual(['2143']);
  });
});

/** Cases that are not this package's concern, with where they are tested. */
export const SKIPPED = {
  '#2 (response)': 'Returning 2150 with InfoDtls DUPIRN needs storage: irp-sandbox/server. Here: duplicateKey.',
  '#34': 'Get IRN by document / by IRN and the 2-day window (2283): storage, irp-sandbox.',
  '#35': 'Auth token reuse / ForceRefresh: NIC protocol, irp-sandbox.',
  '#36': 'Expired/tampered token 1005, 1010, SEK errors, 1015: NIC protocol, irp-sandbox.',
  '#37': 'Parsing Adaequare / NIC error envelopes: relay (GSP adapters), server.',
  '#1 (JWT)': 'Signed invoice/QR JWTs and kid/x5t: irp-sandbox (needs keys).',
};
describe('reference §7 cases outside the domain', () => {
  it.each(Object.entries(SKIPPED))('%s is tested elsewhere: %s', (_k, why) => {
    expect(why.length).toBeGreaterThan(0);
  });
});
