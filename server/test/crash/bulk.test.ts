// A bulk call killed mid-way (issue #15, item 5): the server is SIGKILLed while it relays a bulk of N invoices
// to a slow IRP, with the client still waiting. It is restarted and nobody resubmits anything. The job finishes
// by itself: every record has exactly one IRN at the IRP and in the archive, one irn.generated per record, and
// exactly one bulk.completed. Before durable bulk jobs the records not yet relayed simply vanished.
// SQLite always; PostgreSQL too when TEST_DATABASE_URL is set (scripts/with-postgres.sh), a fresh database each.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Contract } from '@einvoice/openapi';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { contractClient } from '../support/contract-client.js';
import { gstinSession, type Harness } from '../support/harness.js';
import { invoice } from '../support/invoices.js';
import { freshPostgresDatabase } from '../support/postgres-database.js';
import { query, until } from './probes.js';
import { killAll, startSandbox, startServer } from './processes.js';

const SELLER = '29AAACP7879D1Z0';
const RECORDS = 40;
type Dialect = 'sqlite' | 'postgres';
const DIALECTS: Dialect[] = process.env.TEST_DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite'];

let contract: Contract;
beforeAll(() => {
  contract = new Contract();
});
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  await killAll();
  for (const c of cleanups.splice(0).reverse()) await c();
});
afterAll(() => killAll());

const payloadOf = (r: Record<string, unknown>) =>
  (typeof r.payload === 'string' ? JSON.parse(r.payload) : r.payload) as { data: Record<string, any> };

describe.each(DIALECTS)('a bulk job after a crash (%s)', (dialect) => {
  it('finishes by itself after a restart, without a resubmission: one IRN and one event per record, one bulk.completed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'einvoice-bulk-crash-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const pgDb = dialect === 'postgres' ? await freshPostgresDatabase('einvoice_bulk_crash') : undefined;
    if (pgDb) cleanups.push(() => pgDb.drop());
    const db = pgDb ? { url: pgDb.url } : { sqlitePath: join(dir, 'einvoice.db') };
    // A slow IRP: 100 ms a call, two records at a time, so the kill lands with most records still to go.
    const sandbox = await startSandbox({ latencyMs: 100 });
    const env: Record<string, string> = {
      EINVOICE_MODE: 'sandbox',
      PORT: '0',
      DATA_DIR: dir,
      SQLITE_PATH: join(dir, 'einvoice.db'),
      IRP_SANDBOX_URL: sandbox.url,
      LOG_LEVEL: 'warn',
      BULK_CONCURRENCY: '2',
      BULK_POLL_MS: '200',
      QUEUE_LEASE_MS: '2000',
      // The reconciler also takes over the documents the kill left pending: it races the resumed job, and
      // still every record ends with one IRN and one event (compare-and-set on the document).
      RECONCILE_STALE_AFTER_MS: '1000',
      RECONCILE_POLL_MS: '200',
      ...(pgDb ? { DATABASE_URL: pgDb.url } : {}),
    };
    const first = await startServer(env, true);
    const api1 = contractClient(first.url, contract);
    const session = await gstinSession({ apiKey: first.apiKey!, request: api1 } as unknown as Harness, SELLER);
    const documents = Array.from({ length: RECORDS }, () => invoice(SELLER));
    const docNos = documents.map((d) => d.DocDtls.No.toUpperCase());
    const inList = docNos.map((n) => `'${n}'`).join(',');

    // The client waits for the whole batch; the server dies under it.
    const call = api1('POST', '/v1/irn/bulk', {
      token: session.token,
      body: { documents },
      headers: { 'idempotency-key': `bulk-crash-${randomBytes(6).toString('hex')}`, prefer: 'wait=60' },
      raw: true,
    }).then(
      (r) => `answered ${r.status}`,
      () => 'lost',
    );
    const generatedBefore = await until(
      () => query(db, `select count(*) as n from documents where status = 'generated' and doc_no_key in (${inList})`),
      (r) => Number(r[0]?.n) >= 5,
      30_000,
    );
    expect(Number(generatedBefore[0]?.n)).toBeGreaterThanOrEqual(5);
    await first.proc.kill();
    expect(await call).toBe('lost');

    const jobs = await query(db, 'select id, status from bulk_jobs');
    expect(jobs).toHaveLength(1);
    const jobId = jobs[0]!.id as string;
    const pendingAtKill = Number(
      (await query(db, `select count(*) as n from bulk_records where job_id = '${jobId}' and status = 'pending'`))[0]
        ?.n,
    );
    expect(pendingAtKill).toBeGreaterThan(0);

    // Restart. Nobody resubmits.
    const second = await startServer(env);
    const job = await until(
      async () => (await query(db, `select status from bulk_jobs where id = '${jobId}'`))[0],
      (j) => j?.status === 'completed',
      60_000,
    );
    expect(job?.status).toBe('completed');
    expect(second.proc.output()).toContain('bulk job resumed');

    // Every record: exactly one IRN at the IRP, the same one in the archive.
    const ledger = (
      (await (await fetch(`${sandbox.url}/admin/ledger`)).json()) as { irns: { irn: string; docNo: string }[] }
    ).irns.filter((r) => docNos.includes(r.docNo.toUpperCase()));
    expect(ledger).toHaveLength(RECORDS);
    expect(new Set(ledger.map((r) => r.docNo.toUpperCase())).size).toBe(RECORDS);
    const archived = await query(db, `select doc_no_key, status, irn from documents where doc_no_key in (${inList})`);
    expect(archived).toHaveLength(RECORDS);
    const irpIrn = new Map(ledger.map((r) => [r.docNo.toUpperCase(), r.irn]));
    for (const d of archived) expect([d.status, d.irn]).toEqual(['generated', irpIrn.get(String(d.doc_no_key))]);

    // One irn.generated per record, one bulk.completed for the job.
    const events = (await query(db, "select payload from outbox_events where type = 'irn.generated'"))
      .map(payloadOf)
      .filter((p) => docNos.includes(String(p.data.doc_no).toUpperCase()));
    expect(events).toHaveLength(RECORDS);
    expect(new Set(events.map((p) => p.data.Irn)).size).toBe(RECORDS);
    const completed = (await query(db, "select payload from outbox_events where type = 'bulk.completed'")).map(
      payloadOf,
    );
    expect(completed.map((p) => p.data.id)).toEqual([jobId]);
    const summary = completed[0]!.data.summary;
    expect(summary.total).toBe(RECORDS);
    expect(summary.generated + summary.replayed).toBe(RECORDS);
    expect([summary.failed, summary.queued]).toEqual([0, 0]);

    // The job, through the API of the restarted server: completed, every record with its document.
    const api2 = contractClient(second.url, contract);
    const got = await api2('GET', `/v1/irn/bulk/${jobId}`, { token: session.token });
    expect(got.body).toMatchObject({ status: 'completed', summary: { total: RECORDS, pending: 0 } });
    const page = await api2('GET', `/v1/irn/bulk/${jobId}/results?limit=100`, { token: session.token });
    expect(page.body.data).toHaveLength(RECORDS);
    expect(
      page.body.data.every(
        (r: { status: string; document: { Irn: string; doc_no: string } }) =>
          ['generated', 'replayed'].includes(r.status) &&
          r.document.Irn === irpIrn.get(r.document.doc_no.toUpperCase()),
      ),
    ).toBe(true);
    if (process.env.CRASH_VERBOSE)
      console.log(`[${dialect}] ${pendingAtKill} of ${RECORDS} records were pending at the kill; summary`, summary);
    await second.proc.kill();
    await sandbox.proc.kill();
  }, 120_000);
});
