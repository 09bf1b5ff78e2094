// SSRF (reliability row 14): with loopback NOT allowed (the production setting; sandbox servers allow it
// unless WEBHOOK_ALLOW_LOOPBACK=false), webhook URLs that are, or
// resolve to, loopback, private, link-local, CGNAT, IPv4-mapped or unspecified addresses are refused at
// registration, and again at send time (a name that re-resolves to a private address). DNS is an injected
// resolver and connect is a spy: nothing here ever dials a private range (or anything at all).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connect } from '../../src/adapters/webhooks/index.js';
import { classifyIp, parseIp } from '../../src/app/policy/webhook-urls/ip.js';
import {
  checkWebhookUrl,
  type ResolvedAddress,
  UnsafeWebhookUrlError,
  type WebhookTarget,
} from '../../src/app/policy/webhook-urls/url-guard.js';
import { gstinSession, type Harness } from '../support/harness.js';
import { invoice } from '../support/invoices.js';
import { startWebhookHarness, type WebhookHarness, waitFor } from '../support/webhook-harness.js';

const SELLER = '29AAACP7879D1Z0';
const PUBLIC = '93.184.216.34';
let rebindCalls = 0;
const dns: Record<string, () => ResolvedAddress[]> = {
  'hooks.example': () => [{ address: PUBLIC, family: 4 }],
  'internal.example': () => [{ address: '10.1.2.3', family: 4 }],
  'mixed.example': () => [
    { address: PUBLIC, family: 4 },
    { address: '192.168.1.10', family: 4 },
  ],
  'v6.example': () => [{ address: 'fd00::1', family: 6 }],
  'localhost.example': () => [{ address: '127.0.0.1', family: 4 }],
  // Public when registered, private when the webhook is sent (DNS rebinding).
  'rebind.example': () =>
    ++rebindCalls === 1 ? [{ address: PUBLIC, family: 4 }] : [{ address: '10.0.0.7', family: 4 }],
};
const resolve = async (host: string) => {
  const answer = dns[host];
  if (!answer) throw Object.assign(new Error(`ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
  return answer();
};
const dialed: WebhookTarget[] = [];
const connectSpy: Connect = (t) => {
  dialed.push(t);
  throw new Error(`test refused to dial ${t.address}`);
};

let h: WebhookHarness;
let token: string;

beforeAll(async () => {
  h = await startWebhookHarness({
    env: { WEBHOOK_ALLOW_LOOPBACK: 'false', WEBHOOK_RETRY_SCHEDULE_MS: '0,20,40' },
    resolve,
    connect: connectSpy,
  });
  token = (await gstinSession(h as unknown as Harness, SELLER)).token;
});
afterAll(() => h?.close());

describe('registration (WEBHOOK_ALLOW_LOOPBACK=false, the production setting)', () => {
  const refused: [string, string][] = [
    ['https://127.0.0.1/hooks', 'loopback'],
    ['https://[::1]/hooks', 'loopback'],
    ['https://[::ffff:127.0.0.1]/hooks', 'loopback'],
    ['https://[::ffff:7f00:1]:9876/hooks', 'loopback'],
    ['https://169.254.169.254/latest/meta-data', 'link_local'],
    ['https://10.0.0.1/hooks', 'private'],
    ['https://172.20.1.1/hooks', 'private'],
    ['https://192.168.0.10/hooks', 'private'],
    ['https://100.64.0.1/hooks', 'cgnat'],
    ['https://0.0.0.0/hooks', 'unspecified'],
    ['https://[::]/hooks', 'unspecified'],
    ['https://[::ffff:10.0.0.1]/hooks', 'ipv4_mapped_private'],
    ['https://[fe80::1]/hooks', 'link_local'],
    ['https://0x7f.1/hooks', 'loopback'], // the URL parser canonicalises it to 127.0.0.1
    ['https://2130706433/hooks', 'loopback'],
    ['https://internal.example/hooks', 'private'],
    ['https://mixed.example/hooks', 'private'],
    ['https://v6.example/hooks', 'unique_local'],
    ['https://localhost.example/hooks', 'loopback'],
  ];
  for (const [url, label] of refused) {
    it(`refuses ${url} (${label})`, async () => {
      const res = await h.request('POST', '/v1/webhook-endpoints', { token: h.apiKey, body: { url, events: ['*'] } });
      expect([res.status, res.body.code, res.body.errors?.[0]?.code]).toEqual([
        422,
        'webhook_url_refused',
        'blocked_address',
      ]);
      expect(res.body.errors[0].detail).toContain(label);
    });
  }

  it('refuses plain http even to loopback, and credentials in the URL; an update to a private URL too', async () => {
    const http = await h.request('POST', '/v1/webhook-endpoints', {
      token: h.apiKey,
      body: { url: 'http://127.0.0.1:8080/hooks', events: ['*'] },
    });
    expect([http.status, http.body.errors[0].code]).toEqual([422, 'https_required']);
    const creds = await h.request('POST', '/v1/webhook-endpoints', {
      token: h.apiKey,
      body: { url: 'https://user:pw@hooks.example/x', events: ['*'] },
    });
    expect([creds.status, creds.body.errors[0].code]).toEqual([422, 'credentials_in_url']);
    const ok = await h.request('POST', '/v1/webhook-endpoints', {
      token: h.apiKey,
      body: { url: 'https://hooks.example/x', events: ['irn.cancelled'] },
    });
    expect(ok.status).toBe(201);
    const moved = await h.request('PATCH', `/v1/webhook-endpoints/${ok.body.id}`, {
      token: h.apiKey,
      body: { url: 'https://169.254.169.254/' },
    });
    expect([moved.status, moved.body.errors[0].code]).toEqual([422, 'blocked_address']);
    await h.request('DELETE', `/v1/webhook-endpoints/${ok.body.id}`, { token: h.apiKey });
  });
});

describe('send time', () => {
  it('a name that re-resolves to a private address is refused before any connection (ssrf_blocked), then dead', async () => {
    const ep = await h.request('POST', '/v1/webhook-endpoints', {
      token: h.apiKey,
      body: { url: 'https://rebind.example/hooks', events: ['irn.generated'] },
    });
    expect(ep.status).toBe(201);
    const irn = await h.request('POST', '/v1/irn', { token, body: invoice(SELLER) });
    expect(irn.status).toBe(201);
    const d = await waitFor(
      async () => {
        const list = (
          await h.request('GET', `/v1/webhook-deliveries?endpoint_id=${ep.body.id}&status=dead`, { token: h.apiKey })
        ).body.data;
        return list[0];
      },
      10_000,
      'the dead delivery',
    );
    expect(d.attempts).toHaveLength(3);
    for (const a of d.attempts)
      expect(a).toMatchObject({
        status_code: null,
        error: expect.stringMatching(/^ssrf_blocked: .*10\.0\.0\.7.*private/),
      });
    expect(dialed).toEqual([]);
  });
});

describe('the guard itself (no HTTP)', () => {
  const policy = (allowLoopback: boolean) => ({ allowLoopback, resolve });

  it('classifies special-purpose addresses, judging IPv4-mapped and NAT64 addresses by the embedded IPv4', () => {
    const cls = (ip: string) => {
      const c = classifyIp(parseIp(ip)!);
      return c.kind === 'blocked' ? c.label : c.kind;
    };
    expect(cls('8.8.8.8')).toBe('public');
    expect(cls('2606:4700::1111')).toBe('public');
    expect(cls('127.255.0.1')).toBe('loopback');
    expect(cls('::ffff:127.0.0.1')).toBe('loopback');
    expect(cls('::ffff:8.8.8.8')).toBe('public');
    expect(cls('64:ff9b::a9fe:a9fe')).toBe('nat64_link_local');
    expect(cls('::127.0.0.1')).toBe('ipv4_compatible');
    expect(cls('2002:7f00:1::')).toBe('6to4');
    expect(cls('2001:db8::1')).toBe('documentation');
    expect(cls('ff02::1')).toBe('multicast');
    expect(cls('255.255.255.255')).toBe('reserved');
    expect(cls('198.18.0.1')).toBe('benchmarking');
    expect(cls('fe80::1%eth0')).toBe('link_local');
    expect(parseIp('1.2.3')).toBeUndefined();
    expect(parseIp('01.2.3.4')).toBeUndefined();
    expect(parseIp('1::2::3')).toBeUndefined();
  });

  it('with loopback allowed (tests only): loopback and http to it pass; private ranges still do not', async () => {
    const t = await checkWebhookUrl(policy(true), 'http://127.0.0.1:4000/x?y=1');
    expect(t).toMatchObject({ address: '127.0.0.1', port: 4000, tls: false, hostname: '127.0.0.1' });
    expect((await checkWebhookUrl(policy(true), 'https://[::1]/x'))?.family).toBe(6);
    await expect(checkWebhookUrl(policy(true), 'https://10.0.0.1/')).rejects.toBeInstanceOf(UnsafeWebhookUrlError);
    await expect(checkWebhookUrl(policy(true), 'http://hooks.example/')).rejects.toMatchObject({
      reason: 'https_required',
    });
    await expect(checkWebhookUrl(policy(false), 'https://nowhere.example/')).rejects.toMatchObject({
      reason: 'unresolvable',
    });
    expect(
      await checkWebhookUrl(policy(false), 'https://nowhere.example/', { acceptUnresolvable: true }),
    ).toBeUndefined();
    expect(await checkWebhookUrl(policy(false), 'https://hooks.example:8443/a')).toMatchObject({
      address: PUBLIC,
      port: 8443,
      tls: true,
      hostname: 'hooks.example',
    });
    await expect(checkWebhookUrl(policy(false), 'ftp://hooks.example/')).rejects.toMatchObject({
      reason: 'invalid_url',
    });
  });

  it('bounds a lookup that never answers: registration leaves the verdict to send time, send time refuses', async () => {
    const silent = { allowLoopback: false, resolve: () => new Promise<ResolvedAddress[]>(() => {}) };
    const options = { acceptUnresolvable: true, resolveTimeoutMs: 50 };
    expect(await checkWebhookUrl(silent, 'https://slow.example/', options)).toBeUndefined();
    await expect(checkWebhookUrl(silent, 'https://slow.example/', { resolveTimeoutMs: 50 })).rejects.toMatchObject({
      reason: 'unresolvable',
    });
    // A slow answer that is private is still judged when it comes in time.
    const slowPrivate = {
      allowLoopback: false,
      resolve: async () => {
        await new Promise((r) => setTimeout(r, 10));
        return [{ address: '10.0.0.9', family: 4 as const }];
      },
    };
    await expect(checkWebhookUrl(slowPrivate, 'https://slow.example/', options)).rejects.toMatchObject({
      reason: 'blocked_address',
    });
  });
});
