// Webhooks end to end over real HTTP (reliability rows 9-13, 15, 29): endpoint CRUD and tenancy, deliveries
// that verify in the npm standardwebhooks AND svix libraries, rotation with two signatures, retries with the
// same webhook-id, the dead-letter queue and replay, redirects not followed, the payload limit, restarts.
// The server allows loopback receivers here (WEBHOOK_ALLOW_LOOPBACK=true); webhooks-ssrf.test.ts does not.
import { Webhook as StandardWebhook } from 'standardwebhooks';
import { Webhook as SvixWebhook } from 'svix';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { queryRawForTests } from '../../src/adapters/storage/index.js';
import { type Connect, defaultConnect } from '../../src/adapters/webhooks/index.js';
import type { WebhookTarget } from '../../src/app/policy/webhook-urls/url-guard.js';
import { createAccount } from '../../src/app/usecases/accounts.js';
import { gstinSession, type Harness } from '../support/harness.js';
import { invoice } from '../support/invoices.js';
import {
  type Received,
  Receiver,
  startWebhookHarness,
  type WebhookHarness,
  waitFor,
} from '../support/webhook-harness.js';

const SELLER = '29AAACP7879D1Z0';
const SCHEDULE = [0, 60, 120, 180, 240];
const dialed: WebhookTarget[] = [];
const spyConnect: Connect = (t) => {
  dialed.push(t);
  return defaultConnect(t);
};

let h: WebhookHarness;
let token: string;
let otherKey: string;
const receivers: Receiver[] = [];
const endpointsToDelete: string[] = [];

beforeAll(async () => {
  h = await startWebhookHarness({
    env: { WEBHOOK_ALLOW_LOOPBACK: 'true', WEBHOOK_RETRY_SCHEDULE_MS: SCHEDULE.join(',') },
    connect: spyConnect,
  });
  token = (await gstinSession(h as unknown as Harness, SELLER)).token;
  otherKey = (await createAccount(h.server.deps, 'Other', 'sandbox')).apiKey;
});
afterEach(async () => {
  // Each test owns its endpoints: deleting them keeps the next test's events away from old receivers.
  for (const id of endpointsToDelete.splice(0))
    await h.request('DELETE', `/v1/webhook-endpoints/${id}`, { token: h.apiKey });
});
afterAll(async () => {
  await h?.close();
  await Promise.all(receivers.map((r) => r.close()));
});

async function receiver(): Promise<Receiver> {
  const r = await new Receiver().start();
  receivers.push(r);
  return r;
}

async function endpoint(url: string, extra: Record<string, unknown> = {}) {
  const res = await h.request('POST', '/v1/webhook-endpoints', {
    token: h.apiKey,
    body: { url, events: ['irn.generated'], ...extra },
  });
  expect(res.status, res.text).toBe(201);
  endpointsToDelete.push(res.body.id);
  return res.body as { id: string; secret: string; previous_secret_expires_at: string | null };
}

async function generateIrn(): Promise<string> {
  const res = await h.request('POST', '/v1/irn', { token, body: invoice(SELLER) });
  expect(res.status, res.text).toBe(201);
  return res.body.Irn as string;
}

async function deliveries(query = '') {
  return (await h.request('GET', `/v1/webhook-deliveries${query}`, { token: h.apiKey })).body.data as any[];
}

function bothLibrariesAccept(r: Received, secret: string) {
  const headers = {
    'webhook-id': String(r.headers['webhook-id']),
    'webhook-timestamp': String(r.headers['webhook-timestamp']),
    'webhook-signature': String(r.headers['webhook-signature']),
  };
  const svixHeaders = {
    'svix-id': headers['webhook-id'],
    'svix-timestamp': headers['webhook-timestamp'],
    'svix-signature': headers['webhook-signature'],
  };
  expect(new StandardWebhook(secret).verify(r.body, headers)).toEqual(JSON.parse(r.body));
  expect(new SvixWebhook(secret).verify(r.body, headers)).toEqual(JSON.parse(r.body));
  expect(new SvixWebhook(secret).verify(r.body, svixHeaders)).toEqual(JSON.parse(r.body));
  return headers;
}

