import { ewbValidUntil } from '@einvoice/gst';
import type { ExtendEwbRequest, NicClient, UpdateEwbVehicleRequest } from '@einvoice/nic';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { formatEwbApiDateTime } from '../src/protocol/dates.js';
import { BUYER, baseInvoice, SELLER } from './support/fixtures.js';
import { authed, type Harness, startHarness } from './support/harness.js';

const codes = (r: { ok: boolean; errors?: { code: string }[] }) => (r.ok ? ['ok'] : r.errors!.map((e) => e.code));
const EWB_API_TIME = /^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:00 (AM|PM)$/;
const HOUR = 3_600_000;

/** An IRN plus its e-way bill: Part-A only (TransId, no vehicle) or with a vehicle (Part-B). */
async function ewbFor(c: NicClient, partB: boolean): Promise<{ irn: string; ewbNo: number }> {
  const gen = await c.generateIrn(baseInvoice());
  if (!gen.ok) throw new Error(JSON.stringify(gen.errors));
  const transport = partB ? { TransMode: '1', VehNo: 'KA01AB1234', VehType: 'R' as const } : { TransId: BUYER };
  const ewb = await c.generateEwb({ Irn: gen.data.Irn, Distance: 0, ...transport });
  if (!ewb.ok) throw new Error(JSON.stringify(ewb.errors));
  expect(ewb.data.EwbValidTill === null).toBe(!partB);
  return { irn: gen.data.Irn, ewbNo: ewb.data.EwbNo };
}

const vehicle = (ewbNo: number, over: Partial<UpdateEwbVehicleRequest> = {}): UpdateEwbVehicleRequest => ({
  // The shapes of IC's update_vehicle_info sample: numbers for fromState/reasonCode/transMode, "" and null blanks.
  ewbNo: String(ewbNo),
  fromPlace: 'Bengaluru',
  fromState: 29,
  reasonCode: 4,
  reasonRem: 'First time',
  transDocDate: '',
  transDocNo: null,
  transMode: 1,
  vehicleNo: 'KA01AB1234',
  vehicleType: 'R',
  ...over,
});

const extension = (ewbNo: number, over: Partial<ExtendEwbRequest> = {}): ExtendEwbRequest => ({
  // IC's extend_validity sample shape: numeric ewbNo, extnRsnCode and fromPincode, blank transitType.
  ewbNo,
  vehicleNo: 'KA05MN4321',
  fromPlace: 'Tumakuru',
  fromState: '29',
  fromPincode: 572101,
  remainingDistance: 5, // at most the e-way bill's own distance (390 otherwise)
  transDocDate: '',
  transDocNo: null,
  transMode: 1,
  extnRsnCode: 1,
  extnRemarks: 'Natural Calamity',
  consignmentStatus: 'M',
  transitType: '',
  addressLine1: 'NH 48',
  addressLine2: '',
  addressLine3: '29-Karnataka',
  ...over,
});

