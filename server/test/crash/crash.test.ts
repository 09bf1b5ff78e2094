// Crash recovery with real processes (reliability: a crash at any step of generate never yields a second
// IRN, never loses the answer and never leaves the Idempotency-Key stuck).
//
// For each failpoint the sandbox IRP runs as its own process and the server as a child process armed with
// EINVOICE_FAILPOINT. One generate request with an Idempotency-Key kills the server (SIGKILL, no answer).
// The server is restarted on the same database without the failpoint; once the key's lock has lapsed
// (IDEMPOTENCY_LOCK_SECONDS=2, the least the configuration allows with a 1 s upstream timeout) the same request is retried with the same key. Then:
//   - the IRP (sandbox ledger, the truth) holds exactly one IRN for the document, the one the retry returned;
//   - a further replay is byte-for-byte the retry's answer, marked Idempotent-Replayed: true, and the key's
//     row is `completed` with that answer (so it came from the store, and the key is not stuck);
//   - the document row is `generated`.
// SQLite always; PostgreSQL too when TEST_DATABASE_URL is set (scripts/with-postgres.sh), a fresh database each.

import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Contract } from '@einvoice/openapi';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { contractClient } from '../support/contract-client.js';
import { gstinSession, type Harness } from '../support/harness.js';
import { invoice } from '../support/invoices.js';
import { freshPostgresDatabase } from '../support/postgres-database.js';
import { killAll, startSandbox, startServer } from './processes.js';

const SELLER = '29AAACP7879D1Z0';
const LOCK_SECONDS = 2;
const FAILPOINTS = ['generate:before-upstream', 'generate:during-upstream', 'generate:after-upstream'] as const;
type Failpoint = (typeof FAILPOINTS)[number];
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

const client = (url: string) => contractClient(url, contract);

interface Rows {
  document?: { status: string; irn: string | null };
  /** response_body: the stored answer, read out of the event it references when it is one (SQLite: ADR 0035). */
  key?: { state: string; response_status: number | null; response_body: unknown };
}

/** Reads the document and Idempotency-Key rows straight from the database the server uses. */
async function readRows(db: { sqlitePath?: string; url?: string }, docNoKey: string, key: string): Promise<Rows> {
  const docSql = 'select status, irn from documents where doc_no_key = $1';
  const keySql = 'select state, response_status, response_body from idempotency_keys where key = $1';
  if (db.url) {
    const c = new pg.Client({ connectionString: db.url });
    await c.connect();
    try {
      const document = (await c.query(docSql, [docNoKey])).rows[0];
      const k = (await c.query(keySql, [key])).rows[0];
      return {
        document,
        key: k && { ...k, response_status: k.response_status === null ? null : Number(k.response_status) },
      };
    } finally {
      await c.end();
    }
  }
  const sqlite = new Database(db.sqlitePath!, { readonly: true, fileMustExist: true });
  try {
    const document = sqlite.prepare(docSql.replace('$1', '?')).get(docNoKey) as Rows['document'];
    const k = sqlite.prepare(keySql.replace('$1', '?')).get(key) as
      | { state: string; response_status: number | null; response_body: string | null }
      | undefined;
    let body: unknown = k?.response_body == null ? null : JSON.parse(k.response_body);
    if (typeof body === 'string' && body.startsWith('$event:')) {
      const event = sqlite
        .prepare("select json_extract(payload, '$.data') as data from outbox_events where id = ?")
        .get(body.slice('$event:'.length)) as { data: string } | undefined;
      body = event?.data;
    }
    return { document, key: k && { ...k, response_body: body } };
  } finally {
    sqlite.close();
  }
}

