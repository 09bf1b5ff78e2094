// bulkGenerateIrn: per-record results in request order; a retried batch redoes only what failed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gstinSession, type Harness, startHarness } from '../support/harness.js';
import { invoice } from '../support/invoices.js';

const SELLER = '29AAACP7879D1Z0';
let h: Harness;
let s: { token: string };

beforeAll(async () => {
  h = await startHarness();
  s = await gstinSession(h, SELLER);
});
afterAll(() => h.close());

describe('bulkGenerateIrn', () => {
  it('returns one result per record in order, and a retry only redoes the failures', async () => {
    const good = [invoice(SELLER), invoice(SELLER), invoice(SELLER)];
    const bad = invoice(SELLER);
    Object.assign(bad.ItemList[0]!, { IgstAmt: 180 });
    const documents = [good[0], bad, good[1], good[2]];
    const key = `bulk-${good[0]!.DocDtls.No}`;
    const first = await h.request('POST', '/v1/irn/bulk', {
      token: s.token,
      body: { documents },
      headers: { 'idempotency-key': key },
    });
    expect(first.status).toBe(200);
    expect(first.body.results.map((r: { index: number; status: string }) => [r.index, r.status])).toEqual([
      [0, 'generated'],
      [1, 'failed'],
      [2, 'generated'],
      [3, 'generated'],
    ]);
    expect(first.body.results[1].error.gstn_errors.map((e: { code: string }) => e.code)).toContain('2172');
    expect(first.body.summary).toEqual({ total: 4, generated: 3, replayed: 0, failed: 1, queued: 0 });
    expect(first.body.results[2].document.doc_no).toBe(good[1]!.DocDtls.No);

    const retry = await h.request('POST', '/v1/irn/bulk', {
      token: s.token,
      body: { documents },
      headers: { 'idempotency-key': key },
    });
    expect(retry.body.summary).toEqual({ total: 4, generated: 0, replayed: 3, failed: 1, queued: 0 });
    expect(retry.body.results[0].document.Irn).toBe(first.body.results[0].document.Irn);
    const atIrp = h.sandbox.ledger.snapshot().irns.filter((r) => good.some((g) => g.DocDtls.No === r.docNo));
    expect(atIrp).toHaveLength(3);
  });

  it('refuses more than 5,000 documents with 413 naming the limit', async () => {
    const one = invoice(SELLER);
    const res = await h.request('POST', '/v1/irn/bulk', {
      token: s.token,
      body: { documents: Array.from({ length: 5001 }, () => one) },
    });
    expect(res.status).toBe(413);
    expect(res.body.limit).toBe(5000);
  });
});