describe('stand-alone EWB API: VEHEWB (Part-B update)', () => {
  let h: Harness;
  let c: NicClient;
  beforeAll(async () => {
    h = await startHarness();
    c = await authed(h);
  });
  afterAll(() => h.close());

  it('the first Part-B of a Part-A e-way bill starts its validity from the distance; a breakdown update keeps it and joins the history', async () => {
    const { irn, ewbNo } = await ewbFor(c, false);
    const rec = h.sandbox.ledger.getEwb(ewbNo)!;
    expect(rec).toMatchObject({ partAOnly: true, validTill: null, partBAt: null, vehicles: [] });

    const before = h.sandbox.admin.now();
    const first = await c.updateEwbVehicle(vehicle(ewbNo));
    if (!first.ok) throw new Error(JSON.stringify(first.errors));
    const after = h.sandbox.admin.now();
    const expected = ewbValidUntil(before, rec.distanceKm, 'R');
    expect(first.data.validUpto).toBe(formatEwbApiDateTime(expected));
    expect([formatEwbApiDateTime(before), formatEwbApiDateTime(after)]).toContain(first.data.vehUpdDate);
    expect(Object.keys(first.data).sort()).toEqual(['validUpto', 'vehUpdDate']);
    expect(first.data.vehUpdDate).toMatch(EWB_API_TIME);
    expect(first.data.validUpto).toMatch(/^\d{2}\/\d{2}\/\d{4} 11:59:00 PM$/);
    expect(rec).toMatchObject({ partAOnly: false, validTill: expected });
    expect(rec.partBAt).not.toBeNull();

    // Get EWB by IRN now reports the validity (e-invoice format).
    const got = await c.getEwbByIrn(irn);
    expect(got.ok && got.data.EwbValidTill).toMatch(/ 23:59:00$/);

    const second = await c.updateEwbVehicle(
      vehicle(ewbNo, { vehicleNo: 'KA02CD5678', reasonCode: '1', reasonRem: 'Breakdown' }),
    );
    if (!second.ok) throw new Error(JSON.stringify(second.errors));
    expect(second.data.validUpto).toBe(first.data.validUpto);
    expect(rec.validTill).toEqual(expected);
    expect(rec.vehicles.map((v) => [v.source, v.vehicleNo, v.reasonCode, v.fromState, v.transMode])).toEqual([
      ['VEHEWB', 'KA01AB1234', '4', '29', '1'],
      ['VEHEWB', 'KA02CD5678', '1', '29', '1'],
    ]);
    expect(rec.vehicles.every((v) => v.userGstin === SELLER && EWB_API_TIME.test(v.enteredDate))).toBe(true);

    const types = h.sandbox.ledger.events.filter((e) => e.ewbNo === ewbNo).map((e) => [e.type, e.delivery]);
    expect(types).toEqual([
      ['EWB_GENERATED', 'delivered'],
      ['EWB_VEHICLE_UPDATED', 'delivered'],
      ['EWB_VEHICLE_UPDATED', 'delivered'],
    ]);
  });

  it('an e-way bill generated with a vehicle keeps its validity; the generation entry heads the history', async () => {
    const { ewbNo } = await ewbFor(c, true);
    const rec = h.sandbox.ledger.getEwb(ewbNo)!;
    const validTill = rec.validTill;
    expect(rec.vehicles).toMatchObject([
      { source: 'GENERATE', vehicleNo: 'KA01AB1234', fromPlace: 'Bengaluru', fromState: '29' },
    ]);
    const r = await c.updateEwbVehicle(
      vehicle(ewbNo, { vehicleNo: 'KA03EF9012', reasonCode: 2, reasonRem: 'Transshipment' }),
    );
    expect(r).toMatchObject({ ok: true, data: { validUpto: formatEwbApiDateTime(validTill!) } });
    expect(rec.vehicles.map((v) => v.vehicleNo)).toEqual(['KA01AB1234', 'KA03EF9012']);
  });

  it("a cancelled e-way bill (312), an unknown one (312), another GSTIN (312), and gst's Part-B rules (303, 394, 304, 4024)", async () => {
    const { ewbNo } = await ewbFor(c, true);
    expect(codes(await c.cancelEwb({ ewbNo, cancelRsnCode: '1', cancelRmrk: 'Duplicate' }))).toEqual(['ok']);
    const events = h.sandbox.ledger.events.length;
    expect(codes(await c.updateEwbVehicle(vehicle(ewbNo)))).toEqual(['312']);
    expect(codes(await c.updateEwbVehicle(vehicle(399999999999)))).toEqual(['312']);
    expect(h.sandbox.ledger.events.length).toBe(events);

    const live = await ewbFor(c, false);
    const other = await authed(h, { gstin: BUYER });
    expect(codes(await other.updateEwbVehicle(vehicle(live.ewbNo)))).toEqual(['312']);
    expect(codes(await c.updateEwbVehicle(vehicle(live.ewbNo, { vehicleNo: null })))).toEqual(['303']);
    expect(codes(await c.updateEwbVehicle(vehicle(live.ewbNo, { vehicleNo: 'KA 01 AB 1234' })))).toEqual(['2140']);
    expect(codes(await c.updateEwbVehicle(vehicle(live.ewbNo, { vehicleNo: 'K1234' })))).toEqual(['304']);
    expect(codes(await c.updateEwbVehicle(vehicle(live.ewbNo, { transMode: 2, vehicleNo: null })))).toEqual(['394']);
    expect(
      codes(await c.updateEwbVehicle(vehicle(live.ewbNo, { transMode: 2, transDocNo: 'RR123', vehicleType: 'O' }))),
    ).toEqual(['4024']);
    expect(h.sandbox.ledger.getEwb(live.ewbNo)).toMatchObject({ partAOnly: true, validTill: null, vehicles: [] });
  });

  it('an unknown action is refused (5001); CANEWB still works after a Part-B entry, within 24 h of it', async () => {
    const s = c.currentSession!;
    const res = await c.send('POST', '/ewaybillapi/v1.03/ewayapi', { action: 'GENEWAYBILL', data: 'x' }, true);
    expect(res.body).toMatchObject({ status: '0' });
    expect(JSON.parse(Buffer.from(String((res.body as { error: string }).error), 'base64').toString())).toMatchObject({
      errorCodes: '5001',
    });
    expect(s).toBe(c.currentSession);

    const { ewbNo } = await ewbFor(c, false);
    expect(codes(await c.updateEwbVehicle(vehicle(ewbNo)))).toEqual(['ok']);
    const cnl = await c.cancelEwb({ ewbNo, cancelRsnCode: '3', cancelRmrk: 'Data entry mistake' });
    expect(cnl.ok).toBe(true);
    if (cnl.ok) expect(cnl.data.cancelDate).toMatch(EWB_API_TIME);
  });
});