function bothLibrariesReject(body: string, headers: Record<string, string>, secret: string) {
  expect(() => new StandardWebhook(secret).verify(body, headers)).toThrow();
  expect(() => new SvixWebhook(secret).verify(body, headers)).toThrow();
}

describe('webhook endpoints', () => {
  it('create shows the secret once; get, list and update never do; the secret is sealed at rest', async () => {
    const r = await receiver();
    const created = await h.request('POST', '/v1/webhook-endpoints', {
      token: h.apiKey,
      body: { url: r.url, description: 'ERP', events: ['irn.generated', 'irn.cancelled'], gstins: [SELLER] },
    });
    expect(created.status).toBe(201);
    endpointsToDelete.push(created.body.id);
    expect(created.body).toMatchObject({
      object: 'webhook_endpoint',
      url: r.url,
      events: ['irn.generated', 'irn.cancelled'],
      gstins: [SELLER],
      enabled: true,
      previous_secret_expires_at: null,
    });
    expect(created.body.secret).toMatch(/^whsec_[A-Za-z0-9+/=]+$/);
    expect(created.headers.get('location')).toBe(`/v1/webhook-endpoints/${created.body.id}`);
    const secret = created.body.secret as string;

    const got = await h.request('GET', `/v1/webhook-endpoints/${created.body.id}`, { token: h.apiKey });
    const listed = await h.request('GET', '/v1/webhook-endpoints', { token: h.apiKey });
    const patched = await h.request('PATCH', `/v1/webhook-endpoints/${created.body.id}`, {
      token: h.apiKey,
      body: { description: 'ERP (prod)', enabled: false },
    });
    expect(patched.body).toMatchObject({ description: 'ERP (prod)', enabled: false });
    for (const res of [got, listed, patched]) {
      expect(res.status).toBe(200);
      expect(res.text).not.toContain(secret);
      expect(res.text).not.toContain('"secret"');
    }
    expect(listed.body.data.map((e: { id: string }) => e.id)).toContain(created.body.id);
    const rows = await queryRawForTests(
      h.server.deps.storage,
      `select secret_enc from webhook_endpoints where id = '${created.body.id}'`,
    );
    expect(String(rows[0]!.secret_enc)).not.toContain(secret.slice(6));
    expect(h.server.deps.box.open(String(rows[0]!.secret_enc))).toBe(secret);
  });

  it("another account's key gets 404 on every endpoint and delivery of this account, and lists nothing", async () => {
    const r = await receiver();
    const ep = await endpoint(r.url);
    await generateIrn();
    const [d] = await waitFor(
      async () => {
        const list = await deliveries(`?endpoint_id=${ep.id}&status=succeeded`);
        return list.length ? list : undefined;
      },
      10_000,
      'a delivery',
    );
    const attempts: [string, string, unknown?][] = [
      ['GET', `/v1/webhook-endpoints/${ep.id}`],
      ['PATCH', `/v1/webhook-endpoints/${ep.id}`, { enabled: false }],
      ['DELETE', `/v1/webhook-endpoints/${ep.id}`],
      ['POST', `/v1/webhook-endpoints/${ep.id}/rotate-secret`, {}],
      ['POST', `/v1/webhook-deliveries/${d.id}/replay`],
    ];
    for (const [method, path, body] of attempts) {
      const res = await h.request(method, path, { token: otherKey, ...(body !== undefined ? { body } : {}) });
      expect([method, path, res.status]).toEqual([method, path, 404]);
    }
    expect((await h.request('GET', '/v1/webhook-endpoints', { token: otherKey })).body.data).toEqual([]);
    expect((await h.request('GET', '/v1/webhook-deliveries', { token: otherKey })).body.data).toEqual([]);
    // Still intact for the owner.
    expect((await h.request('GET', `/v1/webhook-endpoints/${ep.id}`, { token: h.apiKey })).body.enabled).toBe(true);
  });

  it('refuses plain http to a non-loopback host, unknown GSTINs in the filter, and deleted endpoints 404', async () => {
    const http = await h.request('POST', '/v1/webhook-endpoints', {
      token: h.apiKey,
      body: { url: 'http://93.184.216.34/hooks', events: ['*'] },
    });
    expect([http.status, http.body.code, http.body.errors[0].code]).toEqual([
      422,
      'webhook_url_refused',
      'https_required',
    ]);
    const gstin = await h.request('POST', '/v1/webhook-endpoints', {
      token: h.apiKey,
      body: { url: 'https://93.184.216.34/hooks', events: ['*'], gstins: ['27AAPFU0939F1ZV'] },
    });
    expect([gstin.status, gstin.body.code]).toEqual([422, 'unknown_gstin']);
    const r = await receiver();
    const ep = await endpoint(r.url);
    expect((await h.request('DELETE', `/v1/webhook-endpoints/${ep.id}`, { token: h.apiKey })).status).toBe(204);
    expect((await h.request('GET', `/v1/webhook-endpoints/${ep.id}`, { token: h.apiKey })).status).toBe(404);
  });
});

