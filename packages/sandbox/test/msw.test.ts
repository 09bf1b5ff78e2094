// The same sandbox in-process through MSW (no port, no network): requests to the MSW origin, faults armed from
// the test, reset between tests. The handlers come from the built package entry (dist/index.js), as a team
// imports them. (The SDK on top of these handlers is proven by examples/sandbox-ci, from packed tarballs.)
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  createSandbox,
  DEFAULT_API_KEY,
  DEFAULT_CLIENT_ID,
  DEFAULT_CLIENT_SECRET,
  DEFAULT_GSTIN,
  type EinvoiceSandbox,
  MSW_BASE_URL,
} from '../dist/index.js';
import { invoice } from './support/cli.js';

let sandbox: EinvoiceSandbox;
let server: ReturnType<typeof setupServer>;
let bearer: string;

async function api(path: string, init: RequestInit = {}): Promise<Response> {
  return fetch(`${sandbox.baseUrl}${path}`, {
    ...init,
    headers: { authorization: `Bearer ${bearer}`, 'content-type': 'application/json', ...init.headers },
  });
}

beforeAll(async () => {
  sandbox = await createSandbox({ latency: 'fast' });
  server = setupServer(...sandbox.handlers);
  server.listen({ onUnhandledRequest: 'error' });
});
async function freshToken(): Promise<void> {
  const res = await fetch(`${sandbox.baseUrl}/v1/oauth/token`, {
    method: 'POST',
    headers: {
      authorization: `Basic ${btoa(`${sandbox.client_id}:${sandbox.client_secret}`)}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: 'grant_type=client_credentials',
  });
  bearer = (await res.json()).access_token;
}

beforeEach(async () => {
  await sandbox.reset();
  await freshToken();
});
afterAll(async () => {
  server?.close();
  await sandbox?.close();
});

describe('MSW handlers from @einvoice/sandbox', () => {
  it('answer at the MSW origin with the fixed default credentials', () => {
    expect(sandbox.baseUrl).toBe(MSW_BASE_URL);
    expect(sandbox).toMatchObject({
      api_key: DEFAULT_API_KEY,
      gstin: DEFAULT_GSTIN,
      client_id: DEFAULT_CLIENT_ID,
      client_secret: DEFAULT_CLIENT_SECRET,
    });
  });

  it('generate an IRN, stateful: the document can be read back', async () => {
    const doc = invoice();
    const created = await api('/v1/irn', { method: 'POST', body: JSON.stringify(doc) });
    expect(created.status).toBe(201);
    const { Irn } = await created.json();
    const read = await api(`/v1/irn/${Irn}`);
    expect((await read.json()).doc_no).toBe(doc.DocDtls.No);
  });

  it('an armed NIC validation fault answers 422 with its GSTN code, once', async () => {
    sandbox.arm('nic-2189');
    const refused = await api('/v1/irn', { method: 'POST', body: JSON.stringify(invoice()) });
    expect(refused.status).toBe(422);
    expect((await refused.json()).gstn_errors.map((e: { code: string }) => e.code)).toEqual(['2189']);
    expect((await api('/v1/irn', { method: 'POST', body: JSON.stringify(invoice()) })).status).toBe(201);
  });

  it('reset forgets documents but keeps the credentials', async () => {
    expect((await api('/v1/irn', { method: 'POST', body: JSON.stringify(invoice()) })).status).toBe(201);
    await sandbox.reset();
    expect((await api('/v1/documents')).status).toBe(401); // tokens are gone with the state
    await freshToken();
    expect((await (await api('/v1/documents')).json()).data).toEqual([]);
  });

  it('an armed fault waits when a stale token is refused first (a client that re-authenticates still meets it)', async () => {
    const stale = bearer;
    await sandbox.reset();
    sandbox.arm('nic-2189');
    bearer = stale;
    expect((await api('/v1/irn', { method: 'POST', body: JSON.stringify(invoice()) })).status).toBe(401);
    await freshToken();
    const refused = await api('/v1/irn', { method: 'POST', body: JSON.stringify(invoice()) });
    expect(refused.status).toBe(422);
    expect(sandbox.requests().map((r) => `${r.path} ${r.status}`)).toEqual([
      '/v1/irn 401',
      '/v1/oauth/token 200',
      '/v1/irn 422',
    ]);
  });

  it('webhook deliveries are listed for assertions', async () => {
    expect(await sandbox.webhooks()).toEqual([]);
  });

  it('requests to other origins are not answered by the sandbox', async () => {
    await expect(fetch('https://example.invalid/v1/irn')).rejects.toThrow();
  });
});
