// Webhook delivery under bad receivers, end to end over real HTTP (issue #15, item 3): a stalled receiver does
// not delay a healthy one; a receiver that answers slowly gets no repeat deliveries; retries go out at their
// due time even when the poll interval is long; two dispatchers on one database (two server processes) never
// deliver an event twice to a healthy receiver; an endpoint that keeps failing is disabled automatically,
// announced (webhook event and audit event) and re-enabled through updateWebhookEndpoint.
// No tight timing asserts: ordering and counts, with the timing figures in bench/webhooks.ts.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { Webhook as StandardWebhook } from 'standardwebhooks';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { openStorage } from '../../src/adapters/storage/index.js';
import { createWebhookDispatcher, webhookUrlPolicy } from '../../src/adapters/webhooks/index.js';
import { Receiver, startWebhookHarness, type WebhookHarness, waitFor } from '../support/webhook-harness.js';

const SELLER = '29AAACP7879D1Z0';
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function harness(env: Record<string, string>): Promise<WebhookHarness> {
  const h = await startWebhookHarness({ env: { WEBHOOK_ALLOW_LOOPBACK: 'true', ...env } });
  cleanups.push(() => h.close());
  return h;
}

/** A receiver on 127.0.0.1 whose handler we write; closed (connections cut) after the test. */
async function rawReceiver(handler: (req: IncomingMessage, res: ServerResponse, body: string) => void) {
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => handler(req, res, Buffer.concat(chunks).toString('utf8')));
  });
  await new Promise<void>((ready) => server.listen({ port: 0, host: '127.0.0.1', backlog: 2 }, ready));
  const a = server.address();
  const url = `http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}/hooks`;
  cleanups.push(
    () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  );
  return { server, url };
}

async function receiver(): Promise<Receiver> {
  const r = await new Receiver().start();
  cleanups.push(() => r.close());
  return r;
}

async function endpoint(h: WebhookHarness, url: string, events: string[] = ['irn.generated']) {
  const res = await h.request('POST', '/v1/webhook-endpoints', { token: h.apiKey, body: { url, events } });
  expect(res.status, res.text).toBe(201);
  return res.body as { id: string; secret: string };
}

let seq = 0;
/** An event straight into the outbox, as a use case's transaction writes it. */
async function event(h: WebhookHarness, type = 'irn.generated'): Promise<string> {
  const now = new Date();
  const id = `msg_T${Date.now().toString(36)}${(seq++).toString(36)}`;
  await h.server.deps.storage.outbox.append({
    id,
    accountId: h.accountId,
    gstin: SELLER,
    type,
    payload: { type, timestamp: now.toISOString(), data: { n: seq } },
    createdAt: now,
    dispatchedAt: null,
  });
  return id;
}

async function deliveries(h: WebhookHarness, query: string) {
  const res = await h.request('GET', `/v1/webhook-deliveries${query}`, { token: h.apiKey });
  expect(res.status, res.text).toBe(200);
  return res.body.data as any[];
}

describe('one endpoint cannot delay another', () => {
  it('a stalled receiver holds only its own slots: the healthy one gets every event while the stalled attempts still hang', async () => {
    // A 30 s deadline: the stalled attempts are all still in flight when the healthy receiver is checked.
    const h = await harness({ WEBHOOK_TIMEOUT_MS: '30000', WEBHOOK_ENDPOINT_CONCURRENCY: '2' });
    const hanging: ServerResponse[] = [];
    const stalled = await rawReceiver((_req, res) => hanging.push(res)); // reads the request, never answers
    const healthy = await receiver();
    const s = await endpoint(h, stalled.url);
    await endpoint(h, healthy.url);
    const events: string[] = [];
    for (let i = 0; i < 5; i++) events.push(await event(h));
    await waitFor(() => hanging.length > 0, 10_000, 'the stalled receiver to hold a request');
    // Before the change a batch waited for its slowest attempt: these went out only after the 30 s deadline.
    for (let i = 0; i < 20; i++) events.push(await event(h));
    await waitFor(() => healthy.received.length >= events.length, 20_000, 'every event at the healthy receiver');
    expect(new Set(healthy.received.map((r) => r.headers['webhook-id']))).toEqual(new Set(events));
    // The stalled endpoint never had more than its 2 slots: nothing has timed out, nothing was recorded.
    expect(hanging.length).toBeLessThanOrEqual(2);
    const stalledLog = await deliveries(h, `?endpoint_id=${s.id}&limit=100`);
    expect(stalledLog).toHaveLength(events.length);
    expect(stalledLog.every((d) => d.status === 'pending' && d.attempt_count === 0)).toBe(true);
  });

  it('a receiver that answers one request at a time, slowly, gets each event exactly once', async () => {
    // 40 events, 50 ms each, served one at a time: 2 s of work against a 1.5 s deadline. Sent 40 at once, the
    // last ones would time out after the receiver had taken them, and be delivered again.
    const h = await harness({ WEBHOOK_TIMEOUT_MS: '1500', WEBHOOK_ENDPOINT_CONCURRENCY: '2' });
    const got: string[] = [];
    let queue = Promise.resolve();
    const slow = await rawReceiver((req, res) => {
      queue = queue.then(async () => {
        await new Promise((r) => setTimeout(r, 50));
        got.push(String(req.headers['webhook-id']));
        if (!res.destroyed) res.writeHead(200).end('ok');
      });
    });
    const ep = await endpoint(h, slow.url);
    const events: string[] = [];
    for (let i = 0; i < 40; i++) events.push(await event(h));
    const done = await waitFor(
      async () => {
        const list = await deliveries(h, `?endpoint_id=${ep.id}&status=succeeded&limit=100`);
        return list.length === events.length ? list : undefined;
      },
      30_000,
      'every delivery to succeed',
    );
    expect(got).toHaveLength(events.length);
    expect(new Set(got)).toEqual(new Set(events));
    expect(done.every((d) => d.attempt_count === 1)).toBe(true);
  });
});

