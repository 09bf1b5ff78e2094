// Credentials per GSTIN: two-secret rotation, immediate revocation, secrets shown once and hashed at
// rest, every security event audited (reliability rows 19, 20, 22).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRawForTests } from '../../src/adapters/storage/index.js';
import { gstinSession, type Harness, startHarness } from '../support/harness.js';

const GSTIN = '27AAPFU0939F1ZV';
let h: Harness;
const basic = (id: string, secret: string) => `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`;
const tokenFor = (id: string, secret: string) =>
  h.request('POST', '/v1/oauth/token', {
    form: { grant_type: 'client_credentials' },
    headers: { authorization: basic(id, secret) },
  });
const readDoc = (token: string) => h.request('GET', `/v1/irn/${'c'.repeat(64)}`, { token });

beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

describe('rotation without downtime', () => {
  it('keeps two secrets working, refuses a third, and revokes one immediately', async () => {
    const first = await gstinSession(h, GSTIN);
    const added = await h.request('POST', `/v1/credentials/${first.clientId}/secrets`, { token: h.apiKey, body: {} });
    expect(added.status).toBe(201);
    const second = added.body.client_secret as string;

    const t1 = await tokenFor(first.clientId, first.clientSecret);
    const t2 = await tokenFor(first.clientId, second);
    expect([t1.status, t2.status]).toEqual([200, 200]);
    const third = await h.request('POST', `/v1/credentials/${first.clientId}/secrets`, { token: h.apiKey, body: {} });
    expect([third.status, third.body.code]).toEqual([409, 'too_many_secrets']);

    const list = await h.request('GET', `/v1/gstins/${GSTIN}/credentials`, { token: h.apiKey });
    const oldSecretId = list.body.data.find((c: any) => c.client_id === first.clientId).secrets[0].id;
    const revoked = await h.request('DELETE', `/v1/credentials/${first.clientId}/secrets/${oldSecretId}`, {
      token: h.apiKey,
    });
    expect(revoked.status).toBe(200);

    // Effective at once: the old secret's token and the old secret itself stop working; the new ones work.
    expect((await readDoc(t1.body.access_token)).status).toBe(401);
    expect((await tokenFor(first.clientId, first.clientSecret)).status).toBe(401);
    expect((await readDoc(t2.body.access_token)).status).toBe(404);

    const last = await h.request('DELETE', `/v1/credentials/${first.clientId}/secrets/${added.body.secret.id}`, {
      token: h.apiKey,
    });
    expect([last.status, last.body.code]).toEqual([409, 'last_secret']);
  });

  it('revoking the credential ends every token at once', async () => {
    const s = await gstinSession(h, GSTIN, ['read']);
    expect((await readDoc(s.token)).status).toBe(404);
    const res = await h.request('DELETE', `/v1/credentials/${s.clientId}`, { token: h.apiKey });
    expect(res.status).toBe(200);
    expect(res.body.revoked_at).not.toBeNull();
    expect((await readDoc(s.token)).status).toBe(401);
    expect((await tokenFor(s.clientId, s.clientSecret)).body.error).toBe('invalid_client');
  });
});

/**
 * Everything the database holds for this server: on SQLite every byte of the files (main and
 * write-ahead log, so even deleted or unvacuumed rows count); on PostgreSQL every row of every table.
 */
async function databaseContents(): Promise<string> {
  const storage = h.server.deps.storage;
  if (storage.dialect === 'sqlite') {
    return readdirSync(h.dataDir)
      .filter((f) => f.startsWith('einvoice.db'))
      .map((f) => readFileSync(join(h.dataDir, f)).toString('latin1'))
      .join('');
  }
  const tables = await queryRawForTests(storage, "select tablename from pg_tables where schemaname = 'public'");
  const dumps = await Promise.all(
    tables.map((t) => queryRawForTests(storage, `select * from "${String(t.tablename)}"`)),
  );
  return JSON.stringify(dumps);
}

describe('secrets at rest and in logs', () => {
  it('shows a secret once, then only its prefix', async () => {
    const s = await gstinSession(h, '29AAGCB7383J1Z4');
    const list = await h.request('GET', '/v1/gstins/29AAGCB7383J1Z4/credentials', { token: h.apiKey });
    expect(list.text).not.toContain(s.clientSecret);
    expect(list.body.data[0].secrets[0].prefix).toBe(s.clientSecret.slice(0, 12));
  });

  it('never stores a secret, password or token: canaries are absent from the database', async () => {
    const irpPassword = 'CANARY-irp-password-7f3a9';
    await h.request('POST', '/v1/gstins', {
      token: h.apiKey,
      body: { gstin: '05AAACG2115R1ZN', irp_username: 'u', irp_password: irpPassword },
    });
    const s = await gstinSession(h, '05AAACG2115R1ZN');
    await tokenFor(s.clientId, 'cs_test_CANARYwrongsecret1234567890'); // a failed auth is logged and audited
    await h.request('GET', `/v1/irn/${'d'.repeat(64)}`, { token: s.token });
    const bytes = await databaseContents();
    expect(bytes).toContain(s.clientId); // the scan sees real data
    const logText = h.logLines.join('');
    expect(logText).toContain('createToken'); // the log scan sees real lines
    for (const canary of [h.apiKey, s.clientSecret, s.token, irpPassword, 'CANARYwrongsecret']) {
      expect(bytes.includes(canary), `found ${canary.slice(0, 14)}... in the database`).toBe(false);
      expect(logText.includes(canary), `found ${canary.slice(0, 14)}... in the server log`).toBe(false);
    }
    // The request log of the token call exists, with the form redacted.
    const logs = await h.request('GET', '/v1/logs?operation=createToken', { token: h.apiKey, raw: true });
    if (logs.status === 200) expect(logs.text).not.toContain('CANARY');
  });
});

describe('audit trail', () => {
  it('records credential issue, rotation, revocation, failed auth and authorisation failures', async () => {
    const s = await gstinSession(h, '09AAJCM7191E1Z5', ['read']);
    const added = await h.request('POST', `/v1/credentials/${s.clientId}/secrets`, { token: h.apiKey, body: {} });
    await h.request('DELETE', `/v1/credentials/${s.clientId}/secrets/${added.body.secret.id}`, { token: h.apiKey });
    await tokenFor(s.clientId, 'cs_test_nope');
    await h.request('POST', `/v1/irn/${'e'.repeat(64)}/cancel`, { token: s.token, body: { CnlRsn: '1' } }); // lacks irn:write
    await h.request('DELETE', `/v1/credentials/${s.clientId}`, { token: h.apiKey });

    const res = await h.request('GET', '/v1/audit-events?gstin=09AAJCM7191E1Z5&limit=100', { token: h.apiKey });
    const types = res.body.data.map((e: any) => e.type);
    for (const t of [
      'gstin.registered',
      'credential.created',
      'credential.secret_added',
      'credential.secret_revoked',
      'auth.failed',
      'auth.forbidden',
      'credential.revoked',
    ]) {
      expect(types, t).toContain(t);
    }
    for (const e of res.body.data) {
      expect(e.request_id).toMatch(/^req_/);
      expect(JSON.stringify(e)).not.toContain(s.clientSecret);
    }
    const forbidden = res.body.data.find((e: any) => e.type === 'auth.forbidden');
    expect(forbidden.data).toMatchObject({ reason: 'insufficient_scope', required: 'irn:write' });
  });
});
