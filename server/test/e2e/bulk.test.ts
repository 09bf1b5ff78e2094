// bulkGenerateIrn as a durable job (issue #15, item 5): per-record results in request order when the job finishes
// within the wait; 202 with the job (and its Location) when it does not; GET for progress and paginated
// per-record results, scoped to the caller's account and GSTIN; a resubmission under the same Idempotency-Key
// answers the same job; bulk.completed once per job; a job whose runner died is resumed by the worker.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRawForTests } from '../../src/adapters/storage/index.js';
import type { BulkJobRecord } from '../../src/app/ports/records.js';
import { createAccount } from '../../src/app/usecases/accounts.js';
import { gstinSession, type Harness, startHarness } from '../support/harness.js';
import { invoice } from '../support/invoices.js';

const SELLER = '29AAACP7879D1Z0';
const OTHER_GSTIN = '27AAPFU0939F1ZV';
let h: Harness;
let s: { token: string };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeAll(async () => {
  // The bulk worker looks often here: the resume case below waits on it.
  h = await startHarness({ BULK_POLL_MS: '100', QUEUE_LEASE_MS: '1000' });
  s = await gstinSession(h, SELLER);
});
afterAll(() => h.close());

async function outboxFor(type: string): Promise<{ data: Record<string, any> }[]> {
  const rows = await queryRawForTests(
    h.server.deps.storage,
    `select payload from outbox_events where type = '${type}'`,
  );
  return rows.map((r) => (typeof r.payload === 'string' ? JSON.parse(r.payload) : r.payload));
}

async function untilCompleted(id: string, token = s.token, timeoutMs = 30_000) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const res = await h.request('GET', `/v1/irn/bulk/${id}`, { token });
    expect(res.status).toBe(200);
    if (res.body.status === 'completed' || Date.now() > end) return res;
    await sleep(100);
  }
}

const irnsAtIrp = (docNos: string[]) =>
  h.sandbox.ledger.snapshot().irns.filter((r) => docNos.includes(r.docNo.toUpperCase()));

