// E-way bills from IRNs, over real HTTP against the embedded sandbox IRP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gstinSession, type Harness, startHarness } from '../support/harness.js';
import { invoice, road } from '../support/invoices.js';

const SELLER = '29AAACP7879D1Z0';
let h: Harness;
let s: { token: string };

beforeAll(async () => {
  h = await startHarness();
  s = await gstinSession(h, SELLER);
});
afterAll(() => h.close());

describe('e-way bills', () => {
  it('generates by IRN, blocks the IRN cancel while active (2230), and cancels in the right order', async () => {
    const irn = (await h.request('POST', '/v1/irn', { token: s.token, body: invoice(SELLER) })).body.Irn;
    const made = await h.request('POST', '/v1/ewb', {
      token: s.token,
      body: { Irn: irn, ...road },
      headers: { 'idempotency-key': `e-${irn}` },
    });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ status: 'active', Irn: irn });
    expect(String(made.body.EwbNo)).toMatch(/^\d{12}$/);
    expect(made.body.EwbValidTill).toMatch(/ 23:59:00$/);
    expect(made.body.distance_km).toBeGreaterThan(0);

    const read = await h.request('GET', `/v1/ewb/${made.body.EwbNo}`, { token: s.token });
    expect(read.body).toEqual(made.body);
    const replay = await h.request('POST', '/v1/ewb', {
      token: s.token,
      body: { Irn: irn, ...road },
      headers: { 'idempotency-key': `e-${irn}` },
    });
    expect(replay.body).toEqual(made.body);
    const second = await h.request('POST', '/v1/ewb', { token: s.token, body: { Irn: irn, ...road } });
    expect([second.status, second.body.gstn_errors[0].code]).toEqual([422, '4002']);

    const blocked = await h.request('POST', `/v1/irn/${irn}/cancel`, { token: s.token, body: { CnlRsn: '3' } });
    expect([blocked.status, blocked.body.gstn_errors[0].code]).toEqual([422, '2230']);
    const cancelled = await h.request('POST', `/v1/ewb/${made.body.EwbNo}/cancel`, {
      token: s.token,
      body: { cancelRsnCode: '2', cancelRmrk: 'Order cancelled' },
    });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.status).toBe('cancelled');
    expect((await h.request('POST', `/v1/irn/${irn}/cancel`, { token: s.token, body: { CnlRsn: '3' } })).status).toBe(
      200,
    );
    const ledger = h.sandbox.ledger.snapshot();
    expect(ledger.ewbs.filter((e) => e.irn === irn)).toHaveLength(1);
  });

  it('comes with the IRN when EwbDtls is sent, and is listed with it', async () => {
    const made = await h.request('POST', '/v1/irn', { token: s.token, body: invoice(SELLER, { ewb: road }) });
    expect(made.status).toBe(201);
    expect(String(made.body.EwbNo)).toMatch(/^\d{12}$/);
    const ewb = await h.request('GET', `/v1/ewb/${made.body.EwbNo}`, { token: s.token });
    expect(ewb.body).toMatchObject({ Irn: made.body.Irn, status: 'active' });
  });

  it('refuses locally: a services-only invoice (4009), a road transport without a vehicle (4011)', async () => {
    const services = invoice(SELLER);
    Object.assign(services.ItemList[0]!, { IsServc: 'Y', HsnCd: '998311', Qty: undefined, Unit: undefined });
    const svc = await h.request('POST', '/v1/irn', { token: s.token, body: services });
    expect(svc.status, svc.text).toBe(201);
    const res = await h.request('POST', '/v1/ewb', { token: s.token, body: { Irn: svc.body.Irn, ...road } });
    expect(res.status).toBe(422);
    expect(res.body.gstn_errors.map((e: { code: string }) => e.code)).toContain('4009');
    const goods = (await h.request('POST', '/v1/irn', { token: s.token, body: invoice(SELLER) })).body.Irn;
    const noVehicle = await h.request('POST', '/v1/ewb', {
      token: s.token,
      body: { Irn: goods, Distance: 10, TransMode: '1' },
    });
    expect(noVehicle.status).toBe(422);
    expect(noVehicle.body.gstn_errors.map((e: { code: string }) => e.code)).toContain('4011');
  });

  it("is invisible to another GSTIN's token", async () => {
    const made = await h.request('POST', '/v1/irn', { token: s.token, body: invoice(SELLER, { ewb: road }) });
    const other = await gstinSession(h, '27AAPFU0939F1ZV');
    expect((await h.request('GET', `/v1/ewb/${made.body.EwbNo}`, { token: other.token })).status).toBe(404);
    expect(
      (
        await h.request('POST', `/v1/ewb/${made.body.EwbNo}/cancel`, {
          token: other.token,
          body: { cancelRsnCode: '1' },
        })
      ).status,
    ).toBe(404);
    expect((await h.request('GET', `/v1/irn/${made.body.Irn}`, { token: other.token })).status).toBe(404);
  });

  it('Part-A, then Part-B starts validity; a breakdown keeps it; an extension near expiry moves it', async () => {
    const irn = (await h.request('POST', '/v1/irn', { token: s.token, body: invoice(SELLER) })).body.Irn;
    const partA = await h.request('POST', '/v1/ewb', {
      token: s.token,
      body: { Irn: irn, Distance: 0, TransId: '29AAGCB7383J1Z4' },
    });
    expect(partA.status, partA.text).toBe(201);
    expect(partA.body).toMatchObject({ status: 'part_a', EwbValidTill: null });
    const ewbNo = partA.body.EwbNo;

    const first = await h.request('POST', `/v1/ewb/${ewbNo}/vehicle`, {
      token: s.token,
      body: {
        vehicleNo: 'KA01AB1234',
        fromPlace: 'Bengaluru',
        fromState: 29,
        reasonCode: '4',
        reasonRem: 'First vehicle',
        transMode: '1',
        vehicleType: 'R',
      },
    });
    expect(first.status, first.text).toBe(200);
    expect(first.body.status).toBe('active');
    expect(first.body.EwbValidTill).toMatch(/ 23:59:00$/);
    const breakdown = await h.request('POST', `/v1/ewb/${ewbNo}/vehicle`, {
      token: s.token,
      body: {
        vehicleNo: 'KA05MN4321',
        fromPlace: 'Hosur',
        fromState: 33,
        reasonCode: '1',
        reasonRem: 'Breakdown',
        transMode: '1',
        vehicleType: 'R',
      },
    });
    expect(breakdown.body.EwbValidTill).toBe(first.body.EwbValidTill);
    expect(breakdown.body.vehicles.map((v: { vehicleNo: string }) => v.vehicleNo)).toEqual([
      'KA01AB1234',
      'KA05MN4321',
    ]);

    const extend = {
      vehicleNo: 'KA05MN4321',
      fromPlace: 'Hosur',
      fromState: 33,
      fromPincode: 635109,
      remainingDistance: 25, // at most the e-way bill's distance (NIC 390)
      transMode: '1',
      extnRsnCode: '5',
      extnRemarks: 'Accident',
      consignmentStatus: 'M',
    };
    const early = await h.request('POST', `/v1/ewb/${ewbNo}/extend`, { token: s.token, body: extend });
    expect([early.status, early.body.gstn_errors?.[0]?.code]).toEqual([422, '382']);

    // Two hours before expiry, on both clocks (ours and the IRP's).
    const expiry = new Date(`${first.body.EwbValidTill.replace(' ', 'T')}+05:30`).getTime();
    const shift = expiry - 2 * 3600_000 - Date.now();
    h.server.deps.clock = { now: () => new Date(Date.now() + shift) };
    h.sandbox.admin.advanceClock(shift);
    try {
      const later = await gstinSession(h, SELLER);
      const extended = await h.request('POST', `/v1/ewb/${ewbNo}/extend`, { token: later.token, body: extend });
      expect(extended.status, extended.text).toBe(200);
      expect(extended.body.extension_count).toBe(1);
      expect(new Date(`${extended.body.EwbValidTill.replace(' ', 'T')}+05:30`).getTime()).toBeGreaterThan(expiry);
    } finally {
      h.server.deps.clock = { now: () => new Date() };
      h.sandbox.admin.advanceClock(-shift);
    }
  });
});
