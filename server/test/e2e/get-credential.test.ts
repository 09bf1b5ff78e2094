// getCredential (issue #16): createCredential's `Location: /v1/credentials/{client_id}` resolves, to the
// credential as listCredentials presents it; another account's client is 404 like an absent one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from '../../src/app/usecases/accounts.js';
import { type Harness, startHarness } from '../support/harness.js';

const GSTIN = '29AAACP7879D1Z0';
let h: Harness;

beforeAll(async () => {
  h = await startHarness();
  const reg = await h.request('POST', '/v1/gstins', {
    token: h.apiKey,
    body: { gstin: GSTIN, irp_username: 'u', irp_password: 'sandbox' },
  });
  expect(reg.status).toBe(201);
});
afterAll(() => h.close());

describe('getCredential', () => {
  it("answers createCredential's Location with the credential as the list shows it, secrets never", async () => {
    const created = await h.request('POST', `/v1/gstins/${GSTIN}/credentials`, {
      token: h.apiKey,
      body: { name: 'ERP', scopes: ['irn:write', 'read'], plan: 'developer' },
    });
    expect(created.status).toBe(201);
    const location = created.headers.get('location')!;
    expect(location).toBe(`/v1/credentials/${created.body.client_id}`);

    const got = await h.request('GET', location, { token: h.apiKey });
    expect(got.status).toBe(200);
    const list = await h.request('GET', `/v1/gstins/${GSTIN}/credentials`, { token: h.apiKey });
    expect(got.body).toEqual(list.body.data.find((c: { client_id: string }) => c.client_id === created.body.client_id));
    expect(got.body).toMatchObject({
      object: 'credential',
      gstin: GSTIN,
      scopes: ['irn:write', 'read'],
      plan: 'developer',
    });
    expect(got.text).not.toContain(created.body.client_secret);
    expect(got.text).not.toContain(created.body.signing_key.secret);
    expect(got.body).not.toHaveProperty('client_secret');
    expect(got.body).not.toHaveProperty('signing_key');

    const head = await h.request('HEAD', location, { token: h.apiKey, raw: true });
    expect([head.status, head.text]).toEqual([200, '']);

    // Revoked credentials stay readable, with revoked_at set.
    expect((await h.request('DELETE', location, { token: h.apiKey })).status).toBe(200);
    const revoked = await h.request('GET', location, { token: h.apiKey });
    expect(revoked.status).toBe(200);
    expect(revoked.body.revoked_at).toEqual(expect.any(String));
  });

  it("is 404 for another account's client and for an unknown one; account key only", async () => {
    const created = await h.request('POST', `/v1/gstins/${GSTIN}/credentials`, {
      token: h.apiKey,
      body: { scopes: ['read'], plan: 'standard' },
    });
    const other = await createAccount(h.server.deps, 'Other account', 'sandbox');
    const foreign = await h.request('GET', `/v1/credentials/${created.body.client_id}`, { token: other.apiKey });
    const unknown = await h.request('GET', '/v1/credentials/cli_test_doesnotexist00000', { token: h.apiKey });
    expect([foreign.status, foreign.body.code]).toEqual([404, 'not_found']);
    expect([unknown.status, unknown.body.code]).toEqual([404, 'not_found']);
    expect(foreign.body.detail.replace(created.body.client_id, 'X')).toBe(
      unknown.body.detail.replace('cli_test_doesnotexist00000', 'X'),
    );

    const anonymous = await h.request('GET', `/v1/credentials/${created.body.client_id}`);
    expect(anonymous.status).toBe(401);
    const token = await h.request('POST', '/v1/oauth/token', {
      form: { grant_type: 'client_credentials' },
      headers: {
        authorization: `Basic ${Buffer.from(`${created.body.client_id}:${created.body.client_secret}`).toString('base64')}`,
      },
    });
    const withToken = await h.request('GET', `/v1/credentials/${created.body.client_id}`, {
      token: token.body.access_token,
    });
    expect([withToken.status, withToken.body.code]).toEqual([403, 'wrong_credential']);
  });
});
