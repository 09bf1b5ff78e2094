// GET /v1/status recovers (issue #15, item 3). Both sandbox GSPs fail until their circuits open. Once
// GSP_HALF_OPEN_AFTER_MS has passed, a circuit nobody has called since reads `half_open` (its next call is a
// probe), not `open` forever, and its status is no worse than `degraded` (SDKs hold their calls while an IRP
// is `down`, and only a call can probe it); the probe that succeeds closes it, and that route is `operational`
// again at once, its old failures no longer counted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gstinSession, type Harness, startHarness } from '../support/harness.js';
import { invoice } from '../support/invoices.js';

const SELLER = '29AAACP7879D1Z0';
const HALF_OPEN_MS = 3_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Gsp {
  id: string;
  status: string;
  circuit: string;
  error_rate: number;
  last_error_at: string | null;
}

let h: Harness;
let token: string;
beforeAll(async () => {
  h = await startHarness({
    GSP_BREAKER_THRESHOLD: '2',
    GSP_HALF_OPEN_AFTER_MS: String(HALF_OPEN_MS),
    // Keep the outage worker out of it: no queued document is retried while the test runs, so the only calls
    // that reach the GSPs are the test's own.
    QUEUE_POLL_MS: '60000',
  });
  token = (await gstinSession(h, SELLER, undefined, 'custom', 1000)).token;
});
afterAll(() => h.close());

const gsps = async (): Promise<Record<string, Gsp>> => {
  const res = await h.request('GET', '/v1/status');
  expect(res.status).toBe(200);
  return Object.fromEntries((res.body.gsps as Gsp[]).map((g) => [g.id, g]));
};
const fault = (faults: unknown[]) => h.request('POST', '/v1/sandbox/faults', { token, body: { faults } });

describe('the status view after an outage', () => {
  it('an idle open circuit reads half_open once a probe is due; a successful probe closes it and the route is operational', async () => {
    expect((await fault([{ mode: 'gsp_outage', count: 100 }])).status).toBe(200);
    for (let i = 0; i < 2; i++) {
      const res = await h.request('POST', '/v1/irn', { token, body: invoice(SELLER), headers: { prefer: 'wait=1' } });
      expect(res.status).toBe(202);
    }
    // The background attempts finish within a moment of the 202s.
    let during = await gsps();
    for (let i = 0; i < 20 && Object.values(during).some((g) => g.circuit !== 'open'); i++) {
      await sleep(100);
      during = await gsps();
    }
    const openedAt = Date.now();
    for (const g of Object.values(during)) {
      expect(g.circuit, g.id).toBe('open');
      expect(g.status, g.id).not.toBe('operational');
    }

    // The IRP is back, and nobody calls: once the probe is due the view says so instead of `open` forever.
    expect((await fault([])).status).toBe(200);
    await sleep(Math.max(0, openedAt + HALF_OPEN_MS + 300 - Date.now()));
    const idle = await gsps();
    for (const g of Object.values(idle)) {
      expect(g.circuit, g.id).toBe('half_open');
      // Not `down`: SDKs hold their calls while an IRP is down, and a call is what probes the route.
      expect(g.status, g.id).not.toBe('down');
    }
    expect((await h.request('GET', '/v1/status')).body.irps[0].status).not.toBe('down');

    // The next call is the probe on the primary; it succeeds, the circuit closes, the route is operational.
    const probe = await h.request('POST', '/v1/irn', { token, body: invoice(SELLER), headers: { prefer: 'wait=10' } });
    expect(probe.status, probe.text).toBe(201);
    expect(probe.body.gsp).toBe('sandbox-a');
    const after = await gsps();
    expect(after['sandbox-a']).toMatchObject({ circuit: 'closed', status: 'operational', error_rate: 0 });
    expect(after['sandbox-a']!.last_error_at).not.toBeNull(); // the history is still told
    // The backup had no call since: still half-open (its next call probes it), never `open` again by itself.
    expect(after['sandbox-b']!.circuit).toBe('half_open');
    const status = await h.request('GET', '/v1/status');
    expect(status.body.irps[0].status).not.toBe('down');
  }, 60_000);
});