describe('stand-alone EWB API: EXTENDVALIDITY', () => {
  let h: Harness;
  let c: NicClient;
  beforeAll(async () => {
    h = await startHarness();
    c = await authed(h);
  });
  afterAll(() => h.close());

  const setClock = async (at: Date) => {
    const res = await fetch(`${h.url}/admin/clock`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ set: at.toISOString() }),
    });
    expect(res.status).toBe(200);
    // Moving a day or more expires the 6 h token: authenticate again, as a client would.
    expect((await c.auth()).ok).toBe(true);
  };

  it('outside the 8 h window: 382; inside (before and after the end): accepted with validity from the remaining distance', async () => {
    const { ewbNo } = await ewbFor(c, true);
    const rec = h.sandbox.ledger.getEwb(ewbNo)!;
    const end1 = rec.validTill!;
    expect(end1.getTime() - h.sandbox.admin.now().getTime()).toBeGreaterThan(8 * HOUR); // ends 23:59 IST tomorrow at the earliest

    expect(codes(await c.extendEwb(extension(ewbNo)))).toEqual(['382']);
    await setClock(new Date(end1.getTime() - 8 * HOUR - 60_000));
    expect(codes(await c.extendEwb(extension(ewbNo)))).toEqual(['382']);
    expect(rec.extensions).toEqual([]);

    // 2 h before the end: accepted; validity = 23:59 IST of today + ceil(5 / 200) days.
    await setClock(new Date(end1.getTime() - 2 * HOUR));
    const now1 = h.sandbox.admin.now();
    const ext = await c.extendEwb(extension(ewbNo));
    if (!ext.ok) throw new Error(JSON.stringify(ext.errors));
    const end2 = ewbValidUntil(now1, 5, 'R');
    expect(ext.data).toEqual({
      ewayBillNo: String(ewbNo),
      updatedDate: formatEwbApiDateTime(now1),
      validUpto: formatEwbApiDateTime(end2),
    });
    expect(ext.data.validUpto).toMatch(/ 11:59:00 PM$/);
    expect(rec.validTill).toEqual(end2);
    expect(rec.extensions).toMatchObject([
      {
        previousValidTill: end1,
        validTill: end2,
        remainingDistance: 5,
        extnRsnCode: '1',
        consignmentStatus: 'M',
        fromPincode: 572101,
        addressLine1: 'NH 48',
        addressLine2: null,
      },
    ]);
    const got = await c.getEwbByIrn(rec.irn);
    expect(got.ok && got.data.EwbValidTill).toBe(rec.validTillText);

    // 7 h after the new end (lapsed, still inside the window): VEHEWB refuses (311), extension accepted.
    await setClock(new Date(end2.getTime() + 7 * HOUR));
    expect(
      codes(
        await c.updateEwbVehicle({
          ewbNo,
          fromPlace: 'Tumakuru',
          fromState: 29,
          reasonCode: 1,
          reasonRem: 'Breakdown',
          transMode: 1,
          vehicleNo: 'KA05MN9999',
        }),
      ),
    ).toEqual(['311']);
    const late = await c.extendEwb(
      extension(ewbNo, {
        consignmentStatus: 'T',
        transitType: 'W',
        transMode: 5,
        vehicleNo: null,
        remainingDistance: 4,
        extnRsnCode: 99,
        extnRemarks: 'Held at warehouse',
      }),
    );
    expect(late).toMatchObject({
      ok: true,
      data: { validUpto: formatEwbApiDateTime(ewbValidUntil(h.sandbox.admin.now(), 4, 'R')) },
    });
    expect(rec.extensions).toHaveLength(2);

    const types = h.sandbox.ledger.events.filter((e) => e.ewbNo === ewbNo).map((e) => e.type);
    expect(types).toEqual(['EWB_GENERATED', 'EWB_EXTENDED', 'EWB_EXTENDED']);
  });

  it('a Part-A e-way bill has no validity to extend (381); a cancelled one gives 312; in movement without a vehicle 303', async () => {
    const partA = await ewbFor(c, false);
    expect(codes(await c.extendEwb(extension(partA.ewbNo)))).toEqual(['381']);
    const { ewbNo } = await ewbFor(c, true);
    const end = h.sandbox.ledger.getEwb(ewbNo)!.validTill!;
    await setClock(new Date(end.getTime() - HOUR));
    expect(codes(await c.extendEwb(extension(ewbNo, { vehicleNo: null })))).toEqual(['303']);
    h.sandbox.ledger.getEwb(ewbNo)!.status = 'CNL';
    expect(codes(await c.extendEwb(extension(ewbNo)))).toEqual(['312']);
  });
});

