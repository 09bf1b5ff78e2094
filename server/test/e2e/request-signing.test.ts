// Signed requests (RFC 9421) are verified with the credential's signing key; unsigned ones still work unless
// the credential requires signatures (then unsigned and badly signed requests are refused, token requests too).
import { execFile } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { promisify } from 'node:util';
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
      // RFC 6750 §3.1: a credential that does not authenticate is invalid_token with 401 (not invalid_request).
      expect(res.headers.get('www-authenticate'), name).toMatch(/^Bearer realm="einvoice", error="invalid_token", /);
      expect(res.headers.get('accept-signature'), name).toBe(
        `sig1=("@method" "@target-uri" "content-digest");created;keyid="${key.key_id}";alg="hmac-sha256"`,
      );
    }
  });

  it('answers Signature headers it cannot read with 400 and error="invalid_request"', async () => {
    const body = JSON.stringify(invoice(SELLER));
    const url = `${h.url}/v1/irn`;
    const good = sign('POST', url, body, key);
    const cases: Record<string, Record<string, string>> = {
      'Signature-Input without Signature': {
        'signature-input': good['signature-input'],
        'content-digest': good['content-digest']!,
      },
      'unparsable Signature-Input': { ...good, 'signature-input': 'sig1=nonsense' },
      'other alg': { ...good, 'signature-input': good['signature-input'].replace('hmac-sha256', 'ed25519') },
      'body not covered': {
        ...good,
        'signature-input': good['signature-input'].replace(' "content-digest"', ''),
      },
    };
    for (const [name, headers] of Object.entries(cases)) {
      const res = await h.request('POST', '/v1/irn', { token, body, headers });
      expect([res.status, res.body.code], name).toEqual([400, 'invalid_signature']);
      expect(res.headers.get('www-authenticate'), name).toMatch(/^Bearer realm="einvoice", error="invalid_request", /);
    }
    // The account key has no signing key: a signed administration request is malformed, not unauthenticated.
    const admin = await h.request('GET', `/v1/gstins/${SELLER}/credentials`, {
      token: h.apiKey,
      headers: sign('GET', `${h.url}/v1/gstins/${SELLER}/credentials`, undefined, key),
    });
    expect([admin.status, admin.body.code]).toEqual([400, 'invalid_signature']);
  });
});

const run = promisify(execFile);

/** curl -i: the status, the headers (lower-case names) and the body, exactly as a shell user sees them. */
async function curl(method: string, url: string, headers: Record<string, string>, body?: string) {
  const args = ['-sS', '-i', '-X', method, url];
  for (const [name, value] of Object.entries(headers)) args.push('-H', `${name}: ${value}`);
  if (body !== undefined) args.push('--data-binary', body);
  const { stdout } = await run('curl', args, { maxBuffer: 1 << 20 });
  const [head, ...rest] = stdout.split('\r\n\r\n');
  const [statusLine, ...lines] = head!.split('\r\n');
  const map = new Map(
    lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()] as const),
  );
  return { status: Number(statusLine!.split(' ')[1]), headers: map, body: JSON.parse(rest.join('\r\n\r\n')) };
}

