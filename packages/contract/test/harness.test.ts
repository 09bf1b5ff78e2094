// The harness itself: violations fail loudly, use(scenario) selects faults programmatically, the recorder sees
// every attempt, and the HTTP server resets connections for HttpResponse.error().
import { createHash, createHmac } from 'node:crypto';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type ContractEnvironment, createContractEnvironment, listenContract } from '../src/index.js';

let env: ContractEnvironment;
const violations: unknown[] = [];
const BASE = 'http://contract.test';

beforeAll(async () => {
  env = await createContractEnvironment({ harness: { onViolation: (v) => violations.push(v) } });
});
afterAll(async () => env?.close());

it('a request that does not match the spec gets 400 contract_violation naming what did not match', async () => {
  const server = setupServer(...env.harness.handlers);
  server.listen({ onUnhandledRequest: 'bypass' });
  try {
    const res = await fetch(`${BASE}/v1/irn?x=1`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer t' },
      body: '{"Version":"9"}',
    });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.code).toBe('contract_violation');
    expect(body.detail).toMatch(/query:x is not a parameter/);
    expect(body.detail).toMatch(/idempotency-key is missing/);
    expect(body.detail).toMatch(/\/DocDtls is required/);
    expect(violations).toHaveLength(1);
    expect(() => env.harness.assertNoViolations()).toThrow(/contract violations/);
    const unknown = await fetch(`${BASE}/v1/nope`);
    expect((await unknown.json()).detail).toMatch(/not in the spec/);
  } finally {
    server.close();
    env.harness.reset();
    violations.length = 0;
  }
});

it('use(scenario) scripts faults for requests without the header; the recorder counts attempts', async () => {
  const server = setupServer(...env.harness.handlers);
  server.listen({ onUnhandledRequest: 'bypass' });
  try {
    env.harness.use('unavailable-503-then-success');
    const token = await fetch(`${BASE}/v1/oauth/token`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: `Basic ${Buffer.from(`${env.credential.clientId}:${env.credential.clientSecret}`).toString('base64')}`,
      },
      body: 'grant_type=client_credentials',
    });
    expect(token.status).toBe(200);
    const { access_token } = await token.json();
    const first = await fetch(`${BASE}/v1/documents`, { headers: { authorization: `Bearer ${access_token}` } });
    const second = await fetch(`${BASE}/v1/documents`, { headers: { authorization: `Bearer ${access_token}` } });
    expect([first.status, second.status]).toEqual([503, 200]);
    expect(env.harness.requests().map((r) => [r.operationId, r.status])).toEqual([
      ['createToken', 200],
      ['listDocuments', 503],
      ['listDocuments', 200],
    ]);
    env.harness.assertNoViolations();
  } finally {
    env.harness.use(null);
    env.harness.reset();
    server.close();
  }
});

it('over HTTP, HttpResponse.error() resets the connection', async () => {
  const http = await listenContract(env.harness.handlers);
  try {
    const err = await fetch(`${http.url}/v1/documents`, {
      headers: { 'x-contract-scenario': 'connection-reset', authorization: 'Bearer x' },
    }).catch((e) => e);
    expect(err).toBeInstanceOf(TypeError);
    const status = await fetch(`${http.url}/v1/status`);
    expect(status.status).toBe(200);
  } finally {
    await http.close();
  }
});

/** RFC 9421 as the SDKs sign (spec/vectors/request-signatures.json): HMAC-SHA256 over method, URI and digest. */
function sign(method: string, url: string, body: string | undefined, key: { keyId: string; secret: string }) {
  const components = body === undefined ? ['@method', '@target-uri'] : ['@method', '@target-uri', 'content-digest'];
  const params = `(${components.map((c) => `"${c}"`).join(' ')});created=${Math.floor(Date.now() / 1000)};keyid="${key.keyId}";alg="hmac-sha256"`;
  const digest = body === undefined ? undefined : `sha-256=:${createHash('sha256').update(body).digest('base64')}:`;
  const lines = [`"@method": ${method}`, `"@target-uri": ${url}`, ...(digest ? [`"content-digest": ${digest}`] : [])];
  const base = [...lines, `"@signature-params": ${params}`].join('\n');
  const mac = createHmac('sha256', Buffer.from(key.secret, 'base64')).update(base).digest('base64');
  return {
    'signature-input': `sig1=${params}`,
    signature: `sig1=:${mac}:`,
    ...(digest ? { 'content-digest': digest } : {}),
  };
}

it("the signatures-required credential: unsigned and badly signed requests get the server's 401, signed ones pass", async () => {
  const strict = env.credentials['signatures-required'];
  expect(strict.signingKey?.keyId).toBe(strict.clientId);
  expect(env.info.credentials['signatures-required'].signing_key.key_id).toBe(strict.clientId);
  expect(env.info.signing_key.key_id).toBe(env.credential.clientId);
  const key = strict.signingKey!;
  const wrong = { keyId: strict.clientId, secret: Buffer.alloc(32).toString('base64') };
  const server = setupServer(...env.harness.handlers);
  server.listen({ onUnhandledRequest: 'bypass' });
  const http = await listenContract(env.harness.handlers);
  env.harness.reset();
  try {
    for (const origin of [BASE, http.url]) {
      const form = 'grant_type=client_credentials';
      const askToken = (headers: Record<string, string> = {}) =>
        fetch(`${origin}/v1/oauth/token`, {
          method: 'POST',
          headers: {
            'content-type': 'application/x-www-form-urlencoded',
            authorization: `Basic ${Buffer.from(`${strict.clientId}:${strict.clientSecret}`).toString('base64')}`,
            ...headers,
          },
          body: form,
        });
      for (const headers of [{}, sign('POST', `${origin}/v1/oauth/token`, form, wrong)]) {
        const refused = await askToken(headers);
        expect([refused.status, (await refused.json()).error], origin).toEqual([401, 'invalid_client']);
        expect(refused.headers.get('www-authenticate')).toBe('Basic realm="einvoice", charset="UTF-8"');
        expect(refused.headers.get('accept-signature')).toBe(
          `sig1=("@method" "@target-uri" "content-digest");created;keyid="${strict.clientId}";alg="hmac-sha256"`,
        );
      }
      const token = await askToken(sign('POST', `${origin}/v1/oauth/token`, form, key));
      expect(token.status, origin).toBe(200);
      const bearer = { authorization: `Bearer ${(await token.json()).access_token}` };
      const url = `${origin}/v1/documents?limit=1`;
      for (const headers of [{}, sign('GET', url, undefined, wrong)]) {
        const refused = await fetch(url, { headers: { ...bearer, ...headers } });
        expect([refused.status, (await refused.json()).code], origin).toEqual([401, 'invalid_signature']);
        expect(refused.headers.get('www-authenticate')).toMatch(/^Bearer realm="einvoice", error="invalid_token", /);
        expect(refused.headers.get('accept-signature')).toBe(
          `sig1=("@method" "@target-uri");created;keyid="${strict.clientId}";alg="hmac-sha256"`,
        );
      }
      const signed = await fetch(url, { headers: { ...bearer, ...sign('GET', url, undefined, key) } });
      expect(signed.status, origin).toBe(200);
    }
    expect(env.harness.requests().map((r) => [r.operationId, r.status])).toEqual(
      [BASE, http.url].flatMap(() => [
        ['createToken', 401],
        ['createToken', 401],
        ['createToken', 200],
        ['listDocuments', 401],
        ['listDocuments', 401],
        ['listDocuments', 200],
      ]),
    );
    env.harness.assertNoViolations();
  } finally {
    await http.close();
    server.close();
    env.harness.reset();
  }
});