describe('stand-alone EWB API: faults on ewb-vehicle and ewb-extend', () => {
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

  it('error on ewb-vehicle hits VEHEWB only (EWB API envelope); ewb-extend hits EXTENDVALIDITY only', async () => {
    const { ewbNo } = await ewbFor(c, false);
    h.sandbox.admin.injectFault({
      gstin: SELLER,
      mode: 'error',
      code: '5001',
      message: 'Try later',
      ops: ['ewb-vehicle'],
    });
    h.sandbox.admin.injectFault({ gstin: SELLER, mode: 'error', code: '658', ops: ['ewb-extend'] });
    expect(codes(await c.extendEwb(extension(ewbNo)))).toEqual(['658']); // before any business rule (382)
    expect(await c.updateEwbVehicle(vehicle(ewbNo))).toMatchObject({
      ok: false,
      errors: [{ code: '5001', message: 'Try later' }],
    });
    expect(h.sandbox.ledger.getEwb(ewbNo)).toMatchObject({ partAOnly: true, vehicles: [] });
    expect(codes(await c.updateEwbVehicle(vehicle(ewbNo)))).toEqual(['ok']);
    expect(h.sandbox.admin.listFaults()).toEqual([]);
  });

  it('a fault without ops covers the new operations; one naming ewb-cancel does not', async () => {
    const { ewbNo } = await ewbFor(c, false);
    h.sandbox.admin.injectFault({ gstin: SELLER, mode: 'error', code: '5001', ops: ['ewb-cancel'] });
    expect(codes(await c.updateEwbVehicle(vehicle(ewbNo)))).toEqual(['ok']);
    h.sandbox.admin.clearFaults();
    h.sandbox.admin.injectFault({ gstin: SELLER, mode: 'error', code: '5001', count: 2 });
    expect(codes(await c.updateEwbVehicle(vehicle(ewbNo, { reasonCode: 1, reasonRem: 'Breakdown' })))).toEqual([
      '5001',
    ]);
    expect(codes(await c.extendEwb(extension(ewbNo)))).toEqual(['5001']);
  });

  it('timeout-after-commit on ewb-vehicle: the Part-B entry is committed, the event withheld, the caller never hears', async () => {
    const { ewbNo } = await ewbFor(c, false);
    h.sandbox.admin.injectFault({ gstin: SELLER, mode: 'timeout-after-commit', holdMs: 200, ops: ['ewb-vehicle'] });
    await expect(c.updateEwbVehicle(vehicle(ewbNo))).rejects.toThrow();
    const rec = h.sandbox.ledger.getEwb(ewbNo)!;
    expect(rec).toMatchObject({ partAOnly: false, vehicles: [{ vehicleNo: 'KA01AB1234' }] });
    const ev = h.sandbox.ledger.events.find((e) => e.ewbNo === ewbNo && e.type === 'EWB_VEHICLE_UPDATED');
    expect(ev?.delivery).toBe('withheld');
    // A retry is a second Part-B entry: validity kept, history grows (the sandbox does not de-duplicate VEHEWB).
    const retry = await c.updateEwbVehicle(vehicle(ewbNo));
    expect(retry).toMatchObject({ ok: true, data: { validUpto: formatEwbApiDateTime(rec.validTill!) } });
    expect(rec.vehicles).toHaveLength(2);
  });

  it('timeout-after-commit on ewb-extend commits the extension; reset drops it before processing; down answers 503 GSPERR300', async () => {
    const { ewbNo } = await ewbFor(c, true);
    const rec = h.sandbox.ledger.getEwb(ewbNo)!;
    const end = rec.validTill!;
    await fetch(`${h.url}/admin/clock`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ set: new Date(end.getTime() - HOUR).toISOString() }),
    });
    expect((await c.auth()).ok).toBe(true);

    h.sandbox.admin.injectFault({ gstin: SELLER, mode: 'reset', ops: ['ewb-extend'] });
    await expect(c.extendEwb(extension(ewbNo))).rejects.toThrow();
    expect(rec.extensions).toHaveLength(0);

    await fetch(`${h.url}/admin/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ gstin: '*', mode: 'down', ops: ['ewb-extend'] }),
    });
    const down = await c.extendEwb(extension(ewbNo));
    expect(down).toMatchObject({ ok: false, httpStatus: 503, errors: [{ code: 'GSPERR300' }] });
    expect(codes(await c.updateEwbVehicle(vehicle(ewbNo, { reasonCode: 1, reasonRem: 'Breakdown' })))).toEqual(['ok']); // other ops unaffected
    h.sandbox.admin.clearFaults();

    h.sandbox.admin.injectFault({ gstin: SELLER, mode: 'timeout-after-commit', holdMs: 200, ops: ['ewb-extend'] });
    await expect(c.extendEwb(extension(ewbNo))).rejects.toThrow();
    expect(rec.extensions).toHaveLength(1);
    expect(rec.validTill!.getTime()).toBeGreaterThan(end.getTime());
    expect(h.sandbox.ledger.events.find((e) => e.ewbNo === ewbNo && e.type === 'EWB_EXTENDED')?.delivery).toBe(
      'withheld',
    );
    // The retry finds the new validity end days away: outside the window.
    expect(codes(await c.extendEwb(extension(ewbNo)))).toEqual(['382']);
  });
});
