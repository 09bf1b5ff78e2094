// PostgreSQL dies under load, and comes back (issue #15, item 1). The server runs as its own process on a
// PostgreSQL cluster of its own; 300 generates go 5 at a time and, 1 s in, the cluster is stopped with
// `pg_ctl -m immediate stop` (a crash as clients see it: every connection reset, new ones refused). Then:
//   - the server process stays alive; every answer is a contract answer, never a 500: 201 before the stop,
//     503 storage_unavailable (problem+json, Retry-After) after it;
//   - while the database is down, /readyz says not ready (503) and a new generate answers 503;
//   - once the cluster is started again, /readyz is ready and a new generate answers 201 without a restart;
//   - every request that was acknowledged (201) replays with its Idempotency-Key to the same IRN; every one
//     that was not gets its document by retrying with its key; no document exists twice, in our database
//     or at the IRP.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Contract } from '@einvoice/openapi';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { contractClient } from '../support/contract-client.js';
import { gstinSession, type Harness } from '../support/harness.js';
import { invoice } from '../support/invoices.js';
import { type PgCluster, pgAvailable, startPgCluster } from './pg-cluster.js';
import { killAll, startSandbox, startServer } from './processes.js';

const SELLER = '29AAACP7879D1Z0';
const TOTAL = 300;
const CONCURRENCY = 5;
const STOP_AFTER_MS = 1_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  await killAll();
  for (const c of cleanups.splice(0).reverse()) await c();
});

interface Sent {
  key: string;
  docNo: string;
  body: ReturnType<typeof invoice>;
  /** `off_contract`: an answer the spec does not allow (a 500, say); `network_error`: no HTTP answer at all. */
  status: number | 'network_error' | 'off_contract';
  error?: string;
  irn?: string;
  problem?: { code?: string; retryAfter: string | null; contentType: string | null };
}