describe('bulkGenerateIrn', () => {
  it('answers 200 with one result per record in order; the same key answers the same job, a new key a new one', async () => {
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
    expect(first.body.object).toBe('bulk_result');
    expect(first.headers.get('location')).toBe(`/v1/irn/bulk/${first.body.id}`);
    expect(first.body.results.map((r: { index: number; status: string }) => [r.index, r.status])).toEqual([
      [0, 'generated'],
      [1, 'failed'],
      [2, 'generated'],
      [3, 'generated'],
    ]);
    expect(first.body.results[1].error.gstn_errors.map((e: { code: string }) => e.code)).toContain('2172');
    expect(first.body.results[1].error.instance).toBe('/v1/irn/bulk#/documents/1');
    expect(first.body.summary).toEqual({ total: 4, generated: 3, replayed: 0, failed: 1, queued: 0 });
    expect(first.body.results[2].document.doc_no).toBe(good[1]!.DocDtls.No);

    // Same key: the same job, as it stands (not run again).
    const resubmitted = await h.request('POST', '/v1/irn/bulk', {
      token: s.token,
      body: { documents },
      headers: { 'idempotency-key': key },
    });
    expect(resubmitted.status).toBe(200);
    expect(resubmitted.headers.get('idempotent-replayed')).toBe('true');
    expect(resubmitted.body).toEqual(first.body);

    // Same key, another body: refused.
    const reused = await h.request('POST', '/v1/irn/bulk', {
      token: s.token,
      body: { documents: [good[0]] },
      headers: { 'idempotency-key': key },
    });
    expect(reused.status).toBe(422);

    // A new key: a new job; records whose document has an IRN come back replayed, nothing is submitted twice.
    const retry = await h.request('POST', '/v1/irn/bulk', {
      token: s.token,
      body: { documents },
      headers: { 'idempotency-key': `${key}-2` },
    });
    expect(retry.status).toBe(200);
    expect(retry.body.id).not.toBe(first.body.id);
    expect(retry.body.summary).toEqual({ total: 4, generated: 0, replayed: 3, failed: 1, queued: 0 });
    expect(retry.body.results[0].document.Irn).toBe(first.body.results[0].document.Irn);
    expect(irnsAtIrp(good.map((g) => g.DocDtls.No.toUpperCase()))).toHaveLength(3);

    // One bulk.completed per job, with its summary (in no particular order: the outbox ids of two events written
    // in the same millisecond need not sort as they were written).
    const completed = (await outboxFor('bulk.completed')).filter((e) =>
      [first.body.id, retry.body.id].includes(e.data.id),
    );
    const byJob = (a: [string, number], b: [string, number]) => a[0].localeCompare(b[0]);
    expect(completed.map((e): [string, number] => [e.data.id, e.data.summary.generated]).sort(byJob)).toEqual(
      (
        [
          [first.body.id, 3],
          [retry.body.id, 0],
        ] as [string, number][]
      ).sort(byJob),
    );
  });

  it('answers 202 with the job when it cannot finish within the wait; GET follows it to completion', async () => {
    const documents = Array.from({ length: 5 }, () => invoice(SELLER));
    const key = `bulk-async-${documents[0]!.DocDtls.No}`;
    const accepted = await h.request('POST', '/v1/irn/bulk', {
      token: s.token,
      body: { documents },
      headers: { 'idempotency-key': key, prefer: 'respond-async' },
    });
    expect(accepted.status).toBe(202);
    expect(accepted.headers.get('preference-applied')).toContain('respond-async');
    const id = accepted.body.id as string;
    expect(accepted.body).toMatchObject({
      object: 'bulk_job',
      gstin: SELLER,
      results_url: `/v1/irn/bulk/${id}/results`,
    });
    expect(['running', 'queued']).toContain(accepted.body.status);
    expect(accepted.body.summary.total).toBe(5);
    expect(accepted.headers.get('location')).toBe(`/v1/irn/bulk/${id}`);

    const done = await untilCompleted(id);
    expect(done.body).toMatchObject({
      status: 'completed',
      summary: { total: 5, generated: 5, replayed: 0, failed: 0, queued: 0, pending: 0 },
    });
    expect(done.body.completed_at).not.toBeNull();

    // Per-record results, two at a time, through the sealed cursor.
    const seen: { index: number; status: string; document: { doc_no: string } }[] = [];
    let cursor: string | null = null;
    do {
      const qs: string = cursor ? `limit=2&starting_after=${encodeURIComponent(cursor)}` : 'limit=2';
      const page = await h.request('GET', `/v1/irn/bulk/${id}/results?${qs}`, { token: s.token });
      expect(page.status).toBe(200);
      seen.push(...page.body.data);
      cursor = page.body.has_more ? page.body.next_cursor : null;
    } while (cursor);
    expect(seen.map((r) => [r.index, r.status, r.document.doc_no])).toEqual(
      documents.map((d, i) => [i, 'generated', d.DocDtls.No]),
    );
    const forged = await h.request('GET', `/v1/irn/bulk/${id}/results?starting_after=2`, { token: s.token });
    expect(forged.status).toBe(400);

    // The resubmission under the key answers the completed job in full.
    const again = await h.request('POST', '/v1/irn/bulk', {
      token: s.token,
      body: { documents },
      headers: { 'idempotency-key': key },
    });
    expect([again.status, again.body.id, again.body.object, again.headers.get('idempotent-replayed')]).toEqual([
      200,
      id,
      'bulk_result',
      'true',
    ]);
    expect((await outboxFor('bulk.completed')).filter((e) => e.data.id === id)).toHaveLength(1);
    const generated = (await outboxFor('irn.generated')).filter((e) =>
      documents.some((d) => d.DocDtls.No === e.data.doc_no),
    );
    expect(generated).toHaveLength(5);
  });

  it("is 404 to another GSTIN's token and to another account", async () => {
    const res = await h.request('POST', '/v1/irn/bulk', {
      token: s.token,
      body: { documents: [invoice(SELLER)] },
    });
    expect(res.status).toBe(200);
    const id = res.body.id as string;
    const sameAccountOtherGstin = await gstinSession(h, OTHER_GSTIN);
    const otherKey = (await createAccount(h.server.deps, 'Other', 'sandbox')).apiKey;
    const otherAccount = await gstinSession({ ...h, apiKey: otherKey }, SELLER);
    for (const token of [sameAccountOtherGstin.token, otherAccount.token]) {
      expect((await h.request('GET', `/v1/irn/bulk/${id}`, { token })).status).toBe(404);
      expect((await h.request('GET', `/v1/irn/bulk/${id}/results`, { token })).status).toBe(404);
    }
    expect((await h.request('GET', `/v1/irn/bulk/${id}`, { token: s.token })).status).toBe(200);
    expect((await h.request('GET', '/v1/irn/bulk/bulk_01NOSUCHJOB', { token: s.token })).status).toBe(404);
  });

  it('a job whose runner died (its lease lapsed) is resumed by the worker: only the records without an outcome', async () => {
    const documents = Array.from({ length: 3 }, () => invoice(SELLER));
    const repo = h.server.deps.storage.bulkJobs;
    const now = new Date();
    // What a killed process leaves behind: the job running under a lease that has run out, record 0 done.
    const job: BulkJobRecord = {
      id: `bulk_TEST${Date.now()}`,
      accountId: h.accountId,
      gstin: SELLER,
      environment: 'sandbox',
      idempotencyKey: null,
      requestId: 'req_test',
      status: 'running',
      total: documents.length,
      attempts: 1,
      // Due shortly (not at once: record 0 is settled below before the worker may look).
      nextAttemptAt: new Date(now.getTime() + 1500),
      leaseUntil: new Date(now.getTime() - 1),
      lastError: null,
      createdAt: now,
      updatedAt: now,
      completedAt: null,
    };
    expect(await h.server.deps.storage.transaction((tx) => tx.bulkJobs.create(job, documents))).toBe(true);
    const first = await h.request('POST', '/v1/irn', { token: s.token, body: documents[0] });
    expect(first.status).toBe(201);
    await repo.settleRecord(
      job.id,
      0,
      { status: 'generated', documentId: first.body.id, document: first.body, error: null },
      now,
    );

    const done = await untilCompleted(job.id);
    expect(done.body.summary).toEqual({ total: 3, generated: 3, replayed: 0, failed: 0, queued: 0, pending: 0 });
    expect(irnsAtIrp(documents.map((d) => d.DocDtls.No.toUpperCase()))).toHaveLength(3);
    expect((await outboxFor('bulk.completed')).filter((e) => e.data.id === job.id)).toHaveLength(1);
  });

  it('a record whose write was lost before the IRP registered it is submitted again, never settled failed', async () => {
    // The connection is reset on the generate: the outcome is ambiguous, the IRP then says it holds no IRN. A
    // single request's caller is told to retry with its key; a bulk record must be retried by the job itself.
    const documents = [invoice(SELLER)];
    h.sandbox.admin.injectFault({ gstin: SELLER, mode: 'reset', count: 1, ops: ['generate'] });
    const res = await h.request('POST', '/v1/irn/bulk', { token: s.token, body: { documents } });
    expect([200, 202]).toContain(res.status);
    const done = await untilCompleted(res.body.id);
    expect(done.body.summary).toMatchObject({ total: 1, generated: 1, failed: 0, pending: 0 });
    expect(irnsAtIrp([documents[0]!.DocDtls.No.toUpperCase()])).toHaveLength(1);
    const results = await h.request('GET', `/v1/irn/bulk/${res.body.id}/results`, { token: s.token });
    expect(results.body.data.map((r: { status: string }) => r.status)).toEqual(['generated']);
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
