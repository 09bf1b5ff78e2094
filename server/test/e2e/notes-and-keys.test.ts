// Credit notes against an original invoice; Idempotency-Key edge cases (reliability rows 1 and 6);
// NDJSON export of request logs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from '../../src/app/usecases/accounts.js';
import { gstinSession, type Harness, startHarness } from '../support/harness.js';
import { invoice, uniqueDocNo } from '../support/invoices.js';

const SELLER = '29AAACP7879D1Z0';
let h: Harness;
let s: { token: string };

beforeAll(async () => {
  h = await startHarness();
  s = await gstinSession(h, SELLER);
});
afterAll(() => h.close());

describe('generateNote', () => {
  it('registers a credit note that names its original invoice, with its own IRN', async () => {
    const original = invoice(SELLER);
    const inv = await h.request('POST', '/v1/irn', { token: s.token, body: original });
    const note = {
      ...invoice(SELLER, { docType: 'CRN', docNo: original.DocDtls.No, qty: 2 }),
      RefDtls: { PrecDocDtls: [{ InvNo: original.DocDtls.No, InvDt: original.DocDtls.Dt }] },
    };
    const res = await h.request('POST', '/v1/notes', { token: s.token, body: note });
    expect(res.status, res.text).toBe(201);
    expect(res.body).toMatchObject({ doc_type: 'CRN', doc_no: original.DocDtls.No, status: 'generated' });
    expect(res.body.Irn).not.toBe(inv.body.Irn); // same number, another type: another IRN
  });

  it('refuses a note without the original invoice (400) and a note carrying an e-way bill', async () => {
    const bare = invoice(SELLER, { docType: 'CRN' });
    const res = await h.request('POST', '/v1/notes', { token: s.token, body: bare });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { pointer: string }) => e.pointer)).toContain('/RefDtls');
  });
});

describe('Idempotency-Key edge cases', () => {
  it('refuses an empty or over-long key with 400', async () => {
    for (const key of ['', 'k'.repeat(256)]) {
      const res = await h.request('POST', '/v1/irn', {
        token: s.token,
        body: invoice(SELLER),
        headers: { 'idempotency-key': key },
      });
      expect(res.status, JSON.stringify(key.length)).toBe(400);
      expect(res.body.errors[0].pointer).toBe('header:Idempotency-Key');
    }
  });

  it('scopes keys to the tenant: two accounts using one key string get independent results', async () => {
    const other = { ...h, apiKey: (await createAccount(h.server.deps, 'Other', 'sandbox')).apiKey };
    const t = await gstinSession(other, SELLER); // the same GSTIN, registered by another account
    const key = `shared-${uniqueDocNo()}`;
    const mine = await h.request('POST', '/v1/irn', {
      token: s.token,
      body: invoice(SELLER),
      headers: { 'idempotency-key': key },
    });
    const theirs = await h.request('POST', '/v1/irn', {
      token: t.token,
      body: invoice(SELLER),
      headers: { 'idempotency-key': key },
    });
    expect(mine.status).toBe(201);
    expect(theirs.status, theirs.text).toBe(201);
    expect(theirs.headers.get('idempotent-replayed')).toBe('false');
    expect(theirs.body.Irn).not.toBe(mine.body.Irn);
  });
});

describe('exportRequestLogs', () => {
  it('streams NDJSON, one redacted log per line, filtered', async () => {
    const res = await h.request('GET', '/v1/logs/export?operation=registerGstin', { token: h.apiKey });
    expect(res.headers.get('content-type')).toMatch(/application\/x-ndjson/);
    const lines = res.text
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.length).toBeGreaterThan(0);
    for (const l of lines) {
      expect(l.operation).toBe('registerGstin');
      expect(l.request_body.irp_password).toBe('[REDACTED]');
    }
  });
});
