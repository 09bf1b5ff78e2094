// Issue #20 items 3 and 4 over real HTTP: NIC's e-way bill rules (same-PIN distance, the e-way bill system's own
// Part-B and extension codes, the transport document for rail/air/ship) and the time-dependent rules rehearsed
// with a test clock (extension window, remaining distance, the 24-hour cancel limit, the IRP's 2-day retrieval).
import { DEFAULT_CLIENT } from '@einvoice/irp-sandbox';
import { NicClient } from '@einvoice/nic';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gstinSession, type Harness, startHarness } from '../support/harness.js';
import { invoice, uniqueDocNo } from '../support/invoices.js';

const SELLER = '29AAACP7879D1Z0';
const HOUR = 3600_000;
let h: Harness;
let s: { token: string };

const road = { Distance: 0, TransMode: '1', VehNo: 'KA01AB1234', VehType: 'R' };
const codes = (res: { body: { gstn_errors?: { code: string }[] } }) => res.body.gstn_errors?.map((e) => e.code);

beforeAll(async () => {
  h = await startHarness();
  s = await gstinSession(h, SELLER);
});
afterAll(() => h.close());

/** dd/MM/yyyy in IST of an instant. */
function istDate(at: Date): string {
  const d = new Date(at.getTime() + 5.5 * HOUR);
  return `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`;
}

/** `yyyy-MM-dd HH:mm:ss` IST -> instant. */
const fromIst = (text: string) => new Date(`${text.replace(' ', 'T')}+05:30`);

async function irnOn(at: Date | undefined, tweak: (i: ReturnType<typeof invoice>) => void = () => undefined) {
  const inv = invoice(SELLER, { docNo: uniqueDocNo() });
  if (at) inv.DocDtls.Dt = istDate(at);
  tweak(inv);
  const made = await h.request('POST', '/v1/irn', { token: s.token, body: inv });
  expect(made.status, made.text).toBe(201);
  return made.body as { Irn: string };
}

async function ewb(irn: string, transport: Record<string, unknown> = road) {
  const made = await h.request('POST', '/v1/ewb', { token: s.token, body: { Irn: irn, ...transport } });
  expect(made.status, made.text).toBe(201);
  return made.body as { EwbNo: number; EwbValidTill: string | null };
}

const extendBody = (over: Record<string, unknown> = {}) => ({
  vehicleNo: 'KA05MN4321',
  fromPlace: 'Hosur',
  fromState: 29,
  fromPincode: 560058,
  remainingDistance: 20,
  transMode: '1',
  extnRsnCode: '1',
  extnRemarks: 'Flood',
  consignmentStatus: 'M',
  ...over,
});
const extend = (ewbNo: number, over: Record<string, unknown> = {}) =>
  h.request('POST', `/v1/ewb/${ewbNo}/extend`, { token: s.token, body: extendBody(over) });

describe('NIC e-way bill rules (item 3)', () => {
  it('same dispatch and delivery PIN: Distance 0 is refused with a hint, the actual distance (1-100 km) passes', async () => {
    const samePin = (i: ReturnType<typeof invoice>) => {
      i.BuyerDtls.Pin = i.SellerDtls.Pin;
    };
    const { Irn } = await irnOn(undefined, samePin);
    const zero = await h.request('POST', '/v1/ewb', { token: s.token, body: { Irn, ...road } });
    expect(zero.status, zero.text).toBe(422);
    expect(zero.body.gstn_errors[0]).toMatchObject({ code: '4013', pointer: '/Distance' });
    expect(zero.body.gstn_errors[0].hint).toContain('1 to 100 km');
    expect(h.sandbox.ledger.snapshot().ewbs.some((e) => e.irn === Irn)).toBe(false);
    const actual = await ewb(Irn, { ...road, Distance: 12 });
    expect(actual.EwbValidTill).toMatch(/ 23:59:00$/);
  });

  it("Part-B updates answer with the e-way bill system's codes and hints: 303, 304, 394", async () => {
    const { Irn } = await irnOn(undefined);
    const { EwbNo } = await ewb(Irn);
    const part = (over: Record<string, unknown>) =>
      h.request('POST', `/v1/ewb/${EwbNo}/vehicle`, {
        token: s.token,
        body: { fromPlace: 'Hosur', fromState: 29, reasonCode: '1', reasonRem: 'Breakdown', transMode: '1', ...over },
      });
    const noVehicle = await part({});
    expect([noVehicle.status, codes(noVehicle)]).toEqual([422, ['303']]);
    expect(noVehicle.body.gstn_errors[0].hint).toBeTruthy();
    expect(codes(await part({ vehicleNo: '1234KA' }))).toEqual(['304']);
    expect(codes(await part({ transMode: '2' }))).toEqual(['394']);
  });

  it('extending a Part-A-only e-way bill gets 381 ("no vehicle entered"), not the window error', async () => {
    const { Irn } = await irnOn(undefined);
    const partA = await ewb(Irn, { Distance: 0, TransId: '29AAGCB7383J1Z4' });
    const res = await extend(partA.EwbNo);
    expect([res.status, codes(res)]).toEqual([422, ['381']]);
    expect(res.body.gstn_errors[0].hint).toContain('Part-B');
  });
});

