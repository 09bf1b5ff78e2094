import { describe, expect, it } from 'vitest';
import {
  computeIrn,
  type EwbByIrnContext,
  type EwbState,
  ewbValidUntil,
  formatAckDt,
  parseAckDt,
  pinDistanceKm,
  validateCancelEwb,
  validateEwbByIrn,
  validateExtendEwb,
  validateInvoiceEwb,
  validateUpdatePartB,
} from '../src/index.js';
import { BUYER, codes, inv, NOW, SELLER } from './fixtures.js';

describe('validity (Rule 138(10))', () => {
  it.each([
    ['2022-09-16 19:29:00', 2467, 'R', '2022-09-29 23:59:00'], // NIC sample
    ['2022-10-05 12:39:00', 10, 'R', '2022-10-06 23:59:00'], // EWB sample
    ['2023-07-04 18:13:00', 5, 'R', '2023-07-05 23:59:00'], // extension sample
    ['2025-11-20 12:00:00', 200, 'R', '2025-11-21 23:59:00'],
    ['2025-11-20 12:00:00', 201, 'R', '2025-11-22 23:59:00'],
    ['2025-11-20 23:30:00', 20, 'O', '2025-11-21 23:59:00'],
    ['2025-11-20 12:00:00', 21, 'O', '2025-11-22 23:59:00'],
    ['2025-11-20 12:00:00', 0, 'R', '2025-11-21 23:59:00'],
  ] as const)('%s + %d km (%s) -> %s', (start, km, type, until) => {
    expect(formatAckDt(ewbValidUntil(parseAckDt(start), km, type))).toBe(until);
  });
});

describe('PIN distance estimate', () => {
  it('is deterministic, symmetric, 0 for the same PIN, undefined for unknown prefixes', () => {
    expect(pinDistanceKm(560001, 400001)).toBe(pinDistanceKm(400001, 560001));
    expect(pinDistanceKm(560001, 560001)).toBe(0);
    expect(pinDistanceKm(999999, 560001)).toBeUndefined();
    expect(pinDistanceKm(12345, 560001)).toBeUndefined();
  });
  it('is near NIC for the sample (193501 -> 500055: NIC 2467 km)', () => {
    const d = pinDistanceKm(193501, 500055)!;
    expect(Math.abs(d - 2467) / 2467).toBeLessThan(0.1);
  });
});

const irn = computeIrn(SELLER, 'INV', 'INV/2025/001', '20/11/2025');
const byIrn = (body: Record<string, unknown>, extra: Partial<EwbByIrnContext> = {}) =>
  validateEwbByIrn(
    { Irn: irn, Distance: 10, ...body },
    { invoice: inv().build(), irnStatus: 'ACT', now: NOW, hasEwb: false, ...extra },
  );
const road = { TransMode: '1', VehNo: 'KA01AB1234', VehType: 'R' };

