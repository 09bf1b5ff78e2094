// RFC 6749 §4.4 token endpoint and RFC 6750 resource errors, over real HTTP (reliability rows 16-17).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gstinSession, type Harness, startHarness } from '../support/harness.js';

const GSTIN = '29AAACP7879D1Z0';
let h: Harness;
let client: { clientId: string; clientSecret: string; token: string };
const basic = (id: string, secret: string) => `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`;

beforeAll(async () => {
  h = await startHarness();
  client = await gstinSession(h, GSTIN, ['irn:write', 'read']);
});
afterAll(() => h.close());

describe('createToken (RFC 6749 §4.4)', () => {
  it('issues a short-lived bearer token, never a refresh token, never cached', async () => {
    const res = await h.request('POST', '/v1/oauth/token', {
      form: { grant_type: 'client_credentials' },
      headers: { authorization: basic(client.clientId, client.clientSecret) },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ token_type: 'Bearer', expires_in: 900, scope: 'irn:write read' });
    expect(res.body.access_token).toMatch(/^at_test_/);
    expect(res.body).not.toHaveProperty('refresh_token');
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('accepts client credentials as form fields and narrows the scope', async () => {
    const res = await h.request('POST', '/v1/oauth/token', {
      form: {
        grant_type: 'client_credentials',
        client_id: client.clientId,
        client_secret: client.clientSecret,
        scope: 'read',
      },
    });
    expect(res.status).toBe(200);
    expect(res.body.scope).toBe('read');
    const refused = await h.request('POST', `/v1/irn/${'a'.repeat(64)}/cancel`, {
      token: res.body.access_token,
      body: { CnlRsn: '1' },
    });
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('insufficient_scope');
  });

  it('refuses a wrong secret with 401 invalid_client and a Basic challenge', async () => {
    const res = await h.request('POST', '/v1/oauth/token', {
      form: { grant_type: 'client_credentials' },
      headers: { authorization: basic(client.clientId, 'cs_test_wrong') },
    });
    expect(res.status).toBe(401);
    expect(res.body.error).toBe('invalid_client');
    expect(res.headers.get('www-authenticate')).toMatch(/^Basic realm="einvoice"/);
  });

  it('answers token errors as RFC 6749 §5.2 application/json, problem members included', async () => {
    const res = await fetch(`${h.url}/v1/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: basic(client.clientId, 'nope') },
      body: 'grant_type=client_credentials',
    });
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await res.json()).toMatchObject({
      error: 'invalid_client',
      error_description: expect.any(String),
      status: 401,
    });
  });

  it('refuses a parameter sent twice (RFC 6749 §3.2) with 400 invalid_request naming it', async () => {
    const res = await fetch(`${h.url}/v1/oauth/token`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: basic(client.clientId, client.clientSecret),
      },
      body: 'grant_type=client_credentials&scope=read&scope=irn:write',
    });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const body = (await res.json()) as { error: string; error_description: string };
    expect(body.error).toBe('invalid_request');
    expect(body.error_description).toMatch(/more than once: scope/);
  });

  it('refuses an unknown grant type, a scope the credential lacks, and credentials in the query', async () => {
    const auth = { authorization: basic(client.clientId, client.clientSecret) };
    const grant = await h.request('POST', '/v1/oauth/token', { form: { grant_type: 'password' }, headers: auth });
    expect([grant.status, grant.body.error]).toEqual([400, 'unsupported_grant_type']);
    const scope = await h.request('POST', '/v1/oauth/token', {
      form: { grant_type: 'client_credentials', scope: 'ewb:write' },
      headers: auth,
    });
    expect([scope.status, scope.body.error]).toEqual([400, 'invalid_scope']);
    const query = await h.request(
      'POST',
      `/v1/oauth/token?client_id=${client.clientId}&client_secret=${client.clientSecret}`,
      { form: { grant_type: 'client_credentials' } },
    );
    expect([query.status, query.body.error]).toEqual([400, 'invalid_request']);
    const both = await h.request('POST', '/v1/oauth/token', {
      form: { grant_type: 'client_credentials', client_id: client.clientId, client_secret: client.clientSecret },
      headers: auth,
    });
    expect([both.status, both.body.error]).toEqual([400, 'invalid_request']);
  });
});

describe('resource errors (RFC 6750)', () => {
  const irnPath = `/v1/irn/${'b'.repeat(64)}`;

  it('no token: 401 with a bare Bearer challenge', async () => {
    const res = await h.request('GET', irnPath);
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toBe('Bearer realm="einvoice"');
  });

  it('unknown or malformed token: 401 invalid_token', async () => {
    for (const token of [`at_test_${'x'.repeat(43)}`, 'nonsense']) {
      const res = await h.request('GET', irnPath, { token });
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toContain('error="invalid_token"');
    }
  });

  it('expired token: 401 invalid_token saying it expired', async () => {
    const short = await startHarness({ ACCESS_TOKEN_TTL_SECONDS: '60' });
    try {
      const s = await gstinSession(short, GSTIN);
      const realNow = Date.now();
      short.server.deps.clock = { now: () => new Date(realNow + 61_000) };
      const res = await short.request('GET', irnPath, { token: s.token });
      expect(res.status).toBe(401);
      expect(res.body.detail).toMatch(/expired/);
    } finally {
      await short.close();
    }
  });

  it('the account key cannot act for a GSTIN, and a GSTIN token cannot administer', async () => {
    const asAccount = await h.request('GET', irnPath, { token: h.apiKey });
    expect([asAccount.status, asAccount.body.code]).toEqual([403, 'wrong_credential']);
    const asToken = await h.request('GET', '/v1/gstins', { token: client.token });
    expect([asToken.status, asToken.body.code]).toEqual([403, 'wrong_credential']);
  });
});
