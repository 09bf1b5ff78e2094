// The embedded sandbox IRP is NIC-like by default (SANDBOX_LATENCY=production) and the fast switch turns it off;
// the profile's numbers against their targets are the bench's (packages/irp-sandbox bench:latency).
import { PRODUCTION_LATENCY } from '@einvoice/irp-sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { gstinSession, type Harness, startHarness } from '../support/harness.js';
import { invoice } from '../support/invoices.js';

let fast: Harness;
let production: Harness;
beforeAll(async () => {
  fast = await startHarness();
  production = await startHarness({ SANDBOX_LATENCY: 'production' });
});
afterAll(async () => {
  await fast.close();
  await production.close();
});

const latencyAt = async (h: Harness) =>
  ((await (await fetch(new URL('/admin/latency', h.server.sandboxIrpUrl))).json()) as { latency: unknown }).latency;

describe('SANDBOX_LATENCY', () => {
  it('defaults to production in sandbox mode', () => {
    expect(loadConfig({ EINVOICE_MODE: 'sandbox' }).SANDBOX_LATENCY).toBe('production');
    expect(() => loadConfig({ EINVOICE_MODE: 'sandbox', SANDBOX_LATENCY: 'slow' })).toThrow(/SANDBOX_LATENCY/);
  });

  it('production: the embedded IRP delays each operation per the documented profile; off: no delay', async () => {
    expect(await latencyAt(production)).toEqual(PRODUCTION_LATENCY);
    expect(await latencyAt(fast)).toBeNull();
  });

  it('the request log and the status page show the simulated upstream time', async () => {
    const session = await gstinSession(production, '29AAACP7879D1Z0');
    const made = await production.request('POST', '/v1/irn', {
      token: session.token,
      body: invoice('29AAACP7879D1Z0'),
    });
    expect(made.status, made.text).toBe(201);
    const logs = await production.request('GET', '/v1/logs?limit=5', { token: production.apiKey });
    const generated = logs.body.data.find((l: { operation: string }) => l.operation === 'generateIrn');
    const detail = await production.request('GET', `/v1/logs/${generated.id}`, { token: production.apiKey });
    // Generate IRN at the IRP: log-normal around 450 ms (a draw under 20 ms has odds of about 1 in 100 000); the
    // fast sandbox answers in a few ms.
    expect(detail.body.latency_ms.upstream).toBeGreaterThan(20);
    expect(detail.body.upstream_attempts[0].latency_ms).toBeGreaterThan(20);
    // The status page's per-IRP latency is measured on the same calls.
    const status = await production.request('GET', '/v1/status');
    expect(status.body.irps[0].latency_ms.p50).toBeGreaterThan(20);
  });
});
