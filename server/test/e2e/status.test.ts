// GET /v1/status reflects what the GSP routes have been doing; GET /v1/taxpayers asks the IRP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gstinSession, type Harness, startHarness } from '../support/harness.js';
import { invoice } from '../support/invoices.js';

const SELLER = '29AAACP7879D1Z0';
let h: Harness;
let s: { token: string };

beforeAll(async () => {
  h = await startHarness();
  s = await gstinSession(h, SELLER, undefined, 'custom', 1000);
});
afterAll(() => h.close());

describe('getStatus', () => {
  it('is public, and turns degraded/down while the IRP fails', async () => {
    const f = await h.request('POST', '/v1/sandbox/faults', { token: s.token, body: { faults: [] } });
    expect(f.status).toBe(200);
    const fresh = await h.request('GET', '/v1/status');
    expect(fresh.status).toBe(200);
    expect(fresh.body.status).toBe('operational');
    expect(fresh.body.gsps[0]).toMatchObject({ id: 'sandbox-a', circuit: 'closed' });

    await h.request('POST', '/v1/sandbox/faults', {
      token: s.token,
      body: { faults: [{ mode: 'gsp_outage', count: 100 }] },
    });
    // wait=1, not 0: wait=0 answers 202 at once and leaves the attempts to the background (Prefer bounds the answer).
    for (let i = 0; i < 3; i++)
      await h.request('POST', '/v1/irn', { token: s.token, body: invoice(SELLER), headers: { prefer: 'wait=1' } });
    await h.request('POST', '/v1/sandbox/faults', { token: s.token, body: { faults: [] } });
    const down = await h.request('GET', '/v1/status');
    expect(down.body.status).not.toBe('operational');
    for (const gsp of down.body.gsps) {
      expect(['degraded', 'down']).toContain(gsp.status);
      expect(gsp.error_rate).toBeGreaterThan(0.5);
      expect(gsp.last_error_at).not.toBeNull();
    }
    expect(down.body.irps[0].id).toBe('SANDBOX');
  });
});

describe('getTaxpayer', () => {
  it("returns the IRP's record of a GSTIN, and 3028 for one it does not know", async () => {
    const known = await h.request('GET', '/v1/taxpayers/29AAGCB7383J1Z4', { token: s.token });
    expect(known.status, known.text).toBe(200);
    expect(known.body).toMatchObject({ Gstin: '29AAGCB7383J1Z4', Status: 'ACT' });
    const unknown = await h.request('GET', '/v1/taxpayers/29AAGCB7383J1Z5', { token: s.token });
    expect(unknown.status).toBe(422);
    expect(unknown.body.gstn_errors[0].code).toBe('3028');
  });
});
