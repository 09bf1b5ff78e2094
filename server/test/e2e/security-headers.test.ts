// Hardening over real HTTP: nosniff on every response, a Content-Security-Policy on the HTML reference, no
// cache may keep an answer that carries a secret, and HEAD answered wherever GET is (RFC 9110 §9.1).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gstinSession, type Harness, startHarness } from '../support/harness.js';

const SELLER = '29AAACP7879D1Z0';
let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const raw = (method: string, path: string, headers: Record<string, string> = {}) =>
  fetch(h.url + path, { method, headers });

describe('every response', () => {
  it.each(['/healthz', '/openapi.yaml', '/v1/status', '/v1/gstins', '/v1/nowhere'])('%s says nosniff', async (path) => {
    const res = await raw('GET', path);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('the HTML reference has a Content-Security-Policy that forbids framing and third-party code', async () => {
    const res = await raw('GET', '/');
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/https?:/);
  });
});

describe('API answers carry personal data: no cache keeps them', () => {
  it('lists, reads and errors say no-store; the public status page keeps its own max-age', async () => {
    const list = await fetch(`${h.url}/v1/gstins`, { headers: { authorization: `Bearer ${h.apiKey}` } });
    expect([list.status, list.headers.get('cache-control')]).toEqual([200, 'no-store']);
    const refused = await raw('GET', '/v1/documents');
    expect([refused.status, refused.headers.get('cache-control')]).toEqual([401, 'no-store']);
    const status = await raw('GET', '/v1/status');
    expect(status.headers.get('cache-control')).toBe('max-age=5');
  });
});

describe('answers that carry a secret are never cached', () => {
  it('createCredential, addCredentialSecret, createWebhookEndpoint and rotateWebhookSecret say no-store', async () => {
    const s = await gstinSession(h, SELLER);
    const added = await h.request('POST', `/v1/credentials/${s.clientId}/secrets`, { token: h.apiKey, body: {} });
    expect(added.status).toBe(201);
    expect(added.headers.get('cache-control')).toBe('no-store');
    const created = await h.request('POST', `/v1/gstins/${SELLER}/credentials`, {
      token: h.apiKey,
      body: { scopes: ['read'] },
    });
    expect([created.status, created.headers.get('cache-control')]).toEqual([201, 'no-store']);
    const endpoint = await h.request('POST', '/v1/webhook-endpoints', {
      token: h.apiKey,
      body: { url: 'http://127.0.0.1:9/hooks', events: ['irn.generated'] },
    });
    expect([endpoint.status, endpoint.headers.get('cache-control')]).toEqual([201, 'no-store']);
    const rotated = await h.request('POST', `/v1/webhook-endpoints/${endpoint.body.id}/rotate-secret`, {
      token: h.apiKey,
      body: {},
    });
    expect([rotated.status, rotated.headers.get('cache-control')]).toEqual([200, 'no-store']);
  });
});

describe('HEAD', () => {
  it('is answered wherever GET is, with GET headers and no body', async () => {
    for (const [path, headers] of [
      ['/v1/status', {}],
      ['/v1/gstins', { authorization: `Bearer ${h.apiKey}` }],
    ] as const) {
      const get = await raw('GET', path, headers);
      const head = await raw('HEAD', path, headers);
      expect(head.status).toBe(get.status);
      expect(head.headers.get('content-type')).toBe(get.headers.get('content-type'));
      expect(head.headers.get('x-ratelimit-limit')).toBe(get.headers.get('x-ratelimit-limit'));
      expect(await head.text()).toBe('');
    }
  });

  it('needs the same credentials as GET', async () => {
    expect((await raw('HEAD', '/v1/gstins')).status).toBe(401);
  });
});