describe('a credential that requires signatures', () => {
  let strict: { client_id: string; client_secret: string; signing_key: { key_id: string; secret: string } };
  let strictToken: string;
  let loose: { client_id: string; client_secret: string; signing_key: { key_id: string; secret: string } };
  const tokenUrl = () => `${h.url}/v1/oauth/token`;
  const tokenForm = new URLSearchParams({ grant_type: 'client_credentials' }).toString();
  const basic = (c: { client_id: string; client_secret: string }) =>
    `Basic ${Buffer.from(`${c.client_id}:${c.client_secret}`).toString('base64')}`;
  const askToken = (c: typeof strict, headers: Record<string, string> = {}) =>
    h.request('POST', '/v1/oauth/token', {
      form: { grant_type: 'client_credentials' },
      headers: { authorization: basic(c), ...headers },
    });

  beforeAll(async () => {
    const made = await h.request('POST', `/v1/gstins/${SELLER}/credentials`, {
      token: h.apiKey,
      body: { name: 'strict', scopes: ['irn:write', 'read'], plan: 'standard', require_signatures: true },
    });
    expect(made.status, made.text).toBe(201);
    expect(made.body.require_signatures).toBe(true);
    strict = made.body;
    const other = await h.request('POST', `/v1/gstins/${SELLER}/credentials`, {
      token: h.apiKey,
      body: { name: 'loose', scopes: ['read'] },
    });
    expect(other.body.require_signatures).toBe(false);
    loose = other.body;
    const tok = await askToken(strict, sign('POST', tokenUrl(), tokenForm, strict.signing_key));
    expect(tok.status, tok.text).toBe(200);
    strictToken = tok.body.access_token;
  });

  it('is listed with require_signatures', async () => {
    const list = await h.request('GET', `/v1/gstins/${SELLER}/credentials`, { token: h.apiKey });
    const byId = Object.fromEntries(list.body.data.map((c: any) => [c.client_id, c.require_signatures]));
    expect(byId[strict.client_id]).toBe(true);
    expect(byId[loose.client_id]).toBe(false);
  });

  it('refuses an unsigned request with 401 and the RFC 6750 challenge, and passes a signed one (curl)', async () => {
    const body = JSON.stringify(invoice(SELLER));
    const json = { 'content-type': 'application/json', authorization: `Bearer ${strictToken}` };
    const unsigned = await curl('POST', `${h.url}/v1/irn`, json, body);
    expect(unsigned.status).toBe(401);
    expect(unsigned.headers.get('www-authenticate')).toMatch(
      /^Bearer realm="einvoice", error="invalid_token", error_description="This credential requires signed requests/,
    );
    expect(unsigned.headers.get('accept-signature')).toBe(
      `sig1=("@method" "@target-uri" "content-digest");created;keyid="${strict.client_id}";alg="hmac-sha256"`,
    );
    expect(unsigned.body).toMatchObject({ status: 401, code: 'invalid_signature' });

    const signed = await curl(
      'POST',
      `${h.url}/v1/irn`,
      { ...json, ...sign('POST', `${h.url}/v1/irn`, body, strict.signing_key) },
      body,
    );
    expect(signed.status, JSON.stringify(signed.body)).toBe(201);

    const path = `/v1/irn/${signed.body.Irn}`;
    const get = await curl('GET', `${h.url}${path}`, { authorization: `Bearer ${strictToken}` });
    expect(get.status).toBe(401);
    expect(get.headers.get('accept-signature')).toBe(
      `sig1=("@method" "@target-uri");created;keyid="${strict.client_id}";alg="hmac-sha256"`,
    );
    const signedGet = await curl('GET', `${h.url}${path}`, {
      authorization: `Bearer ${strictToken}`,
      ...sign('GET', `${h.url}${path}`, undefined, strict.signing_key),
    });
    expect(signedGet.status).toBe(200);
  });

  it('refuses unsigned and badly signed requests through the contract too', async () => {
    const body = JSON.stringify(invoice(SELLER));
    const unsigned = await h.request('POST', '/v1/irn', { token: strictToken, body });
    expect([unsigned.status, unsigned.body.code]).toEqual([401, 'invalid_signature']);
    const wrongKey = await h.request('POST', '/v1/irn', {
      token: strictToken,
      body,
      headers: sign('POST', `${h.url}/v1/irn`, body, { ...strict.signing_key, secret: loose.signing_key.secret }),
    });
    expect([wrongKey.status, wrongKey.body.code]).toEqual([401, 'invalid_signature']);
    expect(wrongKey.headers.get('www-authenticate')).toMatch(/error="invalid_token"/);
  });

  describe('token requests', () => {
    it('refuses an unsigned token request of a client that requires signatures (401 invalid_client)', async () => {
      const res = await askToken(strict);
      expect([res.status, res.body.error]).toEqual([401, 'invalid_client']);
      expect(res.body.error_description).toMatch(/requires signed requests/);
      expect(res.headers.get('www-authenticate')).toBe('Basic realm="einvoice", charset="UTF-8"');
      expect(res.headers.get('accept-signature')).toBe(
        `sig1=("@method" "@target-uri" "content-digest");created;keyid="${strict.client_id}";alg="hmac-sha256"`,
      );
    });

    it('refuses a badly signed token request even when signatures are optional', async () => {
      const cases: Record<string, Record<string, string>> = {
        'wrong key': sign('POST', tokenUrl(), tokenForm, { ...loose.signing_key, secret: strict.signing_key.secret }),
        'another keyid': sign('POST', tokenUrl(), tokenForm, strict.signing_key),
        'changed body': {
          ...sign('POST', tokenUrl(), tokenForm, loose.signing_key),
          'content-digest': contentDigest('grant_type=password'),
        },
        stale: sign('POST', tokenUrl(), tokenForm, loose.signing_key, Math.floor(Date.now() / 1000) - 600),
      };
      for (const [name, headers] of Object.entries(cases)) {
        const res = await askToken(loose, headers);
        expect([res.status, res.body.error], name).toEqual([401, 'invalid_client']);
        expect(res.headers.get('accept-signature'), name).toMatch(/keyid="cli_test_/);
      }
      const unreadable = await askToken(loose, { 'signature-input': 'sig1=nonsense', signature: 'sig1=:AAAA:' });
      expect([unreadable.status, unreadable.body.error]).toEqual([400, 'invalid_request']);
    });

    it('issues tokens to correctly signed requests, and to unsigned ones when signatures are optional', async () => {
      expect((await askToken(loose)).status).toBe(200);
      expect((await askToken(loose, sign('POST', tokenUrl(), tokenForm, loose.signing_key))).status).toBe(200);
      expect((await askToken(strict, sign('POST', tokenUrl(), tokenForm, strict.signing_key))).status).toBe(200);
    });

    it('still checks the secret first: a valid signature does not replace it', async () => {
      const res = await askToken(
        { ...strict, client_secret: 'cs_test_wrongwrongwrongwrongwrong' },
        sign('POST', tokenUrl(), tokenForm, strict.signing_key),
      );
      expect([res.status, res.body.error]).toEqual([401, 'invalid_client']);
      expect(res.headers.get('accept-signature')).toBeNull();
    });

    it('audits a refused token signature', async () => {
      await askToken(strict);
      const audit = await h.request('GET', '/v1/audit-events?type=auth.failed&limit=100', { token: h.apiKey });
      expect(audit.status, audit.text).toBe(200);
      const refused = audit.body.data.filter(
        (e: any) => e.type === 'auth.failed' && e.data?.reason === 'invalid_signature',
      );
      expect(refused.length).toBeGreaterThan(0);
    });
  });
});
