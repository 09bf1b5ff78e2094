// No cross-tenant access: another account's key sees none of this account's GSTINs, credentials or
// logs, and a token for one GSTIN sees nothing of another (reliability row 18).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from '../../src/app/usecases/accounts.js';
import { gstinSession, type Harness, startHarness } from '../support/harness.js';

let h: Harness;
let otherKey: string;
let victim: { clientId: string; clientSecret: string; token: string };
let intruder: { token: string };
const VICTIM = '29AAACP7879D1Z0';

beforeAll(async () => {
  h = await startHarness();
  victim = await gstinSession(h, VICTIM);
  otherKey = (await createAccount(h.server.deps, 'Other', 'sandbox')).apiKey;
  intruder = await gstinSession({ ...h, apiKey: otherKey }, '27AAPFU0939F1ZV');
});
afterAll(() => h.close());

describe("another account's key", () => {
  it('gets 404 (never 2xx) on every administration resource of this account', async () => {
    const secretId = (await h.request('GET', `/v1/gstins/${VICTIM}/credentials`, { token: h.apiKey })).body.data[0]
      .secrets[0].id;
    const attempts: [string, string, unknown?][] = [
      ['GET', `/v1/gstins/${VICTIM}`],
      ['GET', `/v1/gstins/${VICTIM}/credentials`],
      ['POST', `/v1/gstins/${VICTIM}/credentials`, { scopes: ['read'] }],
      ['POST', `/v1/credentials/${victim.clientId}/secrets`, {}],
      ['DELETE', `/v1/credentials/${victim.clientId}/secrets/${secretId}`],
      ['DELETE', `/v1/credentials/${victim.clientId}`],
    ];
    for (const [method, path, body] of attempts) {
      const res = await h.request(method, path, { token: otherKey, ...(body ? { body } : {}) });
      expect(res.status, `${method} ${path}`).toBe(404);
    }
    const list = await h.request('GET', '/v1/gstins', { token: otherKey });
    expect(list.body.data.map((g: any) => g.gstin)).toEqual(['27AAPFU0939F1ZV']);
    const audit = await h.request('GET', '/v1/audit-events?limit=100', { token: otherKey });
    expect(audit.body.data.every((e: any) => e.gstin !== VICTIM)).toBe(true);
    // The victim's credential still works.
    expect((await h.request('GET', '/v1/documents', { token: victim.token })).status).toBe(200);
  });

  it("cannot read this account's request logs", async () => {
    const mine = await h.request('GET', `/v1/logs?gstin=${VICTIM}&limit=5`, { token: h.apiKey });
    expect(mine.body.data.length).toBeGreaterThan(0);
    const theirs = await h.request('GET', `/v1/logs?gstin=${VICTIM}`, { token: otherKey });
    expect(theirs.body.data).toEqual([]);
    const one = await h.request('GET', `/v1/logs/${mine.body.data[0].id}`, { token: otherKey });
    expect(one.status).toBe(404);
  });
});

describe('a token for another GSTIN', () => {
  it("cannot see this GSTIN's logs", async () => {
    const res = await h.request('GET', `/v1/logs?gstin=${VICTIM}`, { token: intruder.token });
    expect([res.status, res.body.code]).toEqual([403, 'gstin_mismatch']);
    const own = await h.request('GET', '/v1/logs', { token: intruder.token });
    expect(own.body.data.every((l: any) => l.gstin === '27AAPFU0939F1ZV')).toBe(true);
  });
});