async function ledgerIrns(sandboxUrl: string, docNo: string): Promise<{ irn: string; docNo: string }[]> {
  const res = await fetch(`${sandboxUrl}/admin/ledger`);
  expect(res.status).toBe(200);
  const ledger = (await res.json()) as { irns: { irn: string; docNo: string }[] };
  return ledger.irns.filter((r) => r.docNo.toUpperCase() === docNo.toUpperCase());
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.each(DIALECTS)('crash during generate, then restart and retry (%s)', (dialect) => {
  it.each(FAILPOINTS)(
    '%s: one IRN, the retry succeeds, replays are byte-identical, the key is not stuck',
    async (failpoint: Failpoint) => {
      const dir = mkdtempSync(join(tmpdir(), 'einvoice-crash-'));
      cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
      const pgDb = dialect === 'postgres' ? await freshPostgresDatabase('einvoice_crash') : undefined;
      if (pgDb) cleanups.push(() => pgDb.drop());
      const db = pgDb ? { url: pgDb.url } : { sqlitePath: join(dir, 'einvoice.db') };

      const sandbox = await startSandbox();
      const env: Record<string, string> = {
        EINVOICE_MODE: 'sandbox',
        PORT: '0',
        DATA_DIR: dir,
        SQLITE_PATH: join(dir, 'einvoice.db'),
        IRP_SANDBOX_URL: sandbox.url,
        IDEMPOTENCY_LOCK_SECONDS: String(LOCK_SECONDS),
        UPSTREAM_TIMEOUT_MS: '1000',
        LOG_LEVEL: 'warn',
        ...(pgDb ? { DATABASE_URL: pgDb.url } : {}),
      };

      // 1. The armed server: one request, no answer, SIGKILL.
      const first = await startServer({ ...env, EINVOICE_FAILPOINT: failpoint }, true);
      expect(first.proc.output()).toContain(`failpoint ${failpoint} armed`);
      const api1 = client(first.url);
      const session = await gstinSession({ apiKey: first.apiKey!, request: api1 } as unknown as Harness, SELLER);
      if (failpoint === 'generate:during-upstream') {
        // The IRP commits and holds its answer past the moment the server kills itself (300 ms in).
        const f = await fetch(`${sandbox.url}/admin/faults`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            gstin: SELLER,
            mode: 'timeout-after-commit',
            holdMs: 5000,
            count: 1,
            ops: ['generate'],
          }),
        });
        expect(f.status).toBeLessThan(300);
      }
      const inv = invoice(SELLER);
      const docNo = inv.DocDtls.No;
      const key = `crash-${failpoint}-${randomBytes(6).toString('hex')}`;
      const generate = (api: ReturnType<typeof client>) =>
        api('POST', '/v1/irn', { token: session.token, body: inv, headers: { 'idempotency-key': key } });

      const sentAt = Date.now();
      const lost = await api1('POST', '/v1/irn', {
        token: session.token,
        body: inv,
        headers: { 'idempotency-key': key },
        raw: true,
      }).then(
        (res) => ({ answered: res.status }),
        (error: Error) => ({ error }),
      );
      expect(lost, 'the armed server must die without answering').toHaveProperty('error');
      expect(await first.proc.exited).toEqual({ code: null, signal: 'SIGKILL' });

      // 2. What the crash left behind: a pending document, an in-flight key; the IRP has the IRN iff the call reached it.
      const atIrpAfterCrash = await ledgerIrns(sandbox.url, docNo);
      expect(atIrpAfterCrash).toHaveLength(failpoint === 'generate:before-upstream' ? 0 : 1);
      const crashed = await readRows(db, docNo.toUpperCase(), key);
      expect(crashed.document?.status).toBe('pending');
      expect(crashed.key?.state).toBe('in_flight');

      // 3. Restart on the same database without the failpoint; wait past the abandoned key's lock.
      const second = await startServer(env);
      expect(second.proc.output()).not.toContain('failpoint');
      expect(second.proc.output(), 'the existing account is kept, no new one is created').not.toContain('API key');
      const api2 = client(second.url);
      await sleep(Math.max(0, sentAt + LOCK_SECONDS * 1000 + 300 - Date.now()));

      // 4. The retry with the same key succeeds, with the IRN the IRP holds (exactly one).
      const retry = await generate(api2);
      if (process.env.CRASH_VERBOSE)
        console.log(
          `[${dialect} ${failpoint}] retry ${retry.status} replayed=${retry.headers.get('idempotent-replayed')} t=${Date.now() - sentAt}ms`,
        );
      // The retry is the request's first answer: the document was created by it (an earlier attempt of it).
      expect(retry.status, retry.text).toBe(201);
      expect(retry.body).toMatchObject({ status: 'generated', doc_no: docNo });
      const atIrp = await ledgerIrns(sandbox.url, docNo);
      expect(atIrp).toHaveLength(1);
      expect(retry.body.Irn).toBe(atIrp[0]!.irn);

      // 5. A further replay is answered from the store: the same bytes, marked replayed.
      const replay = await generate(api2);
      expect(replay.status).toBe(retry.status);
      expect(replay.headers.get('idempotent-replayed')).toBe('true');
      expect(replay.headers.get('location')).toBe(retry.headers.get('location'));
      expect(replay.body).toEqual(retry.body);
      // Byte-for-byte: soft, so that the rows are still checked when only the serialisation differs.
      expect
        .soft(
          Object.keys(JSON.parse(replay.text)),
          'the replay must keep the key order of the first committed response',
        )
        .toEqual(Object.keys(retry.body));
      expect
        .soft(replay.text === retry.text, 'the replay must be byte-for-byte the first committed response')
        .toBe(true);
      expect(await ledgerIrns(sandbox.url, docNo)).toHaveLength(1);

      // 6. The rows: the document is generated with that IRN; the key is completed with the retry's answer.
      const rows = await readRows(db, docNo.toUpperCase(), key);
      expect(rows.document).toEqual({ status: 'generated', irn: retry.body.Irn });
      expect(rows.key).toMatchObject({ state: 'completed', response_status: retry.status });
      // The key stores the exact bytes sent (a JSON string), so replays are byte-identical on every database,
      // except the signed JWTs, which it references in the document row (stored once; reading the key puts them back).
      const stored = rows.key?.response_body;
      const text = typeof stored === 'string' ? stored : JSON.stringify(stored);
      expect(text).not.toContain(retry.body.SignedInvoice);
      const signed = { signed_invoice: retry.body.SignedInvoice, signed_qr_code: retry.body.SignedQRCode };
      expect(
        text.replace(/"\$document\.(signed_invoice|signed_qr_code)"/g, (_, column: keyof typeof signed) =>
          JSON.stringify(signed[column]),
        ),
      ).toBe(retry.text);

      await second.proc.kill();
      await sandbox.proc.kill();
    },
    40_000,
  );
});
