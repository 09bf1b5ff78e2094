// The E-Way Bill System beside the IRP: its own login (ACCESSTOKEN, its own RSA key), its own sessions and
// hyphenated headers, POST answers under the SEK without rek, GETs with rek and hmac. The server's
// production route and its sandbox route both talk to it through @einvoice/nic's EwbSystemClient.
import { aesEncrypt, EwbSystemClient, type NicClient } from '@einvoice/nic';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EWB_SYSTEM_PREFIX } from '../src/index.js';
import { baseInvoice, SELLER } from './support/fixtures.js';
import { authed, type Harness, startHarness } from './support/harness.js';

describe('E-Way Bill System (sandbox)', () => {
  let h: Harness;
  let einvoice: NicClient;
  let seen: { path: string; headers: Headers; body: string }[];
  const ewbClient = (password = h.sandbox.defaults.password) =>
    new EwbSystemClient({
      baseUrl: `${h.url}${EWB_SYSTEM_PREFIX}`,
      clientId: h.sandbox.defaults.clientId,
      clientSecret: h.sandbox.defaults.clientSecret,
      userName: 'ewbuser',
      password,
      gstin: SELLER,
      publicKeyPem: h.sandbox.ewbPublicKeyPem,
      fetch: async (url, init) => {
        seen.push({
          path: new URL(String(url)).pathname,
          headers: new Headers(init?.headers),
          body: String(init?.body ?? ''),
        });
        return fetch(url, init);
      },
    });
  beforeAll(async () => {
    h = await startHarness();
    einvoice = await authed(h);
  });
  afterAll(() => h.close());

  it('logs in with ACCESSTOKEN and its own key, then Part-B, read and cancel act on the IRN’s e-way bill', async () => {
    seen = [];
    const gen = await einvoice.generateIrn(baseInvoice());
    if (!gen.ok) throw new Error(JSON.stringify(gen.errors));
    const ewb = await einvoice.generateEwb({
      Irn: gen.data.Irn,
      Distance: 0,
      TransMode: '1',
      VehNo: 'KA01AB1234',
      VehType: 'R',
    });
    if (!ewb.ok) throw new Error(JSON.stringify(ewb.errors));
    const c = ewbClient();
    const login = await c.auth();
    expect(login.ok).toBe(true);
    expect(seen[0]?.path).toBe('/ewb-system/ewaybillapi/v1.03/auth');
    expect(seen[0]?.headers.get('client-id')).toBe(h.sandbox.defaults.clientId);
    expect(seen[0]?.headers.get('client_id')).toBeNull();
    expect(Object.keys(JSON.parse(seen[0]!.body)).sort()).toEqual(['action', 'app_key', 'password', 'username']);

    const veh = await c.updateEwbVehicle({
      ewbNo: ewb.data.EwbNo,
      vehicleNo: 'KA05MN4321',
      fromPlace: 'Bengaluru',
      fromState: 29,
      reasonCode: 1,
      reasonRem: 'Breakdown',
      transMode: 1,
      vehicleType: 'R',
    });
    expect(veh).toMatchObject({ ok: true, data: { validUpto: expect.any(String) } });
    const read = await c.getEwayBill(ewb.data.EwbNo);
    expect(read).toMatchObject({ ok: true, data: { ewbNo: ewb.data.EwbNo, status: 'ACT' } });
    const cnl = await c.cancelEwb({ ewbNo: ewb.data.EwbNo, cancelRsnCode: 2, cancelRmrk: 'Order cancelled' });
    expect(cnl).toMatchObject({ ok: true, data: { ewayBillNo: ewb.data.EwbNo } });
    expect(h.sandbox.ledger.getEwb(ewb.data.EwbNo)).toMatchObject({ status: 'CNL' });
  });

  it('answers POST actions without rek and GETs with rek and hmac', async () => {
    const c = ewbClient();
    await c.auth();
    const raw = async (method: string, path: string, body?: unknown) => {
      const res = await fetch(`${h.url}${EWB_SYSTEM_PREFIX}${path}`, {
        method,
        headers: {
          'content-type': 'application/json',
          'client-id': h.sandbox.defaults.clientId,
          'client-secret': h.sandbox.defaults.clientSecret,
          gstin: SELLER,
          authtoken: c.currentSession!.authToken,
        },
        ...(body ? { body: JSON.stringify(body) } : {}),
      });
      return (await res.json()) as Record<string, unknown>;
    };
    const post = await c.action<unknown>('CANEWB', { ewbNo: 1, cancelRsnCode: 2 }); // unknown e-way bill: a failure envelope
    expect(post.ok).toBe(false);
    const get = await raw('GET', `/ewaybillapi/v1.03/ewayapi/GetEwayBill?ewbNo=1`);
    expect(get.status).toBe('0');
    const gen = await einvoice.generateIrn(baseInvoice());
    if (!gen.ok) throw new Error(JSON.stringify(gen.errors));
    const ewb = await einvoice.generateEwb({
      Irn: gen.data.Irn,
      Distance: 0,
      TransMode: '1',
      VehNo: 'KA01AB1234',
      VehType: 'R',
    });
    if (!ewb.ok) throw new Error(JSON.stringify(ewb.errors));
    const ok = await raw('GET', `/ewaybillapi/v1.03/ewayapi/GetEwayBill?ewbNo=${ewb.data.EwbNo}`);
    expect(Object.keys(ok).sort()).toEqual(['data', 'hmac', 'rek', 'status']);
    const cancel = await raw('POST', '/ewaybillapi/v1.03/ewayapi', {
      action: 'CANEWB',
      data: aesEncrypt(
        c.currentSession!.sek,
        JSON.stringify({ ewbNo: ewb.data.EwbNo, cancelRsnCode: 2, cancelRmrk: 'x' }),
      ),
    });
    expect(Object.keys(cancel).sort()).toEqual(['data', 'status']);
  });

  it('keeps its sessions apart from the e-invoice system’s, and refuses a wrong password', async () => {
    const bad = await ewbClient('wrong').auth();
    expect(bad.ok).toBe(false);
    const res = await fetch(`${h.url}${EWB_SYSTEM_PREFIX}/ewaybillapi/v1.03/ewayapi/GetEwayBill?ewbNo=1`, {
      headers: {
        'client-id': h.sandbox.defaults.clientId,
        'client-secret': h.sandbox.defaults.clientSecret,
        gstin: SELLER,
        authtoken: einvoice.currentSession!.authToken, // an e-invoice token
      },
    });
    const body = (await res.json()) as { status: string; error: string };
    expect(body.status).toBe('0');
    expect(JSON.parse(Buffer.from(body.error, 'base64').toString()).errorCodes).toBe('238');
  });
});
