// The soak (issue #15, item 7): bounded load with random SIGKILLs of the server and, on PostgreSQL, immediate
// database stops, for SOAK_SECONDS (default 600), then reconciliation and the history check (test/history/checker.ts).
//
//   pnpm --filter @einvoice/server soak                       # 10 minutes on PostgreSQL
//   SOAK_SECONDS=120 SOAK_DATABASE=sqlite pnpm --filter @einvoice/server soak
//
// Processes: the sandbox IRP (its own process, a little latency, so calls are in flight when faults land); the
// server as a child process (`node --import tsx src/main.ts`) on SQLite in a temp dir or on a PostgreSQL cluster of
// its own (test/crash/pg-cluster.ts: stopping it fails nobody else's tests); a loopback webhook receiver that
// records every delivery.
//
// Load: SOAK_CLIENTS concurrent clients (default 6), each taking documents through a life cycle, one call at a
// time: generate the IRN; sometimes an e-way bill by IRN (Part-A only or with a vehicle), a Part-B update of a
// Part-A one, its cancellation; sometimes the IRN's cancellation. Every call carries its own Idempotency-Key and is
// retried like an SDK (same key, same body) on connection errors, 5xx, 409, 429 and 202 until a definite answer or
// a deadline. Every attempt is recorded.
//
// Nemesis, one fault at a time, every 4-12 s at random: sandbox IRP faults (5001 errors, timeout-after-commit on
// each operation the load uses, connection resets, a short full outage), SIGKILL + restart of the server on the
// same database and port, and on PostgreSQL `pg_ctl -m immediate stop` + start a moment later. A server that exits
// without being killed is counted (a violation) and started again.
//
// Then: faults cleared, unknown operations resolved (a retry with the key, or a read), the reconciler and the
// webhook dispatcher given time to settle (GET /v1/status `unresolved` reaches 0 and the checker's lists empty,
// or a deadline), and the history check: exits non-zero on any duplicate, lost document or acknowledged change,
// lost or duplicate event, unresolved outcome, or process exit other than the injected kills.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Balancer } from '../crash/balancer.js';
import { type PgCluster, pgAvailable, startPgCluster } from '../crash/pg-cluster.js';
import { query } from '../crash/probes.js';
import { killAll, type Proc, startSandbox, startServer } from '../crash/processes.js';
import {
  type CheckedOp,
  type Completion,
  checkHistory,
  type DbLocation,
  documentRows,
  ewbRows,
  freePort,
  type Ledger,
  type OpKind,
  Receiver,
  summarizeProblems,
} from '../history/checker.js';
import { invoice, road } from '../support/invoices.js';

export interface SoakOptions {
  seconds: number;
  database: 'postgres' | 'sqlite';
  clients?: number;
  /** Mean seconds between nemesis actions (each waits 0.5x-1.5x this). */
  nemesisEverySeconds?: number;
  /** How long the settling phase may take before the check judges what it sees. */
  settleSeconds?: number;
  /** Mean pause of a client after each answered call (bounds the load). */
  thinkMs?: number;
  log?: (line: string) => void;
  verbose?: boolean;
  /**
   * Replicas on the one database (PostgreSQL only), behind a round-robin balancer (test/crash/balancer.ts). With
   * more than one, the disruptive faults are a SIGKILL + restart of replica 1 and a SIGTERM roll (drain, exit,
   * restart) of replica 2 instead of the server kill and the database restart; some life cycles are bulk jobs.
   */
  replicas?: number;
}

export interface SoakReport {
  database: string;
  seconds: number;
  clients: number;
  operations: Record<string, number>;
  attempts: number;
  unknownAttempts: number;
  resolvedAfterLoad: number;
  nemesis: Record<string, number>;
  injectedKills: number;
  databaseRestarts: number;
  unexpectedExits: string[];
  unresolvedAtStatus: number | null;
  figures: ReturnType<typeof checkHistory>['figures'];
  replicas: number;
  /** SIGTERM rolls: processes drained, and the requests any of them failed (sent, no answer, or a 5xx). */
  rolls: number;
  failedDuringRolls: string[];
  /** Bulk jobs: submitted, completed (status), records, records without exactly one outcome. */
  bulk: { jobs: number; completed: number; records: number; recordsNotDoneOnce: number };
  /** Answers the clients got (by x-request-id) without their request-log row. */
  answered: number;
  answeredWithoutLogRow: string[];
  problems: Record<string, number>;
  details: Record<string, string[]>;
  timings: { loadSeconds: number; settleSeconds: number; totalSeconds: number };
  ok: boolean;
}

