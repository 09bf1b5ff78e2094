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
// Checker (./checker.ts, shared with the soak), after the faults are cleared, the outage queue is drained and
// webhooks are delivered:
//   - ledger (GET /admin/ledger): exactly one IRN and one IRN_GENERATED event per submitted document, no IRN for a
//     document nobody submitted;
//   - database: exactly one documents row per document, status generated, with the ledger's IRN;
//   - webhooks: every delivery verifies (@einvoice/webhooks); exactly one distinct irn.generated event (webhook-id)
//     per document, carrying the ledger's IRN (redeliveries of the same webhook-id are allowed: at-least-once);
//   - clients: every ok carries the ledger's IRN; every operation left unknown is resolved by a later retry with its
//     key or by GET /v1/irn/by-document.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { killAll, startSandbox, startServer } from '../crash/processes.js';
import { invoice } from '../support/invoices.js';
import { freshPostgresDatabase } from '../support/postgres-database.js';
import {
  checkHistory,
  type DocRow,
  documentRows,
  ewbRows,
  freePort,
  type Ledger,
  noProblems,
  Receiver,
} from './checker.js';

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
    const pgDb = dialect === 'postgres' ? await freshPostgresDatabase('einvoice_hist') : undefined;
    if (pgDb) cleanups.push(() => pgDb.drop());
    const db = pgDb ? { url: pgDb.url } : { sqlitePath: join(dir, 'einvoice.db') };
    const receiver = await new Receiver().start();
    cleanups.push(() => receiver.close());

    const sandbox = await startSandbox({ latencyMs: IRP_LATENCY_MS });
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
    let ledger: Ledger = { irns: [], ewbs: [], events: [] };
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
    const checked = checkHistory({
      ops: ops.map((o) => ({
        kind: 'generate' as const,
        docNo: o.docNo.toUpperCase(),
        // Resolved after the run (a retry with the key, or a GET by document): the client holds its IRN.
        final: o.irn !== undefined ? 'ok' : o.final,
        ...(o.irn !== undefined ? { irn: o.irn } : {}),
        failDetail: history
          .filter((e) => e.client === o.client && e.op === o.op && e.type === 'fail')
          .map((e) => e.detail)
          .join(' | '),
      })),
      ledger,
      seller: SELLER,
      mine,
      documents: rows,
      ewbs: await ewbRows(db),
      events: webhookEvents,
    });
    const problems = checked.problems;
    const withheld = ledger.events.filter(
      (e) => e.type === 'IRN_GENERATED' && e.delivery === 'withheld' && rows.some((r) => r.irn === e.irn),
    ).length;

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
      ledger: { irns: checked.figures.irnsAtIrp, withheldResponses: withheld },
      dbRows: rows.length,
      webhooks: {
        deliveries: receiver.deliveries.length,
        distinctIrnGenerated: checked.figures.distinctEvents['irn.generated'] ?? 0,
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
          (problems as unknown as Record<string, string[]>)[k]!.some((p) => p.startsWith(o.docNo.toUpperCase())),
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
    expect(problems).toEqual(noProblems());
    expect(faults.some((f) => f.includes('SIGKILL'))).toBe(true);

    await server.proc.kill();
    await sandbox.proc.kill();
  }, 170_000);
});