describe('due-time scheduling', () => {
  it('retries go out at their due time (200 ms), not at the next poll (5 s)', async () => {
    const h = await harness({ WEBHOOK_POLL_MS: '5000', WEBHOOK_RETRY_SCHEDULE_MS: '0,200,200,200' });
    const r = await receiver();
    r.respond = (n) => (n <= 3 ? { status: 500, body: 'not yet' } : { status: 200, body: 'ok' });
    await endpoint(h, r.url);
    await event(h);
    // The loop may be asleep for up to 5 s: one pass by hand makes the first attempt; the retries are the loop's.
    await h.dispatcher.runOnce();
    await waitFor(() => r.received.length >= 4, 4_500, 'three retries before the next poll');
    const at = r.received.map((x) => x.at);
    for (let i = 1; i < at.length; i++) {
      expect(at[i]! - at[i - 1]!).toBeGreaterThanOrEqual(150); // 200 ms -20 % jitter, less clock rounding
      expect(at[i]! - at[i - 1]!).toBeLessThan(2_500); // half the poll interval: the loop woke for it
    }
  });
});

describe('two server processes on one database', () => {
  it('a second dispatcher with its own connection: every event arrives once, in-flight stays near the per-endpoint cap', async () => {
    const h = await harness({ WEBHOOK_ENDPOINT_CONCURRENCY: '3' });
    const second = await openStorage(h.storageConfig);
    const other = createWebhookDispatcher(
      { storage: second, clock: h.server.deps.clock, box: h.server.deps.box },
      {
        policy: webhookUrlPolicy({ allowLoopback: true }),
        pollIntervalMs: 10,
        timeoutMs: 5_000,
        perEndpointConcurrency: 3,
      },
    );
    other.start();
    cleanups.push(async () => {
      await other.stop();
      await second.close();
    });
    let open = 0;
    let peak = 0;
    const got: string[] = [];
    const r = await rawReceiver((req, res) => {
      open++;
      peak = Math.max(peak, open);
      setTimeout(() => {
        open--;
        got.push(String(req.headers['webhook-id']));
        res.writeHead(204).end();
      }, 20);
    });
    const ep = await endpoint(h, r.url);
    const events: string[] = [];
    for (let i = 0; i < 60; i++) events.push(await event(h));
    await waitFor(
      async () => (await deliveries(h, `?endpoint_id=${ep.id}&status=succeeded&limit=100`)).length === events.length,
      30_000,
      'every delivery to succeed',
    );
    expect(got.sort()).toEqual([...events].sort());
    // Two claimers that read the in-flight count at the same moment can each fill the cap: at most twice it.
    expect(peak).toBeLessThanOrEqual(6);
  });
});

