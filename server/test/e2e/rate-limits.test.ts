// Token bucket per credential, advertised on every response (reliability row 23).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gstinSession, type Harness, startHarness } from '../support/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

/** RFC 8941-style parameters of the RateLimit fields: `"default";r=9;t=1` -> { r: 9, t: 1 }. */
function params(field: string | null): Record<string, number> {
  expect(field).toMatch(/^"default"(;[a-z]=\d+)+$/);
  return Object.fromEntries(
    field!
      .split(';')
      .slice(1)
      .map((kv) => [kv.split('=')[0], Number(kv.split('=')[1])]),
  );
}

describe('rate limits', () => {
  it('advertise the plan on every response and refuse the burst beyond it with Retry-After', async () => {
    const a = await gstinSession(h, '29AAACP7879D1Z0', ['read'], 'developer'); // 10 requests/s
    const b = await gstinSession(h, '27AAPFU0939F1ZV', ['read'], 'developer');
    const path = '/v1/documents?limit=1';
    const started = performance.now();
    const responses = await Promise.all(Array.from({ length: 20 }, () => h.request('GET', path, { token: a.token })));
    const elapsedS = (performance.now() - started) / 1000;
    const ok = responses.filter((r) => r.status === 200);
    const limited = responses.filter((r) => r.status === 429);
    // A burst of 10, plus whatever the bucket refilled (10/s) while the burst was in flight.
    expect(ok.length).toBeLessThanOrEqual(10 + Math.ceil(elapsedS * 10));
    expect(ok.length + limited.length).toBe(20);
    expect(limited.length).toBeGreaterThanOrEqual(1);
    for (const r of [...ok, ...limited]) {
      expect(r.headers.get('x-ratelimit-limit')).toBe('10');
      expect(params(r.headers.get('ratelimit-policy'))).toEqual({ q: 10, w: 1 });
      expect(params(r.headers.get('ratelimit')).r).toBe(Number(r.headers.get('x-ratelimit-remaining')));
    }
    expect(Number(limited[0]!.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(limited[0]!.body.code).toBe('rate_limited');

    // Another tenant's bucket is untouched.
    const other = await h.request('GET', path, { token: b.token });
    expect(other.status).toBe(200);
    expect(Number(other.headers.get('x-ratelimit-remaining'))).toBe(9);

    // The bucket refills with time.
    await new Promise((r) => setTimeout(r, 1100));
    expect((await h.request('GET', path, { token: a.token })).status).toBe(200);
  });
});