(pgAvailable ? describe : describe.skip)('PostgreSQL crash under load (pg_ctl -m immediate stop)', () => {
  it('the server lives, answers 503 storage_unavailable while down, recovers by itself, loses and duplicates nothing', async () => {
    const contract = new Contract();
    const cluster: PgCluster = await startPgCluster();
    cleanups.push(() => cluster.destroy());
    const dir = mkdtempSync(join(tmpdir(), 'einvoice-dbcrash-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const sandbox = await startSandbox();
    const server = await startServer(
      {
        EINVOICE_MODE: 'sandbox',
        PORT: '0',
        DATA_DIR: dir,
        DATABASE_URL: cluster.url,
        IRP_SANDBOX_URL: sandbox.url,
        UPSTREAM_TIMEOUT_MS: '1000',
        IDEMPOTENCY_LOCK_SECONDS: '3',
        LOG_LEVEL: 'fatal',
      },
      true,
    );
    const api = contractClient(server.url, contract);
    const session = await gstinSession({ apiKey: server.apiKey!, request: api } as unknown as Harness, SELLER, [
      'irn:write',
      'read',
    ]);
    const generate = (s: Pick<Sent, 'key' | 'body'>) =>
      api('POST', '/v1/irn', { token: session.token, body: s.body, headers: { 'idempotency-key': s.key } });

    // 1. The burst, and the crash 1 s into it.
    const queue: Sent[] = Array.from({ length: TOTAL }, (_, i) => {
      const body = invoice(SELLER);
      return { key: `dbcrash-${i}-${randomBytes(4).toString('hex')}`, docNo: body.DocDtls.No, body, status: 0 };
    });
    let next = 0;
    let stoppedAt = 0;
    const stopper = sleep(STOP_AFTER_MS).then(() => {
      cluster.stop();
      stoppedAt = next;
    });
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < queue.length) {
          const s = queue[next++]!;
          try {
            const res = await generate(s);
            s.status = res.status;
            if (res.status === 201) s.irn = res.body.Irn;
            else
              s.problem = {
                code: res.body?.code,
                retryAfter: res.headers.get('retry-after'),
                contentType: res.headers.get('content-type'),
              };
          } catch (error) {
            // fetch fails with a TypeError; the contract client's own check with an AssertionError.
            s.status = error instanceof TypeError ? 'network_error' : 'off_contract';
            s.error = String(error).slice(0, 300);
          }
          // Keep the burst going past the crash: the requests after it are the ones that meet the outage.
          if (stoppedAt === 0 && next >= queue.length - CONCURRENCY) await stopper;
        }
      }),
    );
    await stopper;

    const byStatus = (st: Sent['status']) => queue.filter((s) => s.status === st);
    const summary = Object.fromEntries(
      [...new Set(queue.map((s) => s.status))].map((st) => [String(st), byStatus(st).length]),
    );
    console.log(`db crash burst: ${JSON.stringify(summary)} (stop issued after request ${stoppedAt})`);
    expect(server.proc.alive(), `the server died:\n${server.proc.output().slice(-3000)}`).toBe(true);
    expect(byStatus('network_error'), 'every request got an HTTP answer').toEqual([]);
    expect(byStatus('off_contract'), 'every answer is one the contract allows').toEqual([]);
    // Only the two answers a database crash may give: the document, or 503 storage_unavailable.
    expect(Object.keys(summary).sort()).toEqual(expect.arrayContaining(['201']));
    for (const s of queue) {
      expect([201, 503], `${s.key}: ${s.status} ${JSON.stringify(s.problem)}`).toContain(s.status);
      if (s.status === 503) {
        expect(s.problem).toMatchObject({ code: 'storage_unavailable', contentType: 'application/problem+json' });
        expect(Number(s.problem!.retryAfter)).toBeGreaterThan(0);
      }
    }
    expect(byStatus(503).length, 'the requests after the crash met the outage').toBeGreaterThan(0);

    // 2. While the database is down: not ready, and a new request gets 503 + Retry-After (not a hang, not a 500).
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ status: 'not_ready', reason: 'storage_unavailable' });
    const down = await generate({ key: `down-${randomBytes(4).toString('hex')}`, body: invoice(SELLER) });
    expect(down.status).toBe(503);
    expect(down.headers.get('content-type')).toBe('application/problem+json');
    expect(down.headers.get('retry-after')).toBe('5');
    expect(down.body).toMatchObject({ status: 503, code: 'storage_unavailable' });
    expect(server.proc.alive()).toBe(true);

    // 3. The database comes back; the same server process recovers without a restart.
    cluster.start();
    const until = Date.now() + 30_000;
    let readyAgain = 0;
    while (Date.now() < until) {
      readyAgain = (await fetch(`${server.url}/readyz`)).status;
      if (readyAgain === 200) break;
      await sleep(200);
    }
    expect(readyAgain).toBe(200);
    const fresh = await generate({ key: `fresh-${randomBytes(4).toString('hex')}`, body: invoice(SELLER) });
    expect(fresh.status, fresh.text).toBe(201);

    // 4. Acknowledged requests replay to the same IRN; the others get theirs by retrying with their key.
    for (const s of queue) {
      let res = await generate(s);
      // A key whose request died with the database stays claimed until its lock lapses (3 s): 409, retry.
      for (let i = 0; i < 40 && (res.status === 409 || res.status === 503); i++) {
        await sleep(250);
        res = await generate(s);
      }
      if (s.status === 201) {
        expect(res.status, `${s.key} replay`).toBe(201);
        expect(res.headers.get('idempotent-replayed')).toBe('true');
        expect(res.body.Irn).toBe(s.irn);
      } else {
        expect([200, 201], `${s.key} retry: ${res.text}`).toContain(res.status);
        expect(res.body.status).toBe('generated');
        s.irn = res.body.Irn;
      }
    }

    // 5. One row per document in our database, one IRN per document at the IRP, and they agree.
    const db = new pg.Client({ connectionString: cluster.url });
    await db.connect();
    try {
      const dupes = await db.query(
        'select doc_no_key, count(*) as n from documents group by account_id, gstin, doc_type, doc_no_key, financial_year having count(*) > 1',
      );
      expect(dupes.rows).toEqual([]);
      const generated = await db.query("select count(*)::int as n from documents where status = 'generated'");
      expect(generated.rows[0].n).toBe(TOTAL + 1);
    } finally {
      await db.end();
    }
    const ledger = (await (await fetch(`${sandbox.url}/admin/ledger`)).json()) as {
      irns: { irn: string; docNo: string }[];
    };
    const atIrp = new Map<string, string[]>();
    for (const r of ledger.irns) atIrp.set(r.docNo.toUpperCase(), [...(atIrp.get(r.docNo.toUpperCase()) ?? []), r.irn]);
    for (const s of queue) expect(atIrp.get(s.docNo.toUpperCase()), s.docNo).toEqual([s.irn]);
    expect(server.proc.alive()).toBe(true);
  }, 180_000);
});
