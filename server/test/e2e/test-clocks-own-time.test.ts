// Our own time-dependent machinery follows a GSTIN's test clock over real HTTP (issue #20, docs/adr/0025): the
// expiry of access tokens issued for the GSTIN, and Idempotency-Key retention.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gstinSession, type Harness, startHarness } from '../support/harness.js';
import { uniqueDocNo } from '../support/invoices.js';

const SELLER = '29AAACP7879D1Z0';
let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

async function clockAt(frozen: Date, token: string): Promise<{ id: string; frozen_time: string }> {
  const res = await h.request('POST', '/v1/test_clocks', {
    token,
    body: { name: 'own time', frozen_time: frozen.toISOString() },
    headers: { 'idempotency-key': `clock-${uniqueDocNo()}` },
  });
  expect(res.status, res.text).toBe(201);
  return res.body;
}

/** Advanced with the account key, which never expires on a clock. */
async function advance(id: string, seconds: number) {
  const res = await h.request('POST', `/v1/test_clocks/${id}/advance`, {
    token: h.apiKey,
    body: { advance_by_seconds: seconds },
    headers: { 'idempotency-key': `adv-${uniqueDocNo()}` },
  });
  expect(res.status, res.text).toBe(200);
  return res.body as { frozen_time: string };
}

const remove = (id: string) => h.request('DELETE', `/v1/test_clocks/${id}`, { token: h.apiKey });

describe('access tokens expire on the clock', () => {
  it('a token issued at clock time T works until T+TTL on the clock, then answers 401 invalid_token', async () => {
    const ttl = h.server.deps.settings.accessTokenTtlSeconds;
    const first = await gstinSession(h, SELLER);
    // Two days back: on the wall clock alone the token issued on the clock would still be fresh, and a clock
    // in the past must not expire it at once either.
    const clock = await clockAt(new Date(Date.now() - 48 * 3600_000), first.token);
    try {
      const onClock = await gstinSession(h, SELLER);
      const read = () => h.request('GET', `/v1/test_clocks/${clock.id}`, { token: onClock.token });
      expect((await read()).status).toBe(200);
      await advance(clock.id, ttl - 60);
      expect((await read()).status).toBe(200);
      await advance(clock.id, 61);
      const late = await read();
      expect(late.status, late.text).toBe(401);
      expect(late.headers.get('content-type')).toMatch(/application\/problem\+json/);
      expect(late.body.code).toBe('invalid_token');
      expect(late.headers.get('www-authenticate')).toContain('error="invalid_token"');
      expect(late.headers.get('www-authenticate')).toContain('expired');
      // A token issued now (at the advanced clock time) works: the clock expired the old one, not the credential.
      const fresh = await h.request('POST', '/v1/oauth/token', {
        form: { grant_type: 'client_credentials' },
        headers: {
          authorization: `Basic ${Buffer.from(`${onClock.clientId}:${onClock.clientSecret}`).toString('base64')}`,
        },
      });
      expect(fresh.status, fresh.text).toBe(200);
      expect(fresh.body.expires_in).toBe(ttl);
      const again = await h.request('GET', `/v1/test_clocks/${clock.id}`, { token: fresh.body.access_token });
      expect(again.status, again.text).toBe(200);
    } finally {
      expect((await remove(clock.id)).status).toBe(200);
    }
  });

  it('a token of a GSTIN on no clock is untouched by another GSTIN advancing', async () => {
    const other = await gstinSession(h, '27AAACM3025E1ZZ');
    const seller = await gstinSession(h, SELLER);
    const clock = await clockAt(new Date(), seller.token);
    try {
      await advance(clock.id, 10 * h.server.deps.settings.accessTokenTtlSeconds);
      expect((await h.request('GET', '/v1/test_clocks', { token: other.token })).status).toBe(200);
      expect((await h.request('GET', '/v1/test_clocks', { token: seller.token })).status).toBe(401);
    } finally {
      await remove(clock.id);
    }
  });
});

describe('Idempotency-Key retention follows the clock', () => {
  it('a replay within the retention answers the stored reply; after advancing past it, a fresh request', async () => {
    const retentionSeconds = h.server.deps.settings.idempotencyTtlHours * 3600;
    const s = await gstinSession(h, SELLER);
    const clock = await clockAt(new Date(Date.now() - 72 * 3600_000), s.token);
    try {
      const key = `retained-${uniqueDocNo()}`;
      const step = (token: string) =>
        h.request('POST', `/v1/test_clocks/${clock.id}/advance`, {
          token,
          body: { advance_by_seconds: 60 },
          headers: { 'idempotency-key': key },
        });
      const first = await step(s.token);
      expect(first.status, first.text).toBe(200);
      const replay = await step(s.token);
      expect(replay.status).toBe(200);
      expect(replay.headers.get('idempotent-replayed')).toBe('true');
      expect(replay.body.frozen_time).toBe(first.body.frozen_time);

      // The key was claimed at the clock's start, and the first step moved it 60 s: one second short of the
      // retention now (a new token per step, the old ones expired on the clock).
      await advance(clock.id, retentionSeconds - 61);
      const s2 = await gstinSession(h, SELLER);
      const stillStored = await step(s2.token);
      expect(stillStored.headers.get('idempotent-replayed')).toBe('true');
      expect(stillStored.body.frozen_time).toBe(first.body.frozen_time);

      const beforeFresh = await advance(clock.id, 2);
      const s3 = await gstinSession(h, SELLER);
      const fresh = await step(s3.token);
      expect(fresh.status, fresh.text).toBe(200);
      expect(fresh.headers.get('idempotent-replayed')).toBeNull();
      expect(fresh.body.frozen_time).toBe(new Date(Date.parse(beforeFresh.frozen_time) + 60_000).toISOString());
      // ... and is itself stored for replay again.
      const replayAgain = await step(s3.token);
      expect(replayAgain.headers.get('idempotent-replayed')).toBe('true');
      expect(replayAgain.body.frozen_time).toBe(fresh.body.frozen_time);
    } finally {
      await remove(clock.id);
    }
  });
});