describe('endpoint health', () => {
  it('failing for longer than the period: disabled (status, reason), announced and audited; re-enabled by PATCH, its pending delivery then succeeds', async () => {
    const h = await harness({
      WEBHOOK_DISABLE_AFTER_SECONDS: '1',
      WEBHOOK_RETRY_SCHEDULE_MS: [0, ...Array(12).fill(250)].join(','),
    });
    const failing = await receiver();
    failing.respond = () => ({ status: 503, body: 'down' });
    const watcher = await receiver();
    const bad = await endpoint(h, failing.url);
    const watch = await endpoint(h, watcher.url, ['webhook_endpoint.disabled']);
    expect((await h.request('GET', `/v1/webhook-endpoints/${bad.id}`, { token: h.apiKey })).body).toMatchObject({
      status: 'enabled',
      disabled_reason: null,
      disabled_at: null,
      failing_since: null,
    });
    const eventId = await event(h);

    const notice = await waitFor(() => watcher.received[0], 15_000, 'the webhook_endpoint.disabled event');
    const body = new StandardWebhook(watch.secret).verify(notice.body, {
      'webhook-id': String(notice.headers['webhook-id']),
      'webhook-timestamp': String(notice.headers['webhook-timestamp']),
      'webhook-signature': String(notice.headers['webhook-signature']),
    }) as any;
    expect(body).toMatchObject({
      type: 'webhook_endpoint.disabled',
      data: { id: bad.id, object: 'webhook_endpoint', enabled: false, status: 'disabled', disabled_reason: 'failing' },
    });
    expect(JSON.stringify(body)).not.toContain('whsec_');

    const got = (await h.request('GET', `/v1/webhook-endpoints/${bad.id}`, { token: h.apiKey })).body;
    expect(got).toMatchObject({ enabled: false, status: 'disabled', disabled_reason: 'failing' });
    expect(new Date(got.disabled_at).getTime() - new Date(got.failing_since).getTime()).toBeGreaterThanOrEqual(1_000);
    const audit = await h.request('GET', '/v1/audit-events?type=webhook_endpoint.disabled', { token: h.apiKey });
    expect(audit.body.data).toHaveLength(1);
    expect(audit.body.data[0]).toMatchObject({
      type: 'webhook_endpoint.disabled',
      actor: { type: 'system' },
      data: { endpoint_id: bad.id, reason: 'failing', failing_since: got.failing_since },
    });

    // While disabled its delivery waits (pending, not dead) and is not attempted.
    const [waiting] = await deliveries(h, `?endpoint_id=${bad.id}`);
    expect(waiting).toMatchObject({ event_id: eventId, status: 'pending' });
    const attemptsWhenDisabled = failing.received.length;
    await new Promise((r) => setTimeout(r, 600));
    expect(failing.received.length).toBe(attemptsWhenDisabled);

    failing.respond = () => ({ status: 200, body: 'ok' });
    const reenabled = await h.request('PATCH', `/v1/webhook-endpoints/${bad.id}`, {
      token: h.apiKey,
      body: { enabled: true },
    });
    expect(reenabled.status, reenabled.text).toBe(200);
    expect(reenabled.body).toMatchObject({
      enabled: true,
      status: 'enabled',
      disabled_reason: null,
      disabled_at: null,
      failing_since: null,
    });
    await waitFor(
      async () => (await deliveries(h, `?endpoint_id=${bad.id}&status=succeeded`)).length === 1,
      15_000,
      'the waiting delivery after re-enabling',
    );
    expect(failing.received.at(-1)!.headers['webhook-id']).toBe(eventId);

    // Disabled through the API: reason manual; no notice, no audit of an automatic disable.
    const manual = await h.request('PATCH', `/v1/webhook-endpoints/${bad.id}`, {
      token: h.apiKey,
      body: { enabled: false },
    });
    expect(manual.body).toMatchObject({ status: 'disabled', disabled_reason: 'manual' });
    expect(watcher.received).toHaveLength(1);
  });

  it('a success in between restarts the clock: an endpoint that fails and recovers is never disabled', async () => {
    const h = await harness({ WEBHOOK_DISABLE_AFTER_SECONDS: '2', WEBHOOK_RETRY_SCHEDULE_MS: '0,300,300,300,300' });
    const flaky = await receiver();
    // Each event's first attempt fails and its retry (300 ms later) succeeds: failures keep coming for longer than
    // the period (8 events, 350 ms apart), but never without a success in between. Keyed by the event, not by the
    // receiver's request count, so interleaved retries under load cannot line one event up with failures only.
    const seen = new Set<string>();
    flaky.respond = (_n, r) => {
      const id = String(r.headers['webhook-id']);
      if (seen.has(id)) return { status: 200 };
      seen.add(id);
      return { status: 500 };
    };
    const ep = await endpoint(h, flaky.url);
    for (let i = 0; i < 8; i++) {
      await event(h);
      await new Promise((r) => setTimeout(r, 350));
    }
    await waitFor(
      async () => (await deliveries(h, `?endpoint_id=${ep.id}&status=succeeded`)).length === 8,
      15_000,
      'every delivery',
    );
    expect((await h.request('GET', `/v1/webhook-endpoints/${ep.id}`, { token: h.apiKey })).body).toMatchObject({
      status: 'enabled',
      failing_since: null,
    });
  });
});

afterAll(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});
