// Jepsen-style history test (reliability §7.2, rows 28-30): concurrent clients, an IRP nemesis, a SIGKILL of the
// server mid-run, then a checker that compares what clients saw with the three sources of truth.
//
// Processes: the sandbox IRP (its own process, a little latency so that calls are in flight when faults land) and
// the server as a child process (SQLite in a temp dir; PostgreSQL on a fresh database too when TEST_DATABASE_URL is
// set, i.e. under scripts/with-postgres.sh). A loopback webhook receiver records every delivery.
//
// Clients: CLIENTS concurrent clients each submit PER_CLIENT invoices, each with its own Idempotency-Key, retrying
// (same key, same body, like an SDK) on connection errors, 5xx, 409, 429 and 202 until a definite answer or a deadline.
// Every attempt is recorded as invoke + ok | fail | info (unknown).
//
// Nemesis (sandbox admin API + kill -9): 5001 errors, timeout-after-commit (the IRP registers, the server never
// hears), connection resets, SIGKILL + restart of the server on the same database, a short full outage (`down`).
//
// Checker, after the faults are cleared, the outage queue is drained and webhooks are delivered:
//   - ledger (GET /admin/ledger): exactly one IRN and one IRN_GENERATED event per submitted document, no IRN for a
//     document nobody submitted;
//   - database: exactly one documents row per document, status generated, with the ledger's IRN;
//   - webhooks: every delivery verifies (@einvoice/webhooks); exactly one distinct irn.generated event (webhook-id)
//     per document, carrying the ledger's IRN (redeliveries of the same webhook-id are allowed: at-least-once);
//   - clients: every ok carries the ledger's IRN; every operation left unknown is resolved by a later retry with its
//     key or by GET /v1/irn/by-document.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { verify } from '@einvoice/webhooks';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { killAll, type Proc, SANDBOX_CLI, SERVER_DIR, startProcess, startServer } from '../crash/processes.js';
import { invoice } from '../support/invoices.js';

const SELLER = '29AAACP7879D1Z0';
const CLIENTS = Number(process.env.HISTORY_CLIENTS ?? 8);
const PER_CLIENT = Number(process.env.HISTORY_PER_CLIENT ?? 15);
const IRP_LATENCY_MS = 30;
const LOCK_SECONDS = 3;
/** A client gives an operation up (leaving it unknown) after this long. */
const CLIENT_DEADLINE_MS = 40_000;
/** Each client starts its i-th operation no earlier than i x SPACING_MS (staggered), so the run spans the nemesis. */
const SPACING_MS = 900;
/** Prefer: wait=N: how long the server may keep a caller waiting before it parks the document (202). */
const PREFER_WAIT_SECONDS = 2;
const DRAIN_DEADLINE_MS = 75_000;
const VERBOSE = Boolean(process.env.HISTORY_VERBOSE);
type Dialect = 'sqlite' | 'postgres';
const DIALECTS: Dialect[] = process.env.TEST_DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite'];

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  await killAll();
  for (const c of cleanups.splice(0).reverse()) await c();
});
afterAll(() => killAll());

// ---------------------------------------------------------------- processes and databases

async function freePort(): Promise<number> {
  const s = createNetServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as { port: number }).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

async function startSandbox(): Promise<{ proc: Proc; url: string }> {
  const proc = startProcess('irp-sandbox', [SANDBOX_CLI, '--port', '0', '--latency-ms', String(IRP_LATENCY_MS)], {
    cwd: SERVER_DIR,
    env: { PATH: process.env.PATH ?? '' },
  });
  const [, url] = await proc.waitFor(/irp-sandbox listening on (http:\/\/\S+)/);
  return { proc, url: url! };
}

