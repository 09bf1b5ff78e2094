// Dated API versions over real HTTP (issue #23): pinning, the header override, the echo, the version
// transforms (token errors before 2026-12-05), and the Deprecation/Sunset/Link signals with `warnings`.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRawForTests } from '../../src/adapters/storage/index.js';
import { createAccount } from '../../src/app/usecases/accounts.js';
import { apiVersions, CURRENT_API_VERSION, OLDEST_API_VERSION } from '../../src/app/versions/api-versions.js';
import { gstinSession, type Harness, startHarness } from '../support/harness.js';

const GSTIN = '29AAACP7879D1Z0';
const OLD_GSTIN = '27AAACP7879D1Z4';
const basic = (id: string, secret: string) => `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`;
// 2026-12-05T00:00:00Z, the day 2026-12-01 and the form's client_secret were first signalled; sunset 90 days on.
const DEPRECATION = '@1796428800';
const SUNSET = 'Fri, 05 Mar 2027 00:00:00 GMT';

let h: Harness;
let client: { clientId: string; clientSecret: string; token: string };
/** An account created before versions existed: the migration pinned it to the oldest version. */
let old: { apiKey: string; clientId: string; clientSecret: string };

beforeAll(async () => {
  h = await startHarness();
  client = await gstinSession(h, GSTIN, ['irn:write', 'read']);
  const created = await createAccount(h.server.deps, 'Before versions', 'sandbox');
  await queryRawForTests(
    h.server.deps.storage,
    `update accounts set api_version = '${OLDEST_API_VERSION}' where id = '${created.account.id}'`,
  );
  const reg = await h.request('POST', '/v1/gstins', {
    token: created.apiKey,
    body: { gstin: OLD_GSTIN, irp_username: 'api_user', irp_password: 'sandbox' },
  });
  expect(reg.status).toBe(201);
  const cred = await h.request('POST', `/v1/gstins/${OLD_GSTIN}/credentials`, {
    token: created.apiKey,
    body: { name: 'old', scopes: ['read'] },
  });
  expect(cred.status).toBe(201);
  old = { apiKey: created.apiKey, clientId: cred.body.client_id, clientSecret: cred.body.client_secret };
});
afterAll(() => h.close());

describe('choosing the version', () => {
  it('answers a new account in the current version, says so, and signals nothing', async () => {
    const res = await h.request('GET', '/v1/gstins', { token: h.apiKey });
    expect(res.status).toBe(200);
    expect(res.headers.get('einvoice-version')).toBe(CURRENT_API_VERSION);
    expect(res.headers.get('deprecation')).toBeNull();
    expect(res.headers.get('sunset')).toBeNull();
  });

  it('answers an account pinned before versions in the oldest version, with its removal signalled', async () => {
    const res = await h.request('GET', '/v1/gstins', { token: old.apiKey });
    expect(res.status).toBe(200);
    expect(res.headers.get('einvoice-version')).toBe(OLDEST_API_VERSION);
    expect(res.headers.get('deprecation')).toBe(DEPRECATION);
    expect(res.headers.get('sunset')).toBe(SUNSET);
    expect(res.headers.get('link')).toBe(
      `<${apiVersions[0]!.deprecation!.guide}>; rel="deprecation"; type="text/html"`,
    );
  });

  it('lets Einvoice-Version override the pin, in both directions', async () => {
    const down = await h.request('GET', '/v1/gstins', {
      token: h.apiKey,
      headers: { 'einvoice-version': OLDEST_API_VERSION },
    });
    expect(down.headers.get('einvoice-version')).toBe(OLDEST_API_VERSION);
    expect(down.headers.get('deprecation')).toBe(DEPRECATION);
    const up = await h.request('GET', '/v1/gstins', {
      token: old.apiKey,
      headers: { 'einvoice-version': CURRENT_API_VERSION },
    });
    expect(up.headers.get('einvoice-version')).toBe(CURRENT_API_VERSION);
    expect(up.headers.get('deprecation')).toBeNull();
  });

  it('refuses an unknown version with 400 unknown_api_version naming the supported ones', async () => {
    const res = await h.request('GET', '/v1/gstins', {
      token: h.apiKey,
      headers: { 'einvoice-version': '2020-01-01' },
      raw: true,
    });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(res.body).toMatchObject({
      code: 'unknown_api_version',
      supported_versions: apiVersions.map((v) => v.name),
    });
    expect(res.body.detail).toContain('2020-01-01');
  });
});

