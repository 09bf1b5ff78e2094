// Signed requests (RFC 9421) are verified with the credential's signing key; unsigned ones still work.
import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentDigest, signatureBase } from '../../src/http/pipeline/signature.js';
import { type Harness, startHarness } from '../support/harness.js';
import { invoice } from '../support/invoices.js';

const SELLER = '29AAACP7879D1Z0';
let h: Harness;
let token: string;
let key: { key_id: string; secret: string };

function sign(
  method: string,
  url: string,
  body: string | undefined,
  k: { key_id: string; secret: string },
  created = Math.floor(Date.now() / 1000),
) {
  const components = body === undefined ? ['@method', '@target-uri'] : ['@method', '@target-uri', 'content-digest'];
  const params = `(${components.map((c) => `"${c}"`).join(' ')});created=${created};keyid="${k.key_id}";alg="hmac-sha256"`;
  const digest = body === undefined ? undefined : contentDigest(body);
  const base = signatureBase(method, url, digest, { components, params });
  const mac = createHmac('sha256', Buffer.from(k.secret, 'base64')).update(base).digest('base64');
  return {
    'signature-input': `sig1=${params}`,
    signature: `sig1=:${mac}:`,
    ...(digest ? { 'content-digest': digest } : {}),
  };
}

beforeAll(async () => {
  h = await startHarness();
  await h.request('POST', '/v1/gstins', {
    token: h.apiKey,
    body: { gstin: SELLER, irp_username: 'u', irp_password: 'sandbox' },
  });
  const cred = await h.request('POST', `/v1/gstins/${SELLER}/credentials`, {
    token: h.apiKey,
    body: { scopes: ['irn:write', 'read'], plan: 'standard' },
  });
  key = cred.body.signing_key;
  expect(key.key_id).toBe(cred.body.client_id);
  const tok = await h.request('POST', '/v1/oauth/token', {
    form: { grant_type: 'client_credentials', client_id: cred.body.client_id, client_secret: cred.body.client_secret },
  });
  token = tok.body.access_token;
});
afterAll(() => h.close());

describe('RFC 9421 request signatures', () => {
  it('accepts a correctly signed request, and an unsigned one', async () => {
    const body = JSON.stringify(invoice(SELLER));
    const signed = await h.request('POST', '/v1/irn', {
      token,
      body,
      headers: sign('POST', `${h.url}/v1/irn`, body, key),
    });
    expect(signed.status, signed.text).toBe(201);
    const get = await h.request('GET', `/v1/irn/${signed.body.Irn}`, {
      token,
      headers: sign('GET', `${h.url}/v1/irn/${signed.body.Irn}`, undefined, key),
    });
    expect(get.status).toBe(200);
    expect((await h.request('POST', '/v1/irn', { token, body: invoice(SELLER) })).status).toBe(201);
  });

  it('refuses a changed body, a wrong key, another keyid and a stale signature with 401 invalid_signature', async () => {
    const body = JSON.stringify(invoice(SELLER));
    const other = JSON.stringify(invoice(SELLER));
    const url = `${h.url}/v1/irn`;
    const cases: Record<string, Record<string, string>> = {
      'changed body': { ...sign('POST', url, body, key), 'content-digest': contentDigest(other) },
      'digest of another body': sign('POST', url, other, key),
      'wrong key': sign('POST', url, body, { ...key, secret: Buffer.alloc(32, 7).toString('base64') }),
      'another keyid': sign('POST', url, body, { ...key, key_id: 'cli_test_someoneelse' }),
      stale: sign('POST', url, body, key, Math.floor(Date.now() / 1000) - 600),
    };
    for (const [name, headers] of Object.entries(cases)) {
      const res = await h.request('POST', '/v1/irn', { token, body, headers });
      expect([res.status, res.body.code], name).toEqual([401, 'invalid_signature']);
    }
  });
});