async function freshPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const base = process.env.TEST_DATABASE_URL!;
  const name = `einvoice_hist_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const admin = async (statement: string) => {
    const c = new pg.Client({ connectionString: base });
    await c.connect();
    try {
      await c.query(statement);
    } finally {
      await c.end();
    }
  };
  await admin(`create database ${name}`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`drop database if exists ${name} with (force)`) };
}

interface DocRow {
  doc_no_key: string;
  status: string;
  irn: string | null;
}

async function documentRows(db: { sqlitePath?: string; url?: string }): Promise<DocRow[]> {
  const sql = 'select doc_no_key, status, irn from documents';
  if (db.url) {
    const c = new pg.Client({ connectionString: db.url });
    await c.connect();
    try {
      return (await c.query(sql)).rows as DocRow[];
    } finally {
      await c.end();
    }
  }
  const sqlite = new Database(db.sqlitePath!, { readonly: true, fileMustExist: true });
  try {
    return sqlite.prepare(sql).all() as DocRow[];
  } finally {
    sqlite.close();
  }
}

// ---------------------------------------------------------------- the webhook receiver

interface Delivery {
  at: number;
  headers: IncomingHttpHeaders;
  body: string;
}

class Receiver {
  readonly deliveries: Delivery[] = [];
  #server: Server | undefined;
  url = '';
  async start(): Promise<this> {
    this.#server = createHttpServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        this.deliveries.push({ at: Date.now(), headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
        res.writeHead(200).end('ok');
      });
    });
    await new Promise<void>((ready) => this.#server!.listen(0, '127.0.0.1', ready));
    this.url = `http://127.0.0.1:${(this.#server.address() as { port: number }).port}/hooks`;
    return this;
  }
  /** Distinct irn.generated events by webhook-id (redeliveries collapse), after verifying every delivery. */
  events(secret: string): {
    byId: Map<string, { irn: string; docNo: string; copies: number }>;
    invalid: number;
    otherTypes: number;
  } {
    const byId = new Map<string, { irn: string; docNo: string; copies: number }>();
    let invalid = 0;
    let otherTypes = 0;
    for (const d of this.deliveries) {
      try {
        verify(d.body, d.headers as Record<string, string>, secret);
      } catch {
        invalid++;
        continue;
      }
      const event = JSON.parse(d.body) as { type: string; data: { Irn: string; doc_no: string } };
      if (event.type !== 'irn.generated') {
        otherTypes++;
        continue;
      }
      const id = String(d.headers['webhook-id']);
      const seen = byId.get(id);
      if (seen) seen.copies++;
      else byId.set(id, { irn: event.data.Irn, docNo: event.data.doc_no.toUpperCase(), copies: 1 });
    }
    return { byId, invalid, otherTypes };
  }
  close(): Promise<void> {
    return new Promise((done) => (this.#server ? this.#server.close(() => done()) : done()));
  }
}

// ---------------------------------------------------------------- history

type Completion = 'ok' | 'fail' | 'info';
interface Event {
  t: number;
  client: number;
  op: number;
  attempt: number;
  type: 'invoke' | Completion;
  detail?: string;
}
interface Operation {
  client: number;
  op: number;
  docNo: string;
  key: string;
  body: ReturnType<typeof invoice>;
  attempts: number;
  final: Completion;
  irn?: string;
  /** Attempts that ended unknown before the operation's final completion. */
  unknownAttempts: number;
}

describe.each(DIALECTS)('Jepsen-style history: concurrent keyed clients, IRP faults, kill -9 (%s)', (dialect) => {
  it('0 lost documents, 0 duplicate IRNs, 0 lost events, every unknown resolved', async () => {
    const t0 = Date.now();
    const dir = mkdtempSync(join(tmpdir(), 'einvoice-history-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const pgDb = dialect === 'postgres' ? await freshPostgresDatabase() : undefined;
    if (pgDb) cleanups.push(() => pgDb.drop());
    const db = pgDb ? { url: pgDb.url } : { sqlitePath: join(dir, 'einvoice.db') };
    const receiver = await new Receiver().start();
    cleanups.push(() => receiver.close());

    const sandbox = await startSandbox();
    const port = await freePort();
    const env: Record<string, string> = {
      EINVOICE_MODE: 'sandbox',
      PORT: String(port),
      DATA_DIR: dir,
      SQLITE_PATH: join(dir, 'einvoice.db'),
      IRP_SANDBOX_URL: sandbox.url,
      IDEMPOTENCY_LOCK_SECONDS: String(LOCK_SECONDS),
      UPSTREAM_TIMEOUT_MS: '1500',
      GSP_HALF_OPEN_AFTER_MS: '500',
      QUEUE_POLL_MS: '100',
      QUEUE_RETRY_BASE_MS: '200',
      WEBHOOK_ALLOW_LOOPBACK: 'true',
      WEBHOOK_RETRY_SCHEDULE_MS: '0,200,500,1000,2000,5000',
      API_KEY_RATE_LIMIT_RPS: '10000',
      LOG_LEVEL: 'warn',
      ...(pgDb ? { DATABASE_URL: pgDb.url } : {}),
    };
    let server = await startServer(env, true);
    const base = server.url;
    const apiKey = server.apiKey!;
    const admin = async (method: string, path: string, body?: unknown) => {
      const res = await fetch(sandbox.url + path, {
        method,
        ...(body !== undefined ? { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) } : {}),
      });
      expect(res.status, `${method} ${path}`).toBeLessThan(300);
      return res.json() as Promise<any>;
    };
    const api = async (
      method: string,
      path: string,
      token: string,
      body?: unknown,
      headers: Record<string, string> = {},
    ) => {
      const res = await fetch(base + path, {
        method,
        headers: {
          authorization: `Bearer ${token}`,
          ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
          ...headers,
        },
        ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
      });
      const text = await res.text();
      return {
        status: res.status,
        text,
        body: text && res.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text,
        headers: res.headers,
      };
    };

    // Setup: GSTIN, a credential without a practical rate limit, a token, a webhook endpoint at the receiver.
    expect(
      (await api('POST', '/v1/gstins', apiKey, { gstin: SELLER, irp_username: 'history', irp_password: 'sandbox' }))
        .status,
    ).toBe(201);
    const cred = await api('POST', `/v1/gstins/${SELLER}/credentials`, apiKey, {
      name: 'history',
      scopes: ['irn:write', 'read'],
      plan: 'custom',
      rate_limit_rps: 10000,
    });
    expect(cred.status, cred.text).toBe(201);
    const tokRes = await fetch(`${base}/v1/oauth/token`, {
      method: 'POST',
      headers: {
        authorization: `Basic ${Buffer.from(`${cred.body.client_id}:${cred.body.client_secret}`).toString('base64')}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: 'grant_type=client_credentials',
    });
    expect(tokRes.status).toBe(200);
    const token = ((await tokRes.json()) as { access_token: string }).access_token;
    const ep = await api('POST', '/v1/webhook-endpoints', apiKey, { url: receiver.url, events: ['irn.generated'] });
    expect(ep.status, ep.text).toBe(201);
    const secret = ep.body.secret as string;

    // ------------------------------------------------------------ clients
    const tag = randomBytes(2).toString('hex').toUpperCase();
    const history: Event[] = [];
    const note = (e: Omit<Event, 't'>) => history.push({ t: Date.now() - tStart, ...e });
    const ops: Operation[] = [];
    for (let c = 0; c < CLIENTS; c++) {
      for (let i = 0; i < PER_CLIENT; i++) {
        const docNo = `H${tag}/${c}/${i}`; // NIC: at most 16 characters
        ops.push({
          client: c,
          op: i,
          docNo,
          key: `hist-${tag}-${c}-${i}`,
          body: invoice(SELLER, { docNo }),
          attempts: 0,
          final: 'info',
          unknownAttempts: 0,
        });
      }
    }
    const tStart = Date.now();
    let clientsDone = false;

    async function run(op: Operation): Promise<void> {
      const deadline = Date.now() + CLIENT_DEADLINE_MS;
      const payload = JSON.stringify(op.body);
      for (;;) {
        op.attempts++;
        const attempt = op.attempts;
        note({ client: op.client, op: op.op, attempt, type: 'invoke' });
        let completion: Completion;
        let detail: string;
        try {
          const res = await fetch(`${base}/v1/irn`, {
            method: 'POST',
            headers: {
              authorization: `Bearer ${token}`,
              'content-type': 'application/json',
              'idempotency-key': op.key,
              prefer: `wait=${PREFER_WAIT_SECONDS}`,
            },
            body: payload,
            signal: AbortSignal.timeout(20_000),
          });
          const text = await res.text();
          detail = String(res.status);
          if (res.status === 200 || res.status === 201) {
            const body = JSON.parse(text) as { Irn: string; status: string };
            completion = 'ok';
            op.irn = body.Irn;
            detail += ` ${body.status}${res.headers.get('idempotent-replayed') === 'true' ? ' replayed' : ''}`;
          } else if (res.status === 202 || res.status === 409 || res.status === 429 || res.status >= 500) {
            completion = 'info';
            if (res.status !== 202) detail += ` ${text.slice(0, 120)}`;
          } else {
            completion = 'fail'; // a definite refusal: nothing was registered
            detail += ` ${text.slice(0, 300)}`;
          }
        } catch (error) {
          completion = 'info';
          const e = error as Error & { cause?: { code?: string } };
          detail =
            e.cause?.code ??
            (e.name === 'TimeoutError' ? 'client-timeout' : `${e.name}:${e.message.replace(/\s+/g, '_')}`);
        }
        note({ client: op.client, op: op.op, attempt, type: completion, detail });
        if (completion !== 'info') {
          op.final = completion;
          return;
        }
        op.unknownAttempts++;
        if (Date.now() > deadline) return; // stays unknown: the checker must resolve it
        await sleep(Math.min(1000, 50 * 2 ** Math.min(attempt, 5)) * (0.5 + Math.random() / 2));
      }
    }
    const clients = Array.from({ length: CLIENTS }, (_, c) =>
      (async () => {
        for (const op of ops.filter((o) => o.client === c)) {
          await sleep(Math.max(0, tStart + op.op * SPACING_MS + (c * SPACING_MS) / CLIENTS - Date.now()));
          await run(op);
        }
      })(),
    );
    const allClients = Promise.all(clients).finally(() => (clientsDone = true));

    // ------------------------------------------------------------ nemesis
    const faults: string[] = [];
    const nemesis = async () => {
      const at = async (ms: number) => sleep(Math.max(0, tStart + ms - Date.now()));
      const inject = async (f: Record<string, unknown>, label: string) => {
        await admin('POST', '/admin/faults', { gstin: SELLER, ...f });
        faults.push(`${((Date.now() - tStart) / 1000).toFixed(1)}s ${label}`);
      };
      await at(400);
      await inject({ mode: 'error', code: '5001', count: 6, ops: ['generate'] }, 'error 5001 x6 on generate');
      await at(1200);
      await inject(
        { mode: 'timeout-after-commit', holdMs: 4000, count: 4, ops: ['generate'] },
        'timeout-after-commit x4 (hold 4 s)',
      );
      await at(2500);
      await inject({ mode: 'reset', count: 5 }, 'reset x5 (any op)');
      await at(3500);
      // kill -9 while requests are in flight; restart on the same database and port.
      // kill -9 while the IRP holds a committed answer (the server is waiting for it): the IRN exists, the
      // server's row is pending and the key in flight.
      await inject(
        { mode: 'timeout-after-commit', holdMs: 4000, count: 2, ops: ['generate'] },
        'timeout-after-commit x2, kill once one is held',
      );
      const heldBy = Date.now() + 2000;
      while (Date.now() < heldBy) {
        const { faults: active } = (await admin('GET', '/admin/faults')) as {
          faults: { mode: string; remaining: number | null }[];
        };
        if (!active.some((f) => f.mode === 'timeout-after-commit' && f.remaining === 2)) break;
        await sleep(20);
      }
      await sleep(300);
      const killedAt = Date.now();
      await server.proc.kill();
      faults.push(`${((killedAt - tStart) / 1000).toFixed(1)}s SIGKILL server (pid ${server.proc.child.pid})`);
      server = await startServer(env);
      expect(server.url).toBe(base);
      faults.push(
        `${((Date.now() - tStart) / 1000).toFixed(1)}s server restarted (down ${((Date.now() - killedAt) / 1000).toFixed(1)} s)`,
      );
      await sleep(1500);
      await inject({ mode: 'down', count: null }, 'full outage (down, all ops)');
      await sleep(2500);
      await admin('DELETE', `/admin/faults?gstin=${SELLER}`);
      faults.push(`${((Date.now() - tStart) / 1000).toFixed(1)}s outage over, faults cleared`);
      await sleep(1000);
      await inject(
        { mode: 'error', code: '5001', count: 4, ops: ['generate', 'get-by-doc'] },
        'error 5001 x4 on generate + get-by-doc',
      );
    };
    await Promise.all([nemesis(), allClients]);
    await admin('DELETE', '/admin/faults');
    const clientsEndedAt = Date.now();
    expect(clientsDone).toBe(true);

    // ------------------------------------------------------------ quiescence: queue drained, webhooks delivered
    let ledger: {
      irns: { irn: string; docNo: string; sellerGstin: string }[];
      events: { type: string; irn: string; delivery: string }[];
    } = { irns: [], events: [] };
    let rows: DocRow[] = [];
    let webhookEvents = receiver.events(secret);
    const mine = (docNo: string) => docNo.toUpperCase().startsWith(`H${tag}/`);
    const drainDeadline = Date.now() + DRAIN_DEADLINE_MS;
    for (;;) {
      ledger = await admin('GET', '/admin/ledger');
      rows = (await documentRows(db)).filter((r) => mine(r.doc_no_key));
      webhookEvents = receiver.events(secret);
      const settled =
        rows.length === ops.length && rows.every((r) => r.status === 'generated' || r.status === 'failed');
      const distinctDocs = new Set([...webhookEvents.byId.values()].map((e) => e.docNo));
      if (settled && distinctDocs.size >= rows.filter((r) => r.status === 'generated').length) break;
      if (Date.now() > drainDeadline) break;
      await sleep(250);
    }
    const quiescentAt = Date.now();
    // Give redeliveries and any late duplicate a moment to show up before judging.
    await sleep(1000);
    ledger = await admin('GET', '/admin/ledger');
    rows = (await documentRows(db)).filter((r) => mine(r.doc_no_key));
    webhookEvents = receiver.events(secret);

    // ------------------------------------------------------------ resolve unknowns: a retry with the key, or GET by document
    let resolvedByRetry = 0;
    let resolvedByGet = 0;
    const replayMismatch: string[] = [];
    for (const op of ops) {
      const retry = await api('POST', '/v1/irn', token, JSON.stringify(op.body), { 'idempotency-key': op.key });
      if (op.final !== 'ok') {
        if (retry.status === 200 || retry.status === 201) {
          resolvedByRetry++;
          op.irn = retry.body.Irn;
        } else {
          const q = new URLSearchParams({ doc_type: 'INV', doc_no: op.docNo, doc_date: op.body.DocDtls.Dt });
          const got = await api('GET', `/v1/irn/by-document?${q}`, token);
          if (got.status === 200 && got.body.status === 'generated') {
            resolvedByGet++;
            op.irn = got.body.Irn;
          }
        }
      } else if (
        !(
          (retry.status === 200 || retry.status === 201) &&
          retry.body.Irn === op.irn &&
          retry.headers.get('idempotent-replayed') === 'true'
        )
      ) {
        replayMismatch.push(
          `${op.docNo}: ${retry.status} replayed=${retry.headers.get('idempotent-replayed')} ${retry.text.slice(0, 200)}`,
        );
      }
    }

    // ------------------------------------------------------------ checker
    const submitted = new Map(ops.map((o) => [o.docNo.toUpperCase(), o]));
    const ledgerByDoc = new Map<string, string[]>();
    const irnToDoc = new Map<string, string>();
    for (const r of ledger.irns.filter((x) => x.sellerGstin === SELLER && mine(x.docNo))) {
      const k = r.docNo.toUpperCase();
      ledgerByDoc.set(k, [...(ledgerByDoc.get(k) ?? []), r.irn]);
      irnToDoc.set(r.irn, k);
    }
    const generatedEvents = new Map<string, number>();
    let withheld = 0;
    for (const e of ledger.events) {
      const doc = irnToDoc.get(e.irn);
      if (!doc || e.type !== 'IRN_GENERATED') continue;
      generatedEvents.set(doc, (generatedEvents.get(doc) ?? 0) + 1);
      if (e.delivery === 'withheld') withheld++;
    }
    const rowsByDoc = new Map<string, DocRow[]>();
    for (const r of rows) rowsByDoc.set(r.doc_no_key, [...(rowsByDoc.get(r.doc_no_key) ?? []), r]);
    const hooksByDoc = new Map<string, { id: string; irn: string; copies: number }[]>();
    for (const [id, e] of webhookEvents.byId) {
      if (!mine(e.docNo)) continue;
      hooksByDoc.set(e.docNo, [...(hooksByDoc.get(e.docNo) ?? []), { id, irn: e.irn, copies: e.copies }]);
    }

    const problems = {
      lostAtIrp: [] as string[], // a document that nobody definitely failed has no IRN
      duplicateIrns: [] as string[], // two IRNs, or two IRN_GENERATED events, for one document
      unsubmittedAtIrp: [] as string[], // an IRN for a number no client sent
      dbRows: [] as string[], // not exactly one generated row with the ledger's IRN
      lostEvents: [] as string[], // no irn.generated delivery for a generated document
      duplicateEvents: [] as string[], // two distinct irn.generated events (webhook-ids) for one document
      wrongIrn: [] as string[], // a client, row or event IRN that differs from the ledger's
      unresolved: [] as string[], // unknown at the client and still unknown after the retry and the GET
      definiteFailures: [] as string[], // a 4xx for a valid invoice (fails the run: nothing should be refused)
    };
    for (const k of ledgerByDoc.keys()) if (!submitted.has(k)) problems.unsubmittedAtIrp.push(k);
    for (const [k, op] of submitted) {
      const irns = ledgerByDoc.get(k) ?? [];
      if (op.final === 'fail')
        problems.definiteFailures.push(
          `${k}: ${history
            .filter((e) => e.client === op.client && e.op === op.op && e.type === 'fail')
            .map((e) => e.detail)
            .join(' | ')}`,
        );
      if (irns.length === 0) {
        problems.lostAtIrp.push(k);
        continue;
      }
      if (irns.length > 1 || (generatedEvents.get(k) ?? 0) !== 1)
        problems.duplicateIrns.push(`${k}: irns ${irns.join(',')}, IRN_GENERATED x${generatedEvents.get(k) ?? 0}`);
      const irn = irns[0]!;
      const r = rowsByDoc.get(k) ?? [];
      if (r.length !== 1 || r[0]!.status !== 'generated' || r[0]!.irn !== irn)
        problems.dbRows.push(`${k}: ${JSON.stringify(r)}`);
      const hooks = hooksByDoc.get(k) ?? [];
      if (hooks.length === 0) problems.lostEvents.push(k);
      if (hooks.length > 1) problems.duplicateEvents.push(`${k}: ${hooks.map((h) => h.id).join(', ')}`);
      if (hooks.some((h) => h.irn !== irn))
        problems.wrongIrn.push(`${k}: webhook ${hooks.map((h) => h.irn).join(',')} vs ledger ${irn}`);
      if (op.irn === undefined) problems.unresolved.push(k);
      else if (op.irn !== irn) problems.wrongIrn.push(`${k}: client ${op.irn} vs ledger ${irn}`);
    }

    const attempts = ops.reduce((n, o) => n + o.attempts, 0);
    const infoAttempts = history.filter((e) => e.type === 'info').length;
    const unknownOps = ops.filter((o) => o.unknownAttempts > 0).length;
    const unknownFinal = ops.filter((o) => o.final === 'info').length;
    const byDetail = new Map<string, number>();
    for (const e of history)
      if (e.type === 'info') {
        const d = (e.detail ?? '').split(' ')[0]!.replace(/:$/, '');
        byDetail.set(d, (byDetail.get(d) ?? 0) + 1);
      }
    const redeliveries = [...webhookEvents.byId.values()].reduce((n, e) => n + e.copies - 1, 0);
    const summary = {
      dialect,
      operations: ops.length,
      clients: CLIENTS,
      attempts,
      retries: attempts - ops.length,
      ok: ops.filter((o) => o.final === 'ok').length,
      fail: ops.filter((o) => o.final === 'fail').length,
      unknownAttemptsByCause: Object.fromEntries(byDetail),
      infoAttempts,
      operationsWithUnknowns: unknownOps,
      unknownsResolvedByLaterRetry: unknownOps - unknownFinal,
      unknownAtDeadlineResolved: { byRetry: resolvedByRetry, byGet: resolvedByGet, of: unknownFinal },
      faults,
      ledger: { irns: ledgerByDoc.size, withheldResponses: withheld },
      dbRows: rows.length,
      webhooks: {
        deliveries: receiver.deliveries.length,
        distinctIrnGenerated: [...hooksByDoc.values()].flat().length,
        redeliveries,
        invalidSignatures: webhookEvents.invalid,
      },
      timings: {
        clientsSeconds: (clientsEndedAt - tStart) / 1000,
        drainSeconds: (quiescentAt - clientsEndedAt) / 1000,
        totalSeconds: (Date.now() - t0) / 1000,
      },
      problems: Object.fromEntries(Object.entries(problems).map(([k, v]) => [k, v.length])),
    };
    console.log(`[history ${dialect}] ${JSON.stringify(summary, null, 2)}`);
    if (VERBOSE)
      console.log(
        history.map((e) => `${e.t}ms c${e.client} op${e.op} #${e.attempt} ${e.type} ${e.detail ?? ''}`).join('\n'),
      );
    const bad = Object.entries(problems).filter(([, v]) => v.length);
    if (bad.length) {
      console.log(
        `[history ${dialect}] problems:\n${bad.map(([k, v]) => `  ${k}: ${v.slice(0, 10).join('\n    ')}`).join('\n')}`,
      );
      for (const [k] of bad) {
        const op = ops.find((o) =>
          (problems as Record<string, string[]>)[k]!.some((p) => p.startsWith(o.docNo.toUpperCase())),
        );
        if (op)
          console.log(
            `  history of ${op.docNo}: ${history
              .filter((e) => e.client === op.client && e.op === op.op)
              .map((e) => `${e.t}ms #${e.attempt} ${e.type} ${e.detail ?? ''}`)
              .join(' | ')}`,
          );
      }
    }

    expect(webhookEvents.invalid, 'every delivery verifies').toBe(0);
    expect(replayMismatch, 'a replay of an ok operation returns its IRN, marked replayed').toEqual([]);
    expect(problems).toEqual({
      lostAtIrp: [],
      duplicateIrns: [],
      unsubmittedAtIrp: [],
      dbRows: [],
      lostEvents: [],
      duplicateEvents: [],
      wrongIrn: [],
      unresolved: [],
      definiteFailures: [],
    });
    expect(faults.some((f) => f.includes('SIGKILL'))).toBe(true);

    await server.proc.kill();
    await sandbox.proc.kill();
  }, 170_000);
});