describe('deliveries', () => {
  it('irn.generated arrives signed; standardwebhooks and svix verify it; tampered, stale, future and wrong-secret copies fail both', async () => {
    const r = await receiver();
    const ep = await endpoint(r.url, { events: ['*'] });
    const irn = await generateIrn();
    const got = await waitFor(() => r.received[0], 10_000, 'the webhook');
    expect(got.headers['content-type']).toBe('application/json');
    const headers = bothLibrariesAccept(got, ep.secret);
    expect(headers['webhook-id']).toMatch(/^msg_/);
    expect(Math.abs(Number(headers['webhook-timestamp']) - Date.now() / 1000)).toBeLessThan(30);
    const event = JSON.parse(got.body);
    expect(event).toMatchObject({ type: 'irn.generated', data: { Irn: irn } });
    // `tenant` (issue #24): the GSTIN's tenant, null for a GSTIN of the account itself.
    expect(Object.keys(event)).toEqual(['type', 'timestamp', 'tenant', 'data']);
    expect(event.tenant).toBeNull();

    bothLibrariesReject(got.body.replace(irn, irn.slice(0, -1) + (irn.endsWith('0') ? '1' : '0')), headers, ep.secret);
    bothLibrariesReject(got.body, headers, `whsec_${Buffer.alloc(32, 1).toString('base64')}`);
    bothLibrariesReject(got.body, { ...headers, 'webhook-id': `${headers['webhook-id']}X` }, ep.secret);
    // Stale and future: 301 s from the delivery's own timestamp (not from now: under load the check can
    // run seconds after the delivery, which would shrink the future case below the 300 s tolerance).
    const signedAt = Number(headers['webhook-timestamp']) * 1000;
    for (const shift of [301_000, -301_000]) {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(signedAt + shift);
      try {
        bothLibrariesReject(got.body, headers, ep.secret);
      } finally {
        vi.useRealTimers();
      }
    }

    const [d] = await waitFor(async () => {
      const list = await deliveries(`?endpoint_id=${ep.id}&status=succeeded`);
      return list.length ? list : undefined;
    });
    expect(d).toMatchObject({
      object: 'webhook_delivery',
      event_id: headers['webhook-id'],
      event_type: 'irn.generated',
      status: 'succeeded',
      attempt_count: 1,
      next_attempt_at: null,
    });
    expect(d.attempts).toHaveLength(1);
    expect(d.attempts[0]).toMatchObject({ status_code: 200, response_excerpt: 'ok', error: null });
    expect(dialed.every((t) => t.address === '127.0.0.1')).toBe(true);
  });

  it('filters by event type and GSTIN: a non-matching endpoint gets nothing', async () => {
    const yes = await receiver();
    const no = await receiver();
    await endpoint(yes.url, { events: ['irn.generated'], gstins: [SELLER] });
    await endpoint(no.url, { events: ['irn.cancelled', 'ewb.generated'] });
    await generateIrn();
    await waitFor(() => yes.received.length === 1, 10_000, 'the matching endpoint');
    await h.dispatcher.runOnce();
    expect(no.received).toHaveLength(0);
  });

  it('rotation: two signatures during the grace period, each secret verifies in both libraries; audited; grace 0 drops the old one', async () => {
    const r = await receiver();
    const ep = await endpoint(r.url);
    const rotated = await h.request('POST', `/v1/webhook-endpoints/${ep.id}/rotate-secret`, {
      token: h.apiKey,
      body: { grace_period_seconds: 3600 },
    });
    expect(rotated.status).toBe(200);
    expect(rotated.body.secret).not.toBe(ep.secret);
    expect(new Date(rotated.body.previous_secret_expires_at).getTime() - Date.now()).toBeGreaterThan(3500_000);
    await generateIrn();
    const during = await waitFor(() => r.received[0], 10_000, 'the webhook');
    const sigs = String(during.headers['webhook-signature']).split(' ');
    expect(sigs).toHaveLength(2);
    expect(sigs.every((s) => s.startsWith('v1,'))).toBe(true);
    bothLibrariesAccept(during, rotated.body.secret);
    bothLibrariesAccept(during, ep.secret);

    const audit = await h.request('GET', '/v1/audit-events?type=webhook_endpoint.secret_rotated', { token: h.apiKey });
    expect(audit.body.data[0]).toMatchObject({
      type: 'webhook_endpoint.secret_rotated',
      actor: { type: 'api_key' },
      data: { endpoint_id: ep.id, grace_period_seconds: 3600 },
    });

    const again = await h.request('POST', `/v1/webhook-endpoints/${ep.id}/rotate-secret`, {
      token: h.apiKey,
      body: { grace_period_seconds: 0 },
    });
    expect(again.body.previous_secret_expires_at).toBeNull();
    await generateIrn();
    const after = await waitFor(() => r.received[1], 10_000, 'the second webhook');
    expect(String(after.headers['webhook-signature']).split(' ')).toHaveLength(1);
    bothLibrariesAccept(after, again.body.secret);
    const headers = {
      'webhook-id': String(after.headers['webhook-id']),
      'webhook-timestamp': String(after.headers['webhook-timestamp']),
      'webhook-signature': String(after.headers['webhook-signature']),
    };
    bothLibrariesReject(after.body, headers, rotated.body.secret);
  });

  it('retries: 500 three times then 200 -> succeeded, same webhook-id on every attempt, attempts logged on schedule', async () => {
    const r = await receiver();
    r.respond = (n) => (n <= 3 ? { status: 500, body: `boom ${n}` } : { status: 200, body: 'ok' });
    const ep = await endpoint(r.url);
    await generateIrn();
    const [d] = await waitFor(
      async () => {
        const list = await deliveries(`?endpoint_id=${ep.id}&status=succeeded`);
        return list.length ? list : undefined;
      },
      15_000,
      'success after retries',
    );
    expect(r.received).toHaveLength(4);
    expect(new Set(r.received.map((x) => x.headers['webhook-id'])).size).toBe(1);
    expect(d.event_id).toBe(r.received[0]!.headers['webhook-id']);
    for (const x of r.received) bothLibrariesAccept(x, ep.secret);
    expect(d.attempt_count).toBe(4);
    expect(d.attempts.map((a: any) => a.status_code)).toEqual([500, 500, 500, 200]);
    expect(d.attempts.map((a: any) => a.response_excerpt)).toEqual(['boom 1', 'boom 2', 'boom 3', 'ok']);
    const times = d.attempts.map((a: any) => new Date(a.attempted_at).getTime());
    for (let i = 1; i < times.length; i++)
      expect(times[i] - times[i - 1]).toBeGreaterThanOrEqual(Math.floor(SCHEDULE[i]! * 0.8));
  });

  it('dead letter: receiver down for the whole schedule -> dead, listed with status=dead; replay delivers once with the original id', async () => {
    const r = await receiver();
    r.respond = () => ({ status: 503, body: 'Service Unavailable' });
    const ep = await endpoint(r.url);
    await generateIrn();
    const [dead] = await waitFor(
      async () => {
        const list = await deliveries(`?status=dead&endpoint_id=${ep.id}`);
        return list.length ? list : undefined;
      },
      15_000,
      'the dead letter',
    );
    expect(dead).toMatchObject({ status: 'dead', attempt_count: SCHEDULE.length, next_attempt_at: null });
    expect(dead.attempts.every((a: any) => a.status_code === 503)).toBe(true);
    expect(r.received).toHaveLength(SCHEDULE.length);
    const byType = await deliveries(`?status=dead&event_type=irn.generated`);
    expect(byType.map((x) => x.id)).toContain(dead.id);

    r.respond = () => ({ status: 204 });
    const replay = await h.request('POST', `/v1/webhook-deliveries/${dead.id}/replay`, { token: h.apiKey });
    expect(replay.status).toBe(202);
    expect(replay.body).toMatchObject({ id: dead.id, status: 'pending', event_id: dead.event_id });
    const done = await waitFor(
      async () => {
        const list = await deliveries(`?status=succeeded&endpoint_id=${ep.id}`);
        return list.length ? list[0] : undefined;
      },
      10_000,
      'the replay',
    );
    await h.dispatcher.runOnce();
    expect(r.received).toHaveLength(SCHEDULE.length + 1);
    expect(r.received.at(-1)!.headers['webhook-id']).toBe(dead.event_id);
    bothLibrariesAccept(r.received.at(-1)!, ep.secret);
    expect(done.attempt_count).toBe(SCHEDULE.length + 1);
  });

  it('never follows a redirect (a 302 to a private address is a failed attempt; nothing else is dialled)', async () => {
    const r = await receiver();
    r.respond = () => ({ status: 302, headers: { location: 'http://10.0.0.1/latest/meta-data' } });
    const ep = await endpoint(r.url);
    const before = dialed.length;
    await generateIrn();
    const [d] = await waitFor(
      async () => {
        const list = await deliveries(`?endpoint_id=${ep.id}`);
        return list.length && list[0].attempts.length ? list : undefined;
      },
      10_000,
      'an attempt',
    );
    expect(d.attempts[0]).toMatchObject({ status_code: 302, error: 'redirect_not_followed' });
    expect(d.status).not.toBe('succeeded');
    expect(dialed.slice(before).map((t) => t.address)).not.toContain('10.0.0.1');
    expect(dialed.every((t) => t.address === '127.0.0.1')).toBe(true);
  });

  it('an event over 256 KiB is not sent: recorded dead with payload_too_large', async () => {
    const r = await receiver();
    const ep = await endpoint(r.url);
    const now = new Date();
    await h.server.deps.storage.outbox.append({
      id: `msg_BIG${Date.now()}`,
      accountId: h.accountId,
      gstin: SELLER,
      type: 'irn.generated',
      payload: { type: 'irn.generated', timestamp: now.toISOString(), data: { blob: 'x'.repeat(256 * 1024) } },
      createdAt: now,
      dispatchedAt: null,
    });
    const [d] = await waitFor(
      async () => {
        const list = await deliveries(`?endpoint_id=${ep.id}&status=dead`);
        return list.length ? list : undefined;
      },
      10_000,
      'the oversized delivery',
    );
    expect(d.attempts[0].error).toMatch(/^payload_too_large/);
    expect(r.received).toHaveLength(0);
  });

  it('survives a restart: an event committed while no dispatcher runs is delivered by the next one', async () => {
    const r = await receiver();
    const ep = await endpoint(r.url);
    await h.dispatcher.stop();
    try {
      await generateIrn();
      await new Promise((done) => setTimeout(done, 100));
      expect(r.received).toHaveLength(0);
      const rows = await queryRawForTests(
        h.server.deps.storage,
        `select count(*) as n from outbox_events where dispatched_at is null`,
      );
      expect(Number(rows[0]!.n)).toBeGreaterThan(0);
    } finally {
      h.dispatcher.start();
    }
    await waitFor(() => r.received.length === 1, 10_000, 'delivery after restart');
    // The receiver answers before the sender records the attempt: wait for the record, then check it.
    const [d] = await waitFor(
      async () => {
        const list = await deliveries(`?endpoint_id=${ep.id}&status=succeeded`);
        return list.length ? list : undefined;
      },
      10_000,
      'the delivery to be recorded',
    );
    expect(d.status).toBe('succeeded');
    expect(r.received).toHaveLength(1);
  });
});