describe('the 2026-12-05 change: token errors as application/json', () => {
  const wrongSecret = (clientId: string, headers: Record<string, string> = {}) =>
    h.request('POST', '/v1/oauth/token', {
      form: { grant_type: 'client_credentials' },
      headers: { authorization: basic(clientId, 'cs_test_wrong'), ...headers },
    });

  it('answers the client of an account pinned to 2026-12-01 as it did then (problem+json), same body', async () => {
    const then = await wrongSecret(old.clientId);
    const now = await wrongSecret(old.clientId, { 'einvoice-version': CURRENT_API_VERSION });
    expect(then.status).toBe(401);
    expect(then.headers.get('einvoice-version')).toBe(OLDEST_API_VERSION);
    expect(then.headers.get('content-type')).toBe('application/problem+json');
    expect(now.status).toBe(401);
    expect(now.headers.get('einvoice-version')).toBe(CURRENT_API_VERSION);
    expect(now.headers.get('content-type')).toBe('application/json');
    const { request_id: _a, ...thenBody } = then.body;
    const { request_id: _b, ...nowBody } = now.body;
    expect(thenBody).toEqual(nowBody);
    expect(thenBody.error).toBe('invalid_client');
  });

  it('answers a current account, and an unknown client, in the current shape', async () => {
    const mine = await wrongSecret(client.clientId);
    expect(mine.headers.get('einvoice-version')).toBe(CURRENT_API_VERSION);
    expect(mine.headers.get('content-type')).toBe('application/json');
    const stranger = await wrongSecret('cli_test_nobodyAtAll0000');
    expect(stranger.status).toBe(401);
    expect(stranger.headers.get('einvoice-version')).toBe(CURRENT_API_VERSION);
    const pinnedDown = await wrongSecret(client.clientId, { 'einvoice-version': OLDEST_API_VERSION });
    expect(pinnedDown.headers.get('content-type')).toBe('application/problem+json');
  });
});

describe('a deprecated request field: the form client_secret', () => {
  it('still works, and the answer and the request log say until when and what replaces it', async () => {
    const res = await h.request('POST', '/v1/oauth/token', {
      form: { grant_type: 'client_credentials', client_id: client.clientId, client_secret: client.clientSecret },
    });
    expect(res.status).toBe(200);
    expect(res.body.access_token).toMatch(/^at_test_/);
    expect(res.body.warnings).toEqual([
      expect.objectContaining({
        code: 'deprecated_field',
        field: 'client_secret',
        sunset: '2027-03-05',
        guide: 'https://einvoice.dev/docs/migrations/form-client-credentials',
      }),
    ]);
    expect(res.headers.get('deprecation')).toBe(DEPRECATION);
    expect(res.headers.get('sunset')).toBe(SUNSET);
    expect(res.headers.get('link')).toBe(
      '<https://einvoice.dev/docs/migrations/form-client-credentials>; rel="deprecation"; type="text/html"',
    );

    const requestId = res.headers.get('x-request-id');
    const logs = await h.request('GET', '/v1/logs?operation=createToken&limit=50', { token: h.apiKey });
    const entry = logs.body.data.find((l: { request_id: string }) => l.request_id === requestId);
    expect(entry).toMatchObject({ api_version: CURRENT_API_VERSION, warnings: res.body.warnings });
  });

  it('is not signalled to a client that authenticates with HTTP Basic', async () => {
    const res = await h.request('POST', '/v1/oauth/token', {
      form: { grant_type: 'client_credentials' },
      headers: { authorization: basic(client.clientId, client.clientSecret) },
    });
    expect(res.status).toBe(200);
    expect(res.body).not.toHaveProperty('warnings');
    expect(res.headers.get('deprecation')).toBeNull();
  });
});

describe('a deprecated operation: getGstinDetails, replaced by getTaxpayer', () => {
  const GUIDE = '<https://einvoice.dev/docs/migrations/get-gstin-details>; rel="deprecation"; type="text/html"';
  const KNOWN = '29AAGCB7383J1Z4';

  it('still answers, the same body as its replacement, with Deprecation, Sunset and the guide', async () => {
    const replacement = await h.request('GET', `/v1/taxpayers/${KNOWN}`, { token: client.token });
    expect(replacement.status, replacement.text).toBe(200);
    expect(replacement.body).toMatchObject({ Gstin: KNOWN, Status: 'ACT' });
    expect(replacement.headers.get('deprecation')).toBeNull();
    expect(replacement.headers.get('sunset')).toBeNull();
    expect(replacement.headers.get('link')).toBeNull();

    const res = await h.request('GET', `/v1/gstin-details/${KNOWN}`, { token: client.token });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toEqual(replacement.body);
    expect(res.headers.get('einvoice-version')).toBe(CURRENT_API_VERSION);
    expect(res.headers.get('deprecation')).toBe(DEPRECATION);
    expect(res.headers.get('sunset')).toBe(SUNSET);
    expect(res.headers.get('link')).toBe(GUIDE);
  });

  it('signals on a refusal too, and names both guides to a client also on a deprecated version', async () => {
    const unknown = await h.request('GET', '/v1/gstin-details/29AAGCB7383J1Z5', { token: client.token });
    expect(unknown.status).toBe(422);
    expect(unknown.body.gstn_errors[0].code).toBe('3028');
    expect(unknown.headers.get('deprecation')).toBe(DEPRECATION);
    expect(unknown.headers.get('link')).toBe(GUIDE);

    const res = await h.request('GET', `/v1/gstin-details/${KNOWN}`, {
      token: client.token,
      headers: { 'einvoice-version': OLDEST_API_VERSION },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('einvoice-version')).toBe(OLDEST_API_VERSION);
    expect(res.headers.get('sunset')).toBe(SUNSET);
    expect(res.headers.get('link')).toBe(
      `<${apiVersions[0]!.deprecation!.guide}>; rel="deprecation"; type="text/html", ${GUIDE}`,
    );
  });
});
