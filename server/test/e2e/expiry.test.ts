// Idempotency-Keys expire after 24 h and are reaped; /metrics counts calls (reliability row 7).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reapExpired } from '../../src/app/usecases/reaper.js';
import { gstinSession, type Harness, startHarness } from '../support/harness.js';
import { invoice } from '../support/invoices.js';

const SELLER = '29AAACP7879D1Z0';
let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

describe('key expiry', () => {
  it('reaps keys after 24 h; the same key then starts a new request', async () => {
    const s = await gstinSession(h, SELLER);
    const inv = invoice(SELLER);
    const key = `exp-${inv.DocDtls.No}`;
    const first = await h.request('POST', '/v1/irn', {
      token: s.token,
      body: inv,
      headers: { 'idempotency-key': key },
    });
    expect(first.status).toBe(201);
    const accountId = h.accountId;
    expect(await h.server.deps.storage.idempotency.get(accountId, SELLER, key)).toBeDefined();

    expect((await reapExpired(h.server.deps)).idempotencyKeys).toBe(0);
    const real = Date.now();
    h.server.deps.clock = { now: () => new Date(real + 24 * 3600_000 + 1000) };
    try {
      const reaped = await reapExpired(h.server.deps);
      expect(reaped.idempotencyKeys).toBeGreaterThanOrEqual(1);
      expect(reaped.tokens).toBeGreaterThanOrEqual(1);
      expect(await h.server.deps.storage.idempotency.get(accountId, SELLER, key)).toBeUndefined();
      // Reusing the key with another body is now a new request, not a 422.
      const later = await gstinSession(h, SELLER);
      const other = invoice(SELLER);
      const res = await h.request('POST', '/v1/irn', {
        token: later.token,
        body: other,
        headers: { 'idempotency-key': key },
      });
      expect(res.status).toBe(201);
    } finally {
      h.server.deps.clock = { now: () => new Date() };
    }
  });

  it('exposes Prometheus metrics', async () => {
    const res = await fetch(`${h.url}/metrics`);
    const text = await res.text();
    expect(text).toMatch(/einvoice_http_requests_total\{operation="generateIrn",status="201"\} \d+/);
    expect(text).toContain('einvoice_upstream_attempts_total');
  });
});
