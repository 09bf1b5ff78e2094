// An answer that shows a secret once (here a client secret and a signing key) is replayed under its
// Idempotency-Key as sent, yet the idempotency table never holds the secret in clear: it is sealed like every
// other secret at rest. Over real HTTP and the real database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRawForTests } from '../../src/adapters/storage/index.js';
import { type Harness, startHarness } from '../support/harness.js';

const GSTIN = '29AAACP7879D1Z0';
let h: Harness;

beforeAll(async () => {
  h = await startHarness();
  await h.request('POST', '/v1/gstins', {
    token: h.apiKey,
    body: { gstin: GSTIN, irp_username: 'api_user', irp_password: 'sandbox' },
  });
});
afterAll(() => h.close());

describe('secrets in idempotent replays', () => {
  it('replays the created credential byte for byte, and stores it sealed', async () => {
    const send = () =>
      h.request('POST', `/v1/gstins/${GSTIN}/credentials`, {
        token: h.apiKey,
        body: { name: 'erp', scopes: ['read'] },
        headers: { 'idempotency-key': 'cred-secret-1' },
      });
    const first = await send();
    expect(first.status).toBe(201);
    const secret = String(first.body.client_secret);
    expect(secret).toMatch(/^cs_test_/);
    const replay = await send();
    expect(replay.status).toBe(201);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.text).toBe(first.text);
    const rows = await queryRawForTests(
      h.server.deps.storage,
      "select * from idempotency_keys where key = 'cred-secret-1'",
    );
    expect(rows).toHaveLength(1);
    const stored = JSON.stringify(rows[0]);
    expect(stored).not.toContain(secret);
    expect(stored).not.toContain(String(first.body.signing_key.secret));
    expect(stored).toContain('sealed:');
  });
});