describe('time-dependent rules on a test clock (item 4)', () => {
  let clockId: string;
  let frozen: Date;
  beforeAll(async () => {
    // 10:00 IST today: validity of a <= 200 km e-way bill ends 23:59 IST tomorrow.
    const today = new Date();
    frozen = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate(), 4, 30));
    const res = await h.request('POST', '/v1/test_clocks', {
      token: s.token,
      body: { name: 'e-way bill windows', frozen_time: frozen.toISOString() },
      headers: { 'idempotency-key': `clock-${uniqueDocNo()}` },
    });
    expect(res.status, res.text).toBe(201);
    clockId = res.body.id;
    // A token issued on the wall clock is judged on the test clock: between 00:00 and 04:30 UTC the frozen
    // instant is hours ahead of it, past its TTL. A token issued now is issued at the clock's instant.
    s = await gstinSession(h, SELLER);
  });
  afterAll(async () => {
    await h.request('DELETE', `/v1/test_clocks/${clockId}`, { token: h.apiKey });
  });
  const advanceTo = async (at: Date) => {
    const res = await h.request('POST', `/v1/test_clocks/${clockId}/advance`, {
      token: h.apiKey,
      body: { frozen_time: at.toISOString() },
      headers: { 'idempotency-key': `adv-${uniqueDocNo()}` },
    });
    expect(res.status, res.text).toBe(200);
    // Access tokens expire on the clock too: a new one at the new instant.
    s = await gstinSession(h, SELLER);
  };

  it('extension at 8 h before, at and 8 h after expiry; 8 h + 1 min after is 382; remaining distance above the original is 390; cancel after 24 h is 728; the IRP stops giving out an IRN after 2 days while our archive still does', async () => {
    // Everything is made at the frozen instant, so all four e-way bills expire together.
    const irns: { Irn: string }[] = [];
    for (let i = 0; i < 5; i++) irns.push(await irnOn(frozen));
    const bills: { EwbNo: number; EwbValidTill: string | null }[] = [];
    for (const { Irn } of irns) bills.push(await ewb(Irn));
    const expiry = fromIst(bills[0]!.EwbValidTill!);
    expect(bills.every((b) => b.EwbValidTill === bills[0]!.EwbValidTill)).toBe(true);
    expect(expiry.getTime() - frozen.getTime()).toBeGreaterThan(24 * HOUR);

    // Cancel 24 h + 1 min after generation (Part-B entered at generation): 728, while still valid.
    await advanceTo(new Date(frozen.getTime() + 24 * HOUR + 60_000));
    const late = await h.request('POST', `/v1/ewb/${bills[4]!.EwbNo}/cancel`, {
      token: s.token,
      body: { cancelRsnCode: '2' },
    });
    expect([late.status, codes(late)]).toEqual([422, ['728']]);
    expect(late.body.gstn_errors[0].hint).toBeTruthy();

    await advanceTo(new Date(expiry.getTime() - 8 * HOUR));
    const far = await extend(bills[0]!.EwbNo, { remainingDistance: 100 }); // the e-way bill's distance is 30 km
    expect([far.status, codes(far)]).toEqual([422, ['390']]);
    const before = await extend(bills[0]!.EwbNo);
    expect(before.status, before.text).toBe(200);
    expect(fromIst(before.body.EwbValidTill).getTime()).toBeGreaterThan(expiry.getTime());

    await advanceTo(expiry);
    const at = await extend(bills[1]!.EwbNo);
    expect(at.status, at.text).toBe(200);

    await advanceTo(new Date(expiry.getTime() + 8 * HOUR));
    const after = await extend(bills[2]!.EwbNo);
    expect(after.status, after.text).toBe(200);

    await advanceTo(new Date(expiry.getTime() + 8 * HOUR + 60_000));
    const tooLate = await extend(bills[3]!.EwbNo);
    expect([tooLate.status, codes(tooLate)]).toEqual([422, ['382']]);

    // More than 2 days after acknowledgement: our archive serves the IRN; the IRP refuses it (2283).
    const retrievalAt = new Date(frozen.getTime() + 2 * 24 * HOUR + 60_000);
    await advanceTo(retrievalAt); // expiry + 8 h 1 min is about 46 h after generation: this is later
    const ours = await h.request('GET', `/v1/irn/${irns[0]!.Irn}`, { token: s.token });
    expect(ours.status, ours.text).toBe(200);
    const nic = new NicClient({
      baseUrl: h.server.sandboxIrpUrl,
      clientId: DEFAULT_CLIENT.clientId,
      clientSecret: DEFAULT_CLIENT.clientSecret,
      userName: 'api_user',
      password: 'sandbox',
      gstin: SELLER,
      irpPublicKeyPem: h.sandbox.authPublicKeyPem,
      fetch: (input, init) => {
        const headers = new Headers(init?.headers);
        headers.set('x-sandbox-clock', retrievalAt.toISOString());
        return fetch(input, { ...init, headers });
      },
    });
    expect((await nic.auth()).ok).toBe(true);
    const atIrp = await nic.getIrn(irns[0]!.Irn);
    expect(!atIrp.ok && atIrp.errors[0]!.code).toBe('2283');
  });
});