const SELLER = '29AAACP7879D1Z0';
const IRP_LATENCY_MS = 20;
const UPSTREAM_TIMEOUT_MS = 1500;
/** Longer than UPSTREAM_TIMEOUT_MS: the IRP commits, the server times out (an ambiguous outcome). */
const HOLD_MS = 2500;
/** A client gives an operation up (leaving it unknown) after this long. */
const CLIENT_DEADLINE_MS = 60_000;
const SERVER_START_TIMEOUT_MS = 90_000;
/** Replica mode: how long readiness answers 503 before a SIGTERMed replica stops listening (balancer polls 100 ms). */
const READINESS_DELAY_MS = 1000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(Math.random() * xs.length)]!;

interface Op extends CheckedOp {
  client: number;
  key: string;
  attempts: number;
  unknownAttempts: number;
  method: string;
  path: string;
  body: unknown;
  history: string[];
}

export async function runSoak(options: SoakOptions): Promise<SoakReport> {
  const log = options.log ?? ((line: string) => console.log(line));
  const clients = options.clients ?? 6;
  const nemesisEveryMs = (options.nemesisEverySeconds ?? 8) * 1000;
  const thinkMs = options.thinkMs ?? 100;
  const settleMs = (options.settleSeconds ?? 120) * 1000;
  const replicas = options.replicas ?? 1;
  if (replicas > 1 && options.database !== 'postgres') throw new Error('replicas share a database: PostgreSQL only');
  const t0 = Date.now();
  const cleanups: (() => Promise<void> | void)[] = [];
  try {
    return await soak();
  } finally {
    await killAll();
    for (const c of cleanups.reverse()) {
      try {
        await c();
      } catch (e) {
        log(`[soak] cleanup: ${(e as Error).message}`);
      }
    }
  }

  async function soak(): Promise<SoakReport> {
    const dir = mkdtempSync(join(tmpdir(), 'einvoice-soak-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    let cluster: PgCluster | undefined;
    if (options.database === 'postgres') {
      if (!pgAvailable) throw new Error('SOAK_DATABASE=postgres needs the PostgreSQL 15 binaries (PG_BIN)');
      cluster = await startPgCluster();
      cleanups.push(() => cluster!.destroy());
    }
    const db: DbLocation = cluster ? { url: cluster.url } : { sqlitePath: join(dir, 'einvoice.db') };
    const receiver = await new Receiver().start();
    cleanups.push(() => receiver.close());
    const sandbox = await startSandbox({ latencyMs: IRP_LATENCY_MS });
    const ports = await Promise.all(Array.from({ length: replicas }, () => freePort()));
    const balancer = replicas > 1 ? await new Balancer().start() : undefined;
    if (balancer) cleanups.push(() => balancer.close());
    const env: Record<string, string> = {
      EINVOICE_MODE: 'sandbox',
      DATA_DIR: dir,
      SQLITE_PATH: join(dir, 'einvoice.db'),
      IRP_SANDBOX_URL: sandbox.url,
      IDEMPOTENCY_LOCK_SECONDS: '4',
      UPSTREAM_TIMEOUT_MS: String(UPSTREAM_TIMEOUT_MS),
      GSP_HALF_OPEN_AFTER_MS: '500',
      QUEUE_POLL_MS: '200',
      QUEUE_RETRY_BASE_MS: '300',
      RECONCILE_POLL_MS: '300',
      RECONCILE_RETRY_BASE_MS: '500',
      RECONCILE_STALE_AFTER_MS: '8000',
      WEBHOOK_ALLOW_LOOPBACK: 'true',
      WEBHOOK_RETRY_SCHEDULE_MS: '0,200,500,1000,2000,5000,10000',
      // A SIGKILLed server's claimed deliveries wait out their lease (2 x this + 30 s) before another pass retakes them.
      WEBHOOK_TIMEOUT_MS: '2000',
      API_KEY_RATE_LIMIT_RPS: '10000',
      LOG_LEVEL: 'warn',
      SHUTDOWN_READINESS_DELAY_MS: String(READINESS_DELAY_MS),
      SHUTDOWN_TIMEOUT_MS: '30000',
      ...(cluster ? { DATABASE_URL: cluster.url } : {}),
    };
    // Replicas share the database, the sandbox IRP and the keys (processes.ts gives every PostgreSQL server the
    // same TEST_KEYS), each with a DATA_DIR of its own: nothing on disk is shared.
    const envOf = (i: number): Record<string, string> => ({
      ...env,
      PORT: String(ports[i]),
      ...(i > 0 ? { DATA_DIR: join(dir, `replica-${i}`) } : {}),
    });

    // ------------------------------------------------------------ the servers, watched
    const unexpectedExits: string[] = [];
    let injectedKills = 0;
    let databaseRestarts = 0;
    let rolls = 0;
    const rolledPids: number[] = [];
    type Running = { proc: Proc; url: string; apiKey?: string };
    const servers: Running[] = [];
    servers[0] = await startServer(envOf(0), true, { timeoutMs: SERVER_START_TIMEOUT_MS });
    for (let i = 1; i < replicas; i++)
      servers[i] = await startServer(envOf(i), false, { timeoutMs: SERVER_START_TIMEOUT_MS });
    for (const [i, s] of servers.entries()) balancer?.set(i, s.url, s.proc.child.pid);
    const base = balancer ? balancer.url : servers[0]!.url;
    const apiKey = servers[0]!.apiKey!;
    const expectedExits = new Set<Proc>();
    let stopped = false;
    let restarting: Promise<void> | undefined;
    const watch = (i: number) => {
      const s = servers[i]!;
      void s.proc.exited.then((e) => {
        if (expectedExits.has(s.proc) || stopped || s !== servers[i]) return;
        unexpectedExits.push(
          `${((Date.now() - t0) / 1000).toFixed(1)}s replica ${i} pid ${s.proc.child.pid} exited (${e.code ?? e.signal}): ${s.proc.output().slice(-2000)}`,
        );
        log(`[soak] replica ${i} exited on its own (${e.code ?? e.signal}); starting it again`);
        restarting = restart(i);
      });
    };
    const restart = async (i: number) => {
      for (;;) {
        try {
          servers[i] = await startServer(envOf(i), false, { timeoutMs: SERVER_START_TIMEOUT_MS });
          balancer?.set(i, servers[i]!.url, servers[i]!.proc.child.pid);
          watch(i);
          return;
        } catch (error) {
          unexpectedExits.push(`restart failed: ${(error as Error).message.slice(0, 2000)}`);
          await sleep(2000);
        }
      }
    };
    for (const i of servers.keys()) watch(i);

    const admin = async (method: string, path: string, body?: unknown) => {
      const res = await fetch(sandbox.url + path, {
        method,
        ...(body !== undefined ? { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) } : {}),
      });
      if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
      return res.json() as Promise<any>;
    };
    // Every answer a client got from a server must have its request-log row, but a 503 storage_unavailable (the
    // database was away: nowhere to write it). With database restarts a row may also be lost when the database dies
    // between the answer and its log write ("a failure to log never changes the answer"): reported, not judged.
    const answeredIds: string[] = [];
    const api = async (method: string, path: string, token: string, body?: unknown, headers = {}) => {
      const res = await fetch(base + path, {
        method,
        headers: {
          authorization: `Bearer ${token}`,
          ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
          ...headers,
        },
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
        signal: AbortSignal.timeout(30_000),
      });
      const text = await res.text();
      let parsed: any = text;
      try {
        parsed = JSON.parse(text);
      } catch {}
      const requestId = res.headers.get('x-request-id');
      if (requestId && !(res.status === 503 && parsed?.code === 'storage_unavailable')) answeredIds.push(requestId);
      return { status: res.status, text, body: parsed, headers: res.headers };
    };

    // ------------------------------------------------------------ setup
    const must = (r: { status: number; text: string }, status: number, what: string) => {
      if (r.status !== status) throw new Error(`${what}: ${r.status} ${r.text}`);
    };
    must(
      await api('POST', '/v1/gstins', apiKey, { gstin: SELLER, irp_username: 'soak', irp_password: 'sandbox' }),
      201,
      'register the GSTIN',
    );
    const cred = await api('POST', `/v1/gstins/${SELLER}/credentials`, apiKey, {
      name: 'soak',
      scopes: ['irn:write', 'ewb:write', 'read'],
      plan: 'custom',
      rate_limit_rps: 10000,
    });
    must(cred, 201, 'create a credential');
    let token = '';
    let tokenAt = 0;
    const freshToken = async () => {
      // Tokens outlive the run; fetched again only if one is refused (a restart does not revoke them).
      const res = await fetch(`${base}/v1/oauth/token`, {
        method: 'POST',
        headers: {
          authorization: `Basic ${Buffer.from(`${cred.body.client_id}:${cred.body.client_secret}`).toString('base64')}`,
          'content-type': 'application/x-www-form-urlencoded',
        },
        body: 'grant_type=client_credentials',
      });
      if (res.status !== 200) throw new Error(`token: ${res.status} ${await res.text()}`);
      token = ((await res.json()) as { access_token: string }).access_token;
      tokenAt = Date.now();
    };
    await freshToken();
    const ep = await api('POST', '/v1/webhook-endpoints', apiKey, {
      url: receiver.url,
      events: [
        'irn.generated',
        'irn.cancelled',
        'ewb.generated',
        'ewb.cancelled',
        'ewb.vehicle_updated',
        'ewb.extended',
      ],
    });
    must(ep, 201, 'create a webhook endpoint');
    const secret = ep.body.secret as string;

    // ------------------------------------------------------------ clients
    const tag = randomBytes(2).toString('hex').toUpperCase();
    const mine = (docNo: string) => docNo.toUpperCase().startsWith(`S${tag}/`);
    const ops: Op[] = [];
    let loadEndsAt: number;
    let attemptsTotal = 0;

    async function call(op: Op, deadline = Date.now() + CLIENT_DEADLINE_MS): Promise<Op> {
      for (;;) {
        op.attempts++;
        attemptsTotal++;
        let completion: Completion;
        let detail: string;
        try {
          const res = await api(op.method, op.path, token, op.body, {
            'idempotency-key': op.key,
            ...(op.kind === 'generate' ? { prefer: 'wait=2' } : {}),
          });
          detail = String(res.status);
          if (res.status === 200 || res.status === 201) {
            completion = 'ok';
            if (op.kind === 'generate') op.irn = res.body.Irn;
            if (op.kind === 'ewb_generate') op.ewbNo = res.body.EwbNo;
            if (res.headers.get('idempotent-replayed') === 'true') detail += ' replayed';
          } else if (res.status === 401 && Date.now() - tokenAt > 1000) {
            completion = 'info';
            await freshToken().catch(() => undefined);
          } else if ([202, 409, 429].includes(res.status) || res.status >= 500) {
            completion = 'info';
            if (res.status !== 202) detail += ` ${res.text.slice(0, 160)}`;
          } else {
            completion = 'fail';
            detail += ` ${res.text.slice(0, 300)}`;
            op.failDetail = detail;
          }
        } catch (error) {
          completion = 'info';
          const e = error as Error & { cause?: { code?: string } };
          detail = e.cause?.code ?? (e.name === 'TimeoutError' ? 'client-timeout' : `${e.name}:${e.message}`);
        }
        op.history.push(`${((Date.now() - t0) / 1000).toFixed(1)}s #${op.attempts} ${completion} ${detail}`);
        if (completion !== 'info') {
          op.final = completion;
          await sleep(thinkMs * (0.5 + Math.random())); // bounded load: a client pauses between calls
          return op;
        }
        op.unknownAttempts++;
        if (Date.now() > deadline) return op; // stays unknown: resolved after the load
        await sleep(Math.min(2000, 100 * 2 ** Math.min(op.attempts, 5)) * (0.5 + Math.random() / 2));
      }
    }
    const newOp = (
      client: number,
      kind: OpKind,
      docNo: string,
      method: string,
      path: string,
      body: unknown,
      ewbNo?: number,
    ): Op => {
      const op: Op = {
        client,
        kind,
        docNo: docNo.toUpperCase(),
        key: `soak-${tag}-${randomBytes(6).toString('hex')}`,
        method,
        path,
        body,
        final: 'info',
        attempts: 0,
        unknownAttempts: 0,
        history: [],
        ...(ewbNo !== undefined ? { ewbNo } : {}),
      };
      ops.push(op);
      return op;
    };

    async function lifeCycle(client: number, n: number): Promise<void> {
      const docNo = `S${tag}/${client}/${n}`; // NIC: at most 16 characters
      const gen = await call(newOp(client, 'generate', docNo, 'POST', '/v1/irn', invoice(SELLER, { docNo })));
      if (gen.final !== 'ok' || !gen.irn) return;
      const irn = gen.irn;
      const roll = Math.random();
      if (roll < 0.55) {
        const partA = Math.random() < 0.5;
        const body = partA ? { Irn: irn, Distance: 0, TransId: '29AAGCB7383J1Z4' } : { Irn: irn, ...road };
        const made = await call(newOp(client, 'ewb_generate', docNo, 'POST', '/v1/ewb', body));
        if (made.final !== 'ok' || made.ewbNo === undefined) return;
        const ewbNo = made.ewbNo;
        if (partA && Math.random() < 0.7) {
          const vehicle = {
            vehicleNo: 'KA01AB1234',
            fromPlace: 'Bengaluru',
            fromState: 29,
            reasonCode: '4',
            reasonRem: 'First vehicle',
            transMode: '1',
            vehicleType: 'R',
          };
          const v = await call(newOp(client, 'ewb_vehicle', docNo, 'POST', `/v1/ewb/${ewbNo}/vehicle`, vehicle, ewbNo));
          if (v.final !== 'ok') return;
        }
        if (Math.random() < 0.5) {
          const c = await call(
            newOp(
              client,
              'ewb_cancel',
              docNo,
              'POST',
              `/v1/ewb/${ewbNo}/cancel`,
              { cancelRsnCode: '2', cancelRmrk: 'Order cancelled' },
              ewbNo,
            ),
          );
          if (c.final !== 'ok') return;
        } else return; // an active e-way bill blocks the IRN's cancellation (2230)
      }
      if (Math.random() < 0.4)
        await call(newOp(client, 'cancel', docNo, 'POST', `/v1/irn/${irn}/cancel`, { CnlRsn: '3', CnlRem: 'soak' }));
    }
    // Bulk jobs (replica mode): a few records each, submitted like an SDK (same key until a definite answer); each
    // record is a `generate` op for the checker, settled from the job's results (or a read by document number).
    const bulkJobs: { id: string; ops: Op[]; completed: boolean }[] = [];
    async function bulkJob(client: number, n: number): Promise<void> {
      const documents = [0, 1, 2].map((k) => invoice(SELLER, { docNo: `S${tag}/${client}/${n}/${k}` }));
      const records = documents.map((d) => newOp(client, 'generate', d.DocDtls.No, '', '', d));
      const key = `soak-${tag}-bulk-${randomBytes(6).toString('hex')}`;
      const deadline = Date.now() + CLIENT_DEADLINE_MS;
      while (Date.now() < deadline) {
        const res = await api(
          'POST',
          '/v1/irn/bulk',
          token,
          { documents },
          { 'idempotency-key': key, prefer: 'wait=5' },
        ).catch(() => undefined);
        if (res && [200, 201, 202].includes(res.status) && typeof res.body?.id === 'string') {
          bulkJobs.push({ id: res.body.id, ops: records, completed: false });
          break;
        }
        if (res?.status === 401) await freshToken().catch(() => undefined);
        else if (res && res.status < 500 && ![409, 429].includes(res.status)) {
          for (const r of records) {
            r.final = 'fail';
            r.failDetail = `bulk ${res.status} ${res.text.slice(0, 200)}`;
          }
          return;
        }
        await sleep(300 + Math.random() * 500);
      }
      await sleep(thinkMs * (0.5 + Math.random()));
    }
    const settleBulk = async () => {
      for (const job of bulkJobs.filter((j) => !j.completed)) {
        const got = await api('GET', `/v1/irn/bulk/${job.id}`, token).catch(() => undefined);
        if (got?.body?.status !== 'completed') continue;
        const page = await api('GET', `/v1/irn/bulk/${job.id}/results?limit=100`, token).catch(() => undefined);
        if (page?.status !== 200) continue;
        job.completed = true;
        for (const r of page.body.data as { index: number; status: string; document?: { Irn?: string } | null }[]) {
          // By position: a failed record has no document to match by number (and its error is what we need to see).
          const op = job.ops[r.index];
          if (!op) continue;
          op.history.push(`bulk record ${r.status}`);
          if (['generated', 'replayed'].includes(r.status) && r.document?.Irn) {
            op.final = 'ok';
            op.irn = r.document.Irn;
          } else if (r.status === 'failed') {
            op.final = 'fail';
            op.failDetail = `bulk record failed: ${JSON.stringify(r).slice(0, 200)}`;
          } // queued: settled by a read by document number, like any generate left unknown
        }
      }
    };
    // The load's seconds count from here: starting servers on a busy machine takes a while, and a short run whose
    // setup ate its window dealt too few faults (the short soak on PostgreSQL saw its kill but no database restart).
    loadEndsAt = Date.now() + options.seconds * 1000;
    // The load goes on until the disruptive faults happened (replica mode: the kill and the roll; else the deck's
    // first kill and database restart), however long a busy machine's restarts take.
    let replicaFaultsDone = replicas <= 1;
    let nemesisDone = false;
    const clientLoops = Array.from({ length: clients }, async (_, c) => {
      await sleep(c * 150);
      for (let n = 0; Date.now() < loadEndsAt || !replicaFaultsDone || !nemesisDone; n++)
        if (replicas > 1 && Math.random() < 0.12) await bulkJob(c, n);
        else await lifeCycle(c, n);
    });

    // ------------------------------------------------------------ nemesis
    const nemesis: Record<string, number> = {};
    const noteFault = (label: string) => {
      nemesis[label] = (nemesis[label] ?? 0) + 1;
      if (options.verbose) log(`[soak] ${((Date.now() - t0) / 1000).toFixed(1)}s ${label}`);
    };
    const inject = (f: Record<string, unknown>) => admin('POST', '/admin/faults', { gstin: SELLER, ...f });
    const actions: (() => Promise<void>)[] = [
      async () => {
        await inject({ mode: 'error', code: '5001', count: 3 });
        noteFault('error 5001 x3');
      },
      async () => {
        const op = pick(['generate', 'cancel', 'ewb-generate', 'ewb-cancel', 'ewb-vehicle'] as const);
        await inject({ mode: 'timeout-after-commit', holdMs: HOLD_MS, count: 2, ops: [op] });
        noteFault(`timeout-after-commit x2 on ${op}`);
      },
      async () => {
        await inject({ mode: 'reset', count: 3 });
        noteFault('reset x3');
      },
      async () => {
        await inject({ mode: 'down', count: null });
        noteFault('IRP down 2 s');
        await sleep(2000);
        await admin('DELETE', `/admin/faults?gstin=${SELLER}`);
      },
    ];
    const kill = async () => {
      // SIGKILL while requests are in flight; restart on the same database and port.
      await restarting;
      const victim = servers[0]!;
      expectedExits.add(victim.proc);
      await victim.proc.kill();
      injectedKills++;
      noteFault(replicas > 1 ? 'SIGKILL replica 1' : 'SIGKILL server');
      restarting = restart(0);
      await restarting;
    };
    const roll = async () => {
      // A rolling deploy of one replica: SIGTERM (readiness 503, drain, exit 0), then a new process on its port.
      await restarting;
      const victim = servers[1]!;
      expectedExits.add(victim.proc);
      rolledPids.push(victim.proc.child.pid!);
      victim.proc.child.kill('SIGTERM');
      const exit = await victim.proc.exited;
      if (exit.code !== 0)
        unexpectedExits.push(
          `replica 2 rolled: exit ${exit.code ?? exit.signal}: ${victim.proc.output().slice(-2000)}`,
        );
      rolls++;
      noteFault('SIGTERM roll replica 2');
      restarting = restart(1);
      await restarting;
    };
    const restartDatabase = cluster
      ? async () => {
          await restarting;
          cluster!.stop();
          noteFault('pg_ctl -m immediate stop');
          await sleep(1000 + Math.random() * 2000);
          cluster!.start();
          databaseRestarts++;
        }
      : undefined;
    // Dealt from a shuffled deck (reshuffled when empty), the first deck with the SIGKILL and the database
    // restart on top (dealt from the end: the kill first): every kind of fault lands, and the disruptive ones land
    // even in a short run. Replica mode: the deck deals IRP faults only; the SIGKILL lands at a quarter of the load
    // and the SIGTERM roll at half of it (or once the killed replica is back), whatever a busy machine's restarts
    // cost, and the load goes on until both happened.
    const disruptive = replicas > 1 ? [] : [...(restartDatabase ? [restartDatabase] : []), kill];
    const loadMs = options.seconds * 1000;
    const replicaFaults = (async () => {
      if (replicas <= 1) return;
      await sleep(loadMs / 4);
      await kill();
      await sleep(Math.max(0, loadEndsAt - loadMs / 2 - Date.now()));
      await roll();
      replicaFaultsDone = true;
    })();
    const deck: (() => Promise<void>)[] = [...actions.sort(() => Math.random() - 0.5), ...disruptive];
    const deal = () => {
      if (!deck.length) deck.push(...[...actions, ...disruptive].sort(() => Math.random() - 0.5));
      return deck.pop()!;
    };
    const dealt = new Set<() => Promise<void>>();
    // Past the window only while a disruptive fault never landed, and never more than 2 minutes past it.
    const timeLeft = () =>
      Date.now() < loadEndsAt - 3000 || (Date.now() < loadEndsAt + 120_000 && disruptive.some((d) => !dealt.has(d)));
    const nemesisLoop = (async () => {
      await sleep(2000);
      while (timeLeft()) {
        await sleep(nemesisEveryMs * (0.5 + Math.random()));
        if (!timeLeft()) break;
        const action = deal();
        try {
          await action();
          dealt.add(action);
        } catch (error) {
          log(`[soak] nemesis action failed: ${(error as Error).message}`);
          noteFault('nemesis action failed');
        }
      }
    })();
    await nemesisLoop;
    nemesisDone = true;
    await replicaFaults;
    await Promise.all(clientLoops);
    await restarting;
    await admin('DELETE', '/admin/faults');
    const loadEndedAt = Date.now();
    log(`[soak] load over after ${((loadEndedAt - t0) / 1000).toFixed(0)} s: ${ops.length} operations; settling`);

    // ------------------------------------------------------------ resolve unknowns, let the reconciler and webhooks settle
    let resolvedAfterLoad = 0;
    await settleBulk();
    for (const op of ops.filter((o) => o.final === 'info')) {
      if (op.method) await call(op, Date.now() + 30_000); // a bulk record has no call of its own
      if (op.final === 'info' && op.kind === 'generate') {
        const q = new URLSearchParams({ doc_type: 'INV', doc_no: op.docNo, doc_date: (op.body as any).DocDtls.Dt });
        const got = await api('GET', `/v1/irn/by-document?${q}`, token).catch(() => undefined);
        // Only a generated document is acknowledged: a queued one (a bulk record waiting out an IRP fault, say)
        // is left to the settling loop below, which reads it again until it is generated.
        if (got?.status === 200 && got.body.status === 'generated') {
          op.final = 'ok';
          op.irn = got.body.Irn;
        }
      }
      if (op.final !== 'info') resolvedAfterLoad++;
    }
    const settleDeadline = Date.now() + settleMs;
    let unresolvedAtStatus: number | null = null;
    let result: ReturnType<typeof checkHistory>;
    for (;;) {
      const status = await api('GET', '/v1/status', token).catch(() => undefined);
      unresolvedAtStatus = typeof status?.body?.unresolved === 'number' ? status.body.unresolved : null;
      await settleBulk();
      for (const op of ops.filter((o) => o.final === 'info' && !o.method && o.kind === 'generate')) {
        const q = new URLSearchParams({ doc_type: 'INV', doc_no: op.docNo, doc_date: (op.body as any).DocDtls.Dt });
        const got = await api('GET', `/v1/irn/by-document?${q}`, token).catch(() => undefined);
        if (got?.status === 200 && got.body.status === 'generated' && bulkJobs.every((j) => j.completed)) {
          op.final = 'ok';
          op.irn = got.body.Irn;
        }
      }
      result = checkHistory({
        ops,
        ledger: (await admin('GET', '/admin/ledger')) as Ledger,
        seller: SELLER,
        mine,
        documents: await documentRows(db),
        ewbs: await ewbRows(db),
        events: receiver.events(secret),
      });
      const clean = Object.values(result.problems).every((v) => v.length === 0);
      const bulkDone = bulkJobs.every((j) => j.completed);
      if ((clean && bulkDone && unresolvedAtStatus === 0) || Date.now() > settleDeadline) break;
      if (options.verbose)
        log(
          `[soak] settling: unresolved ${unresolvedAtStatus}, ${JSON.stringify(summarizeProblems(result.problems).details).slice(0, 600)}`,
        );
      await sleep(2000);
    }
    const settledAt = Date.now();
    stopped = true;
    const logged = new Set<string>();
    for (let i = 0; i < answeredIds.length; i += 500) {
      const chunk = answeredIds.slice(i, i + 500).map((id) => `'${id.replace(/'/g, '')}'`);
      for (const row of await query(db, `select request_id from request_logs where request_id in (${chunk.join(',')})`))
        logged.add(String(row.request_id));
    }
    const answeredWithoutLogRow = answeredIds.filter((id) => !logged.has(id));
    const bulkRecords = bulkJobs.flatMap((j) => j.ops);
    // A graceful roll: readiness said shutting_down before the replica stopped listening (the balancer saw it, and
    // no request was refused at connect), and no request it accepted went unanswered or got a 5xx of its own (the
    // IRP faults dealt meanwhile answer 502 upstream_error and 503 upstream_unavailable: the IRP's, not the roll's).
    const irpFaults = ['upstream_error', 'upstream_unavailable'];
    const failedDuringRolls = rolledPids.flatMap((pid) => [
      ...(balancer?.failuresOf(pid, irpFaults) ?? []).map(
        (e) => `pid ${pid}: ${e.outcome} ${e.status} ${e.code ?? ''} ${e.error ?? ''}`,
      ),
      ...(balancer?.drainSeen.has(pid) ? [] : [`pid ${pid}: readiness never answered shutting_down`]),
      ...(balancer?.refused.get(pid) ? [`pid ${pid}: ${balancer.refused.get(pid)} requests refused at connect`] : []),
    ]);

    const { counts, details } = summarizeProblems(result.problems);
    const operations: Record<string, number> = {};
    for (const op of ops) {
      const k = `${op.kind} ${op.final}`;
      operations[k] = (operations[k] ?? 0) + 1;
    }
    const named = (line: string, docNo: string) => line.startsWith(`${docNo} `) || line.startsWith(`${docNo}:`);
    const badOps = ops.filter((o) => Object.values(details).some((d) => d.some((line) => named(line, o.docNo))));
    if (badOps.length)
      details.histories = badOps.slice(0, 10).map((o) => `${o.docNo} ${o.kind} ${o.key}: ${o.history.join(' | ')}`);
    if (unexpectedExits.length) details.unexpectedExits = unexpectedExits.map((e) => e.slice(0, 1500));
    const report: SoakReport = {
      database: options.database,
      seconds: options.seconds,
      clients,
      operations,
      attempts: attemptsTotal,
      unknownAttempts: ops.reduce((n, o) => n + o.unknownAttempts, 0),
      resolvedAfterLoad,
      nemesis,
      injectedKills,
      databaseRestarts,
      unexpectedExits,
      unresolvedAtStatus,
      figures: result.figures,
      replicas,
      rolls,
      failedDuringRolls,
      bulk: {
        jobs: bulkJobs.length,
        completed: bulkJobs.filter((j) => j.completed).length,
        records: bulkRecords.length,
        recordsNotDoneOnce: bulkRecords.filter((o) => o.final !== 'ok').length,
      },
      answered: answeredIds.length,
      answeredWithoutLogRow,
      problems: counts,
      details,
      timings: {
        loadSeconds: (loadEndedAt - t0) / 1000,
        settleSeconds: (settledAt - loadEndedAt) / 1000,
        totalSeconds: (Date.now() - t0) / 1000,
      },
      ok:
        Object.values(counts).every((n) => n === 0) &&
        unexpectedExits.length === 0 &&
        unresolvedAtStatus === 0 &&
        failedDuringRolls.length === 0 &&
        (databaseRestarts > 0 || answeredWithoutLogRow.length === 0) &&
        bulkJobs.every((j) => j.completed) &&
        result.figures.invalidSignatures === 0,
    };
    return report;
  }
}

/** One line per figure the issue asks for, then the problems (if any). */
export function formatReport(r: SoakReport): string {
  const f = r.figures;
  const lines = [
    `soak on ${r.database}: ${r.timings.loadSeconds.toFixed(0)} s of load, ${r.clients} clients, settled in ${r.timings.settleSeconds.toFixed(0)} s`,
    `  operations:            ${JSON.stringify(r.operations)}`,
    `  attempts:              ${r.attempts} (${r.unknownAttempts} unknown at the time, ${r.resolvedAfterLoad} resolved after the load)`,
    `  nemesis:               ${JSON.stringify(r.nemesis)}`,
    `  injected kills:        ${r.injectedKills}; database restarts: ${r.databaseRestarts}`,
    `  acknowledged documents ${f.acknowledgedDocuments} of ${f.documents}; IRNs at the IRP ${f.irnsAtIrp}; e-way bills at the IRP ${f.ewbsAtIrp}`,
    `  state changes at IRP:  ${JSON.stringify(f.stateChangesAtIrp)}`,
    `  distinct events:       ${JSON.stringify(f.distinctEvents)} (${f.redeliveries} redeliveries, ${f.invalidSignatures} invalid signatures)`,
    `  duplicates:            ${r.problems.duplicateIrns} IRNs, ${r.problems.duplicateEvents} events, ${r.problems.duplicateChanges} e-way bill changes applied twice`,
    `  lost:                  ${r.problems.lostAtIrp} documents, ${r.problems.lostAcknowledged} acknowledged changes, ${r.problems.lostEvents} events`,
    `  unresolved:            ${r.problems.unresolved} at clients, ${r.unresolvedAtStatus} at /v1/status`,
    `  other problems:        ${JSON.stringify({ dbRows: r.problems.dbRows, wrongIrn: r.problems.wrongIrn, unsubmittedAtIrp: r.problems.unsubmittedAtIrp, definiteFailures: r.problems.definiteFailures })}`,
    `  process exits other than the injected kills: ${r.unexpectedExits.length}`,
    ...(r.replicas > 1
      ? [
          `  replicas:              ${r.replicas} behind a round-robin balancer; ${r.rolls} SIGTERM rolls, ${r.failedDuringRolls.length} requests failed by a rolled replica`,
          `  bulk:                  ${r.bulk.jobs} jobs (${r.bulk.completed} completed), ${r.bulk.records} records, ${r.bulk.recordsNotDoneOnce} without one IRN`,
        ]
      : []),
    `  request log:           ${r.answered} answers, ${r.answeredWithoutLogRow.length} without their log row`,
    `  verdict:               ${r.ok ? 'OK' : 'VIOLATIONS'}`,
  ];
  for (const [k, v] of Object.entries(r.details)) lines.push(`  ${k}:\n    ${v.join('\n    ')}`);
  return lines.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const seconds = Number(process.env.SOAK_SECONDS ?? 600);
  const database = (process.env.SOAK_DATABASE ?? 'postgres') as 'postgres' | 'sqlite';
  if (database !== 'postgres' && database !== 'sqlite') throw new Error('SOAK_DATABASE must be postgres or sqlite');
  const report = await runSoak({
    seconds,
    database,
    ...(process.env.SOAK_CLIENTS ? { clients: Number(process.env.SOAK_CLIENTS) } : {}),
    ...(process.env.SOAK_REPLICAS ? { replicas: Number(process.env.SOAK_REPLICAS) } : {}),
    ...(process.env.SOAK_NEMESIS_EVERY_SECONDS
      ? { nemesisEverySeconds: Number(process.env.SOAK_NEMESIS_EVERY_SECONDS) }
      : {}),
    verbose: Boolean(process.env.SOAK_VERBOSE),
  });
  console.log(formatReport(report));
  if (process.env.SOAK_JSON) console.log(JSON.stringify(report));
  process.exit(report.ok ? 0 : 1);
}