describe('EWB by IRN', () => {
  it.each([
    ['road with vehicle', road, {}, []],
    ['cancelled IRN', road, { irnStatus: 'CNL' as const }, ['4000']],
    ['EWB already exists', road, { hasEwb: true }, ['4002']],
    [
      'credit note',
      road,
      {
        invoice: inv()
          .with((i) => {
            i.DocDtls.Typ = 'CRN';
          })
          .build(),
      },
      ['4010'],
    ],
    ['road without vehicle type', { TransMode: '1', VehNo: 'KA01AB1234' }, {}, ['4022']],
    ['rail without transport document', { TransMode: '2' }, {}, ['4012', '4019']],
    ['rail with document but no date', { TransMode: '2', TransDocNo: 'RR123' }, {}, ['4023']],
    ['rail with document', { TransMode: '2', TransDocNo: 'RR123', TransDocDt: '20/11/2025' }, {}, []],
    ['v1.01 spelling TrnDocNo/TrnDocDt', { TransMode: '3', TrnDocNo: 'AWB1', TrnDocDt: '20/11/2025' }, {}, []],
    ['ODC by ship', { TransMode: '4', TransDocNo: 'BL1', TransDocDt: '20/11/2025', VehType: 'O' }, {}, ['4024']],
    ['vehicle without mode', { VehNo: 'KA01AB1234' }, {}, ['4028']],
    ['bad vehicle number', { ...road, VehNo: 'ABCD' }, {}, ['4014']],
    ['transport document in the future', { TransMode: '2', TransDocNo: 'RR1', TransDocDt: '22/11/2025' }, {}, ['4016']],
    [
      'transport document before the invoice',
      { TransMode: '2', TransDocNo: 'RR1', TransDocDt: '19/11/2025' },
      {},
      ['4021'],
    ],
    ['bad transporter id', { TransId: 'ABC123456789012' }, {}, ['4018']],
    [
      'same PIN, 10 km',
      road,
      {
        invoice: inv()
          .with((i) => {
            i.BuyerDtls.Pin = 560001;
          })
          .build(),
      },
      [],
    ],
    [
      'invoice older than 180 days',
      road,
      {
        invoice: inv()
          .with((i) => {
            i.DocDtls.Dt = '01/05/2025';
          })
          .build(),
      },
      ['820'],
    ],
    [
      'unknown PIN pair with distance 0',
      { ...road, Distance: 0, ExpShipDtls: { Addr1: 'Port', Loc: 'Male', Pin: 999999, Stcd: '96' } },
      {},
      ['721'],
    ],
    ['bad IRN (schema)', { ...road, Irn: 'xyz' }, {}, ['2140']],
    // ownership (callerGstin / ownerGstin): 2143 alone, whatever else is wrong
    ['own IRN', road, { ownerGstin: SELLER, callerGstin: SELLER }, []],
    ["another GSTIN's IRN", road, { ownerGstin: SELLER, callerGstin: BUYER }, ['2143']],
    [
      "another GSTIN's cancelled IRN with an EWB: 2143 alone",
      { TransMode: '2' },
      { ownerGstin: SELLER, callerGstin: BUYER, irnStatus: 'CNL' as const, hasEwb: true },
      ['2143'],
    ],
    [
      "another GSTIN's IRN, bad body: schema first",
      { ...road, Irn: 'xyz' },
      { ownerGstin: SELLER, callerGstin: BUYER },
      ['2140'],
    ],
    ['no ownership given: not checked', road, {}, []],
    ['only the caller given: fails closed', road, { callerGstin: SELLER }, ['2143']],
  ] as const)('%s', (_n, body, extra, expected) => {
    expect(codes(byIrn(body as Record<string, unknown>, extra))).toEqual(expected);
  });
  it('same PIN: at most 100 km', () => {
    const same = inv()
      .with((i) => {
        i.BuyerDtls.Pin = 560001;
      })
      .build();
    expect(codes(byIrn({ ...road, Distance: 101 }, { invoice: same }))).toEqual(['4013']);
    expect(codes(byIrn({ ...road, Distance: 100 }, { invoice: same }))).toEqual([]);
  });
  it('same PIN: Distance 0 is refused, the actual distance (1-100 km) must be sent (NIC release notes, Dec 2020)', () => {
    const same = inv()
      .with((i) => {
        i.BuyerDtls.Pin = 560001;
      })
      .build();
    const r = byIrn({ ...road, Distance: 0 }, { invoice: same });
    expect(codes(r)).toEqual(['4013']);
    expect(!r.ok && r.errors[0]).toMatchObject({ pointer: '/Distance', hint: expect.stringContaining('1 to 100 km') });
    expect(codes(byIrn({ ...road, Distance: 1 }, { invoice: same }))).toEqual([]);
  });
  it('returns distance, Part-A flag and validity', () => {
    const r = byIrn({ ...road, Distance: 0 });
    expect(r).toMatchObject({ ok: true, value: { partAOnly: false, distanceKm: pinDistanceKm(560001, 560025) } });
  });
  it('invoice without EwbDtls has no EWB verdict', () => {
    expect(validateInvoiceEwb(inv().build(), { now: NOW })).toBeUndefined();
  });
});

const state = (extra: Partial<EwbState> = {}): EwbState => ({
  ewbDt: new Date(NOW.getTime() - 3_600_000),
  now: NOW,
  status: 'ACT',
  ownerGstin: SELLER,
  callerGstin: SELLER,
  validUntil: parseAckDt('2025-11-21 23:59:00'),
  ...extra,
});

