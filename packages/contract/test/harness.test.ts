// The harness itself: violations fail loudly, use(scenario) selects faults programmatically, the recorder sees
// every attempt, and the HTTP server resets connections for HttpResponse.error().
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