describe('stand-alone EWB actions', () => {
  const cancel = { ewbNo: 391009149369, cancelRsnCode: 1, cancelRmrk: 'Duplicate' };
  it.each([
    ['cancel within 24 h', {}, []],
    ['cancel by another GSTIN', { callerGstin: BUYER }, ['312']],
    ['cancel a cancelled EWB', { status: 'CNL' as const }, ['312']],
    ['cancel a verified EWB', { verified: true }, ['316']],
    ['cancel after 24 h', { now: new Date(NOW.getTime() + 24 * 3_600_000) }, ['728']],
    ['cancel after validity lapsed', { now: new Date(NOW.getTime() + 5 * 86_400_000) }, ['315']],
  ] as const)('%s', (_n, extra, expected) => {
    expect(codes(validateCancelEwb(cancel, state(extra)))).toEqual(expected);
  });
  it('cancel reason 5 is a schema error', () => {
    expect(codes(validateCancelEwb({ ...cancel, cancelRsnCode: 5 }, state()))).toEqual(['2140']);
  });

  const extend = {
    ewbNo: '301002999920',
    vehicleNo: 'GJ07DL9009',
    fromPlace: 'Vadodara',
    fromState: 24,
    fromPincode: 391510,
    remainingDistance: 5,
    transMode: 1,
    extnRsnCode: 1,
    extnRemarks: 'Flood',
    consignmentStatus: 'M',
    transitType: '',
    transDocNo: null,
    transDocDate: '',
  };
  const expiry = parseAckDt('2025-11-21 23:59:00');
  it.each([
    ['8 h before expiry', new Date(expiry.getTime() - 8 * 3_600_000), {}, []],
    ['more than 8 h before expiry', new Date(expiry.getTime() - 8 * 3_600_000 - 1000), {}, ['382']],
    ['8 h after expiry', new Date(expiry.getTime() + 8 * 3_600_000), {}, []],
    ['more than 8 h after expiry', new Date(expiry.getTime() + 8 * 3_600_000 + 1000), {}, ['382']],
    [
      'beyond 360 days',
      new Date(expiry.getTime()),
      { ewbDt: new Date(expiry.getTime() - 359.9 * 86_400_000) },
      ['821'],
    ],
    ['Part-A only (no validity yet)', new Date(expiry.getTime()), { validUntil: null }, ['381']],
    [
      'remaining distance above the e-way bill distance',
      new Date(expiry.getTime()),
      { distanceKm: 4, _body: { remainingDistance: 5 } },
      ['390'],
    ],
    ['remaining distance equal to it', new Date(expiry.getTime()), { distanceKm: 5 }, []],
    ['in movement by road without vehicle', new Date(expiry.getTime()), { _body: { vehicleNo: '' } }, ['303']],
    [
      'in movement by rail without transport document date',
      new Date(expiry.getTime()),
      { _body: { transMode: 2, vehicleNo: '', transDocNo: 'RR12345' } },
      ['385'],
    ],
    [
      'in movement by air with document number and date',
      new Date(expiry.getTime()),
      { _body: { transMode: 3, vehicleNo: '', transDocNo: 'AWB123', transDocDate: '20/11/2025' } },
      [],
    ],
    [
      'in transit without transit type',
      new Date(expiry.getTime()),
      { _body: { consignmentStatus: 'T', transMode: '' } },
      ['2140'],
    ],
    [
      'in transit, warehouse',
      new Date(expiry.getTime()),
      { _body: { consignmentStatus: 'T', transitType: 'W', transMode: '' } },
      [],
    ],
  ] as const)('extend: %s', (_n, now, extra, expected) => {
    const { _body, ...st } = extra as { _body?: Record<string, unknown> } & Partial<EwbState>;
    expect(codes(validateExtendEwb({ ...extend, ..._body }, state({ now, validUntil: expiry, ...st })))).toEqual(
      expected,
    );
  });
  it('extension validity counts from the extension time (sample: 5 km -> next day 23:59)', () => {
    const now = parseAckDt('2025-11-21 18:13:00');
    const r = validateExtendEwb(extend, state({ now, validUntil: expiry }));
    expect(r.ok && formatAckDt(r.value.validUntil)).toBe('2025-11-22 23:59:00');
  });

  const partB = {
    ewbNo: '301002999920',
    fromPlace: 'Test City',
    fromState: 24,
    reasonCode: 3,
    reasonRem: 'Vehicle Info added',
    transDocDate: '',
    transDocNo: null,
    transMode: 1,
    vehicleNo: 'GJ07DL9001',
    vehicleType: 'R',
  };
  it.each([
    ['road with vehicle (IC sample)', partB, {}, []],
    // The e-way bill system's own codes (its API error list), not the e-invoice 4011/4012/4014/315.
    ['road without vehicle', { ...partB, vehicleNo: '' }, {}, ['303']],
    ['road with a malformed vehicle number', { ...partB, vehicleNo: '1234KA' }, {}, ['304']],
    ['rail without document', { ...partB, transMode: 2, vehicleNo: '' }, {}, ['394']],
    ['after validity lapsed', partB, { now: new Date(NOW.getTime() + 5 * 86_400_000) }, ['311']],
    ['another GSTIN', partB, { callerGstin: BUYER }, ['312']],
  ] as const)('Part-B: %s', (_n, body, extra, expected) => {
    expect(codes(validateUpdatePartB(body, state(extra)))).toEqual(expected);
  });
  it('first Part-B starts the validity clock', () => {
    const r = validateUpdatePartB(partB, state({ validUntil: null, distanceKm: 450 }));
    expect(r.ok && formatAckDt(r.value.validUntil)).toBe('2025-11-23 23:59:00');
  });
});
