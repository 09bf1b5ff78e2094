/**
 * Generate-IRN through the einvoice server vs the same request sent straight to the sandbox IRP, in the same
 * run on the same machine (`pnpm bench` in server/; build the workspace packages first).
 *
 * Processes: the sandbox IRP (packages/irp-sandbox/dist/cli.js) and the server (the built dist/main.js with the
 * node options of package.json's `start`, as `pnpm start` runs it, when dist/main.js is newer than src/, else
 * `node --import tsx src/main.ts`; BENCH_SERVER_ENTRY=dist|tsx chooses, BENCH_SERVER_MAIN=<path to a main.js>
 * runs another build instead, e.g. a baseline commit's, for an A/B on the same machine in the same session
 * (BENCH_NODE_ARGS adds node options, e.g. `--max-semi-space-size=4`, or `--cpu-prof --cpu-prof-dir=/tmp/prof`:
 * the server is then stopped with SIGINT so the profile is written); SQLite in a temp dir, IRP_SANDBOX_URL
 * pointing at that sandbox) run as child processes; autocannon drives both from this process. The server's RSS
 * is sampled from /proc/<pid>/status (VmRSS) throughout.
 *
 * Cost per IRN, for each of the server's measured phases: CPU ms (utime + stime of the server process from
 * /proc/<pid>/stat, the same figure as its process.cpuUsage()), bytes it wrote to storage (/proc/<pid>/io
 * write_bytes) and through write syscalls of any kind (wchar, sockets included), database growth (SQLite: used
 * pages, WAL included, read from a read-only connection; PostgreSQL: pg_database_size) and SQL statements
 * executed and prepared (the server's einvoice_db_statements_total), each divided by the phase's successes.
 * At the fixed rate and at saturation, CPU per IRN of every process on the path (server, sandbox, this load
 * generator) and how busy the machine was (/proc/stat), with the server's CPU budget for 60 % of the IRP's own throughput derived from
 * them (budgetFor): where the direct path stops (the single-threaded sandbox) and what the server may spend.
 *
 * Paths:
 *   server  POST /v1/irn with a bearer token and a fresh Idempotency-Key; the server validates, stores a pending
 *           row, calls the IRP over the NIC protocol (AES payload; the IRP signs two RS256 JWTs), commits.
 *   direct  POST /eicore/v1.03/Invoice to the sandbox with an already-authenticated NIC session (NicClient from
 *           @einvoice/nic): the payload is AES-encrypted under the SEK here, the response
 *           decrypted here, so the client-side crypto matches what the server's NIC route does. This is the
 *           IRP's own cost: the overhead is what the server adds on top of it.
 * Every request carries a unique document number (built per request; autocannon's setupRequest hook).
 *
 * Phases: warm-up of both paths; both at a fixed offered rate (BENCH_RATE req/s for BENCH_SECONDS); then both at
 * saturation (autocannon, BENCH_SAT_CONNECTIONS connections, no rate limit). The server's path runs first at
 * saturation; the direct path's saturation figure is context (the IRP's own ceiling on this machine).
 *
 * Fixed rate, default driver `paced`: an open-loop client that sends request i at start + i/rate over a keep-alive
 * agent, so the figures are latency at a steady 100 req/s. BENCH_DRIVER=autocannon uses autocannon's overallRate
 * instead; note that autocannon paces per connection per second (each connection sends its share back-to-back at
 * the start of every second), so that offered load arrives in bursts of BENCH_RATE_CONNECTIONS concurrent
 * requests and the latencies include queueing behind the burst. With overallRate its coordinated-omission
 * correction assumes an expected interval of ceil(1/rate) = 1 ms (should be 1000/rate ms) and back-fills phantom
 * samples, so it is turned off. autocannon's histogram has 1 ms resolution; percentiles here come from the
 * per-response hrtime durations autocannon reports on each client's 'response' event (autocannon's own p50/p99
 * are kept in the JSON for reference).
 *
 * Env: BENCH_RATE (100), BENCH_SECONDS (10), BENCH_DRIVER (paced | autocannon), BENCH_RATE_CONNECTIONS (10, autocannon
 * driver only), BENCH_SAT_CONNECTIONS (10), BENCH_SAT_SECONDS (10), BENCH_WARMUP_SECONDS (3), BENCH_REST_SECONDS (12: the
 * quiet time before the server's RSS at rest after the load is read), BENCH_DATABASE_URL
 * (run the server on PostgreSQL instead of SQLite), BENCH_SERVER_MAIN and BENCH_NODE_ARGS (see above; for A/B runs).
 * Output: a table on stdout and server/bench/results/latest.json; BENCH_SAVE=1 also writes
 * server/bench/results/<date>-<database>-<entry>.json, to commit, so progress is visible over time.
 */

import { randomBytes } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import http from 'node:http';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { aesDecrypt, aesEncrypt, NicClient, type NicSession } from '@einvoice/nic';
import autocannon from 'autocannon';
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import { killAll, startSandbox, startServer } from '../test/crash/processes.js';
import { invoice } from '../test/support/invoices.js';
import { cpuMsOf, startCommand } from './server-process.js';
import { gstinToken } from './session.js';

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const RATE = env('BENCH_RATE', 100);
const SECONDS = env('BENCH_SECONDS', 10);
const RATE_CONNECTIONS = env('BENCH_RATE_CONNECTIONS', 10);
const SAT_CONNECTIONS = env('BENCH_SAT_CONNECTIONS', 10);
const SAT_SECONDS = env('BENCH_SAT_SECONDS', 10);
const WARMUP_SECONDS = env('BENCH_WARMUP_SECONDS', 3);
const REST_SECONDS = env('BENCH_REST_SECONDS', 12);
const DRIVER = process.env.BENCH_DRIVER === 'autocannon' ? 'autocannon' : 'paced';
const SELLER = '29AAACP7879D1Z0';
const HERE = dirname(fileURLToPath(import.meta.url));
const BUILT = join(HERE, '../dist/main.js');
/** The newest modification time under a directory (the sources the build came from). */
const newestUnder = (dir: string): number =>
  Math.max(
    0,
    ...readdirSync(dir, { withFileTypes: true }).map((e) =>
      e.isDirectory() ? newestUnder(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs,
    ),
  );
/** dist/main.js when it exists and is newer than every source file: a stale build would measure old code. */
const builtIsCurrent = () => existsSync(BUILT) && statSync(BUILT).mtimeMs >= newestUnder(join(HERE, '../src'));
const ENTRY =
  process.env.BENCH_SERVER_ENTRY === 'tsx' || (process.env.BENCH_SERVER_ENTRY !== 'dist' && !builtIsCurrent())
    ? 'tsx'
    : 'dist';
if (ENTRY === 'tsx' && process.env.BENCH_SERVER_ENTRY !== 'tsx')
  console.warn('dist/main.js is missing or older than src/: running the server through tsx (pnpm build first)');
/** BENCH_SERVER_MAIN: another build's main.js (a baseline commit built elsewhere), for an A/B in one session. */
const OTHER_MAIN = process.env.BENCH_SERVER_MAIN;
/** BENCH_NODE_ARGS: extra node options for the server (space-separated), e.g. V8 heap sizes, for an A/B. */
const NODE_ARGS = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
const START = startCommand();
const SERVER_ARGS = [
  ...NODE_ARGS,
  ...(OTHER_MAIN ? startCommand(OTHER_MAIN).args : ENTRY === 'dist' ? START.args : ['--import', 'tsx', 'src/main.ts']),
];

// ---------------------------------------------------------------- unique documents

const runTag = randomBytes(3).toString('hex').toUpperCase().slice(0, 4);
let seq = 0;
/** A fresh invoice with a unique number (NIC: at most 16 characters, [A-Z1-9][A-Z0-9/-]*). */
function nextInvoice(path: 'S' | 'D') {
  seq += 1;
  return invoice(SELLER, { docNo: `${path}${runTag}/${seq.toString(36).toUpperCase()}` });
}

// ---------------------------------------------------------------- RSS sampling

interface RssSample {
  t: number;
  server: number;
  sandbox: number;
}
function vmRssMiB(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : NaN;
  } catch {
    return NaN;
  }
}

// ---------------------------------------------------------------- cost per IRN

interface CostSnapshot {
  cpuMs: number;
  writeBytes: number;
  wchar: number;
  dbBytes: number;
  statements: number;
  prepared: number;
}
export interface CostPerIrn {
  irns: number;
  cpuMsPerIrn: number;
  storageBytesWrittenPerIrn: number;
  bytesWrittenPerIrn: number;
  dbGrowthBytesPerIrn: number;
  statementsPerIrn: number;
  preparesPerIrn: number;
}

function ioOf(pid: number): { writeBytes: number; wchar: number } {
  try {
    const io = readFileSync(`/proc/${pid}/io`, 'utf8');
    const field = (k: string) => Number(new RegExp(`^${k}: (\\d+)`, 'm').exec(io)?.[1] ?? NaN);
    return { writeBytes: field('write_bytes'), wchar: field('wchar') };
  } catch {
    return { writeBytes: NaN, wchar: NaN };
  }
}

async function statementsOf(serverUrl: string): Promise<{ statements: number; prepared: number }> {
  const text = await (await fetch(`${serverUrl}/metrics`)).text();
  const of = (kind: string) =>
    Number(new RegExp(`^einvoice_db_statements_total\\{kind="${kind}"\\} (\\S+)`, 'm').exec(text)?.[1] ?? NaN);
  return { statements: of('executed'), prepared: of('prepared') };
}

/** Bytes the database holds in use: SQLite pages (the WAL's included) minus free pages, or pg_database_size. */
function databaseSize(sqlitePath: string, pgUrl: string | undefined): () => Promise<number> {
  if (pgUrl) {
    const pool = new pg.Pool({ connectionString: pgUrl, max: 1 });
    return async () => {
      const r = await pool.query<{ n: string }>('select pg_database_size(current_database()) as n');
      return Number(r.rows[0]!.n);
    };
  }
  return async () => {
    const db = new SqliteDatabase(sqlitePath, { readonly: true, fileMustExist: true });
    try {
      const pageSize = db.pragma('page_size', { simple: true }) as number;
      const pages = db.pragma('page_count', { simple: true }) as number;
      const free = db.pragma('freelist_count', { simple: true }) as number;
      return (pages - free) * pageSize;
    } finally {
      db.close();
    }
  };
}

/** CPU ms each process spent per IRN while a saturation phase ran, and how busy the whole machine was. */
export interface CpuShares {
  serverMsPerIrn: number | null;
  sandboxMsPerIrn: number;
  /** This process: autocannon, request bodies, and on the direct path the client's NIC crypto. */
  loadGeneratorMsPerIrn: number;
  totalMsPerIrn: number;
  /** Share of all CPUs busy during the phase (from /proc/stat), anything else on the machine included. */
  machineBusy: number;
}

/** Busy and total jiffies of all CPUs together (/proc/stat's first line). */
function machineJiffies(): { busy: number; total: number } {
  const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  const total = fields.reduce((a, b) => a + b, 0);
  const idle = (fields[3] ?? 0) + (fields[4] ?? 0); // idle + iowait
  return { busy: total - idle, total };
}

function cpuShares(serverPid: number | null, sandboxPid: number) {
  return async <T extends Stats>(run: () => Promise<T>): Promise<T & { cpu: CpuShares }> => {
    const snap = () => ({
      server: serverPid === null ? 0 : cpuMsOf(serverPid),
      sandbox: cpuMsOf(sandboxPid),
      self: (process.cpuUsage().user + process.cpuUsage().system) / 1000,
      machine: machineJiffies(),
    });
    const before = snap();
    const stats = await run();
    const after = snap();
    const per = (k: 'server' | 'sandbox' | 'self') => (after[k] - before[k]) / (stats.ok || NaN);
    const server = serverPid === null ? null : round(per('server'));
    const cpu: CpuShares = {
      serverMsPerIrn: server,
      sandboxMsPerIrn: round(per('sandbox')),
      loadGeneratorMsPerIrn: round(per('self')),
      totalMsPerIrn: round((server ?? 0) + per('sandbox') + per('self')),
      machineBusy: round(
        (after.machine.busy - before.machine.busy) / (after.machine.total - before.machine.total || NaN),
      ),
    };
    return { ...stats, cpu };
  };
}

function costMeter(pid: number, serverUrl: string, dbSize: () => Promise<number>) {
  const snap = async (): Promise<CostSnapshot> => {
    const { statements, prepared } = await statementsOf(serverUrl);
    const io = ioOf(pid);
    return { cpuMs: cpuMsOf(pid), ...io, dbBytes: await dbSize(), statements, prepared };
  };
  return async <T extends Stats>(run: () => Promise<T>): Promise<T & { cost: CostPerIrn }> => {
    const before = await snap();
    const stats = await run();
    const after = await snap();
    const per = (k: keyof CostSnapshot) => round((after[k] - before[k]) / (stats.ok || NaN));
    return {
      ...stats,
      cost: {
        irns: stats.ok,
        cpuMsPerIrn: per('cpuMs'),
        storageBytesWrittenPerIrn: per('writeBytes'),
        bytesWrittenPerIrn: per('wchar'),
        dbGrowthBytesPerIrn: per('dbBytes'),
        statementsPerIrn: per('statements'),
        preparesPerIrn: per('prepared'),
      },
    };
  };
}

// ---------------------------------------------------------------- load runs

interface Stats {
  label: string;
  driver: 'paced' | 'autocannon';
  offeredRps: number | null;
  connections: number | null;
  seconds: number;
  requests: number;
  ok: number;
  failures: number;
  errors: number;
  timeouts: number;
  achievedRps: number;
  /** paced driver: the worst delay between a request's due time and its sending (pacing fidelity). */
  maxPacingLagMs?: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number; mean: number };
  /** autocannon's own histogram (1 ms resolution), for reference. */
  autocannonLatencyMs?: { p50: number; p99: number };
  rssMiB?: { start: number; peak: number; end: number };
}

const quantile = (sorted: number[], q: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]! : NaN;

interface Target {
  label: string;
  url: string;
  path: string;
  /** The next request: headers and body built together (one unique document, and its own key). */
  next(): { headers: Record<string, string>; body: string };
  /** true when the response is a success of this path. */
  ok(status: number, body: string): boolean;
}

async function load(
  target: Target,
  opts: { seconds: number; connections: number; rate?: number },
  rss?: () => RssSample[],
): Promise<Stats> {
  const durations: number[] = [];
  let ok = 0;
  let failures = 0;
  const failureSamples: string[] = [];
  const startedAt = Date.now();
  const result = await autocannon({
    url: target.url,
    connections: opts.connections,
    duration: opts.seconds,
    ...(opts.rate ? { overallRate: opts.rate, ignoreCoordinatedOmission: true } : {}),
    timeout: 30,
    requests: [
      {
        method: 'POST',
        path: target.path,
        setupRequest: (req) => ({ ...req, ...target.next() }),
        onResponse: (status, body) => {
          if (target.ok(status, body)) ok++;
          else {
            failures++;
            if (failureSamples.length < 3) failureSamples.push(`${status} ${body.slice(0, 300)}`);
          }
        },
      },
    ],
    setupClient: (client) => {
      client.on('response', (_status: number, _bytes: number, duration: number) => durations.push(duration));
    },
  });
  if (failureSamples.length)
    console.error(`${target.label}: ${failures} failed responses, e.g.\n  ${failureSamples.join('\n  ')}`);
  const elapsed = (Date.now() - startedAt) / 1000;
  durations.sort((a, b) => a - b);
  const samples = rss?.().filter((s) => s.t >= startedAt) ?? [];
  return {
    label: target.label,
    driver: 'autocannon',
    offeredRps: opts.rate ?? null,
    connections: opts.connections,
    seconds: round(elapsed),
    requests: result.requests.total,
    ok,
    failures,
    errors: result.errors,
    timeouts: result.timeouts,
    achievedRps: round(ok / elapsed),
    latencyMs: summarize(durations),
    autocannonLatencyMs: { p50: result.latency.p50, p99: result.latency.p99 },
    ...(samples.length ? { rssMiB: rssOf(samples) } : {}),
  };
}

const round = (x: number) => Math.round(x * 100) / 100;

/**
 * The most CPU per IRN the server may use for its path to reach `share` of the direct path's throughput. Two
 * limits, the tighter wins: the server's JavaScript runs on one thread, so 1000 ms of CPU per second at most
 * (a little more with GC helper threads, ignored); and all three processes share the machine's CPUs, the
 * sandbox and the load generator costing per IRN what they did on the server's path.
 */
function budgetFor(share: number, server: CpuShares, direct: { achievedRps: number }) {
  const rps = share * direct.achievedRps;
  const eventLoop = 1000 / rps;
  const machine = (cpus().length * 1000) / rps - server.sandboxMsPerIrn - server.loadGeneratorMsPerIrn;
  return { msPerIrn: round(Math.min(eventLoop, machine)), eventLoop: round(eventLoop), machine: round(machine) };
}

/**
 * Open-loop fixed rate: request i is sent at start + i/rate (evenly spaced, whatever the answers do), over a
 * keep-alive agent, so latency includes any queueing in the target but nothing from the pacing.
 */
async function paced(target: Target, opts: { seconds: number; rate: number }, rss?: () => RssSample[]): Promise<Stats> {
  const url = new URL(target.url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 512 });
  const durations: number[] = [];
  let ok = 0;
  let failures = 0;
  let errors = 0;
  let maxLagMs = 0;
  const failureSamples: string[] = [];
  const total = Math.round(opts.rate * opts.seconds);
  const interval = 1000 / opts.rate;
  const inFlight: Promise<void>[] = [];
  const startedAt = Date.now();
  const t0 = performance.now() + 20;
  const fire = () =>
    new Promise<void>((done) => {
      const next = target.next();
      const body = Buffer.from(next.body);
      const headers = { ...next.headers, 'content-length': String(body.length) };
      const sent = performance.now();
      const req = http.request(
        { host: url.hostname, port: url.port, path: target.path, method: 'POST', headers, agent, timeout: 30_000 },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            durations.push(performance.now() - sent);
            const text = Buffer.concat(chunks).toString('utf8');
            if (target.ok(res.statusCode ?? 0, text)) ok++;
            else {
              failures++;
              if (failureSamples.length < 3) failureSamples.push(`${res.statusCode} ${text.slice(0, 300)}`);
            }
            done();
          });
        },
      );
      req.on('timeout', () => req.destroy(new Error('timeout')));
      req.on('error', () => {
        errors++;
        done();
      });
      req.end(body);
    });
  for (let i = 0; i < total; i++) {
    const due = t0 + i * interval;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    maxLagMs = Math.max(maxLagMs, performance.now() - due);
    inFlight.push(fire());
  }
  await Promise.all(inFlight);
  agent.destroy();
  if (failureSamples.length)
    console.error(`${target.label}: ${failures} failed responses, e.g.\n  ${failureSamples.join('\n  ')}`);
  const elapsed = (Date.now() - startedAt) / 1000;
  durations.sort((a, b) => a - b);
  const samples = rss?.().filter((s) => s.t >= startedAt) ?? [];
  return {
    label: target.label,
    driver: 'paced',
    offeredRps: opts.rate,
    connections: null,
    seconds: round(elapsed),
    requests: total,
    ok,
    failures,
    errors,
    timeouts: 0,
    achievedRps: round(ok / elapsed),
    maxPacingLagMs: round(maxLagMs),
    latencyMs: summarize(durations),
    ...(samples.length ? { rssMiB: rssOf(samples) } : {}),
  };
}

function summarize(sorted: number[]): Stats['latencyMs'] {
  return {
    p50: round(quantile(sorted, 0.5)),
    p90: round(quantile(sorted, 0.9)),
    p99: round(quantile(sorted, 0.99)),
    max: round(sorted[sorted.length - 1] ?? NaN),
    mean: round(sorted.reduce((a, b) => a + b, 0) / (sorted.length || 1)),
  };
}

function rssOf(samples: RssSample[]): NonNullable<Stats['rssMiB']> {
  return {
    start: round(samples[0]!.server),
    peak: round(Math.max(...samples.map((s) => s.server))),
    end: round(samples[samples.length - 1]!.server),
  };
}

// ---------------------------------------------------------------- setup

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'einvoice-bench-'));
  const samples: RssSample[] = [];
  let sampler: NodeJS.Timeout | undefined;
  let stopServer = async () => {};
  try {
    const sandbox = await startSandbox();
    const server = await startServer(
      {
        EINVOICE_MODE: 'sandbox',
        PORT: '0',
        DATA_DIR: dir,
        SQLITE_PATH: join(dir, 'einvoice.db'),
        IRP_SANDBOX_URL: sandbox.url,
        LOG_LEVEL: 'warn',
        API_KEY_RATE_LIMIT_RPS: '100000',
        ...START.env,
        ...(process.env.BENCH_DATABASE_URL ? { DATABASE_URL: process.env.BENCH_DATABASE_URL } : {}),
      },
      true,
      { args: SERVER_ARGS },
    );
    const serverPid = server.proc.child.pid!;
    // --cpu-prof writes its profile only when the process exits on its own: ask it to (SIGINT: drain, no delay).
    stopServer = async () => {
      if (!NODE_ARGS.some((a) => a.startsWith('--cpu-prof') || a.startsWith('--heap-prof'))) return;
      server.proc.child.kill('SIGINT');
      await Promise.race([server.proc.exited, new Promise((r) => setTimeout(r, 30_000))]);
    };
    const sandboxPid = sandbox.proc.child.pid!;
    const dialect = /mode, (\w+)\) listening/.exec(server.proc.output())?.[1] ?? 'unknown';
    sampler = setInterval(
      () => samples.push({ t: Date.now(), server: vmRssMiB(serverPid), sandbox: vmRssMiB(sandboxPid) }),
      200,
    );

    // A GSTIN, a credential without a practical rate limit, a token (as in test/support/harness.ts gstinSession).
    const token = await gstinToken(server.url, server.apiKey!, {
      gstin: SELLER,
      irpUsername: 'bench',
      credentialName: 'bench',
      rateLimitRps: 10000,
    });

    // The direct path: an authenticated NIC session with the sandbox's own client.
    const authPem = await (await fetch(`${sandbox.url}/sandbox/keys/auth.pem`)).text();
    const nic = new NicClient({
      baseUrl: sandbox.url,
      clientId: 'SANDBOX_CLIENT_ID',
      clientSecret: 'SANDBOX_CLIENT_SECRET',
      userName: 'bench',
      password: 'sandbox',
      gstin: SELLER,
      irpPublicKeyPem: authPem,
    });
    const login = await nic.auth();
    if (!login.ok) throw new Error(`NIC auth failed: ${JSON.stringify(login.errors)}`);
    const session: NicSession = login.data;
    const probe = await nic.generateIrn(nextInvoice('D'));
    if (!probe.ok) throw new Error(`direct generate failed: ${JSON.stringify(probe.errors)}`);

    const viaServer: Target = {
      label: 'through server',
      url: server.url,
      path: '/v1/irn',
      next: () => {
        const inv = nextInvoice('S');
        return {
          headers: {
            authorization: `Bearer ${token}`,
            'content-type': 'application/json',
            'idempotency-key': `bench-${inv.DocDtls.No}`,
          },
          body: JSON.stringify(inv),
        };
      },
      ok: (status) => status === 201,
    };
    const direct: Target = {
      label: 'direct to IRP',
      url: sandbox.url,
      path: '/eicore/v1.03/Invoice',
      next: () => ({
        headers: {
          'content-type': 'application/json',
          client_id: 'SANDBOX_CLIENT_ID',
          client_secret: 'SANDBOX_CLIENT_SECRET',
          Gstin: SELLER,
          user_name: 'bench',
          AuthToken: session.authToken,
        },
        body: JSON.stringify({ Data: aesEncrypt(session.sek, JSON.stringify(nextInvoice('D'))) }),
      }),
      // NIC answers business errors with HTTP 200 and Status 0; a success carries Data under the SEK.
      ok: (status, body) => {
        if (status !== 200) return false;
        const env = JSON.parse(body) as { Status: number | string; Data?: string };
        if (String(env.Status) !== '1' || !env.Data) return false;
        return (
          typeof (JSON.parse(aesDecrypt(session.sek, env.Data).toString('utf8')) as { Irn?: string }).Irn === 'string'
        );
      },
    };

    const rss = () => samples;
    console.log(
      `server ${server.url} (pid ${serverPid}, ${dialect}), sandbox ${sandbox.url} (pid ${sandboxPid}); warm-up ${WARMUP_SECONDS} s per path`,
    );
    const idleRss = vmRssMiB(serverPid);
    const fixedRate = (t: Target, seconds: number, r?: () => RssSample[]) =>
      DRIVER === 'paced'
        ? paced(t, { seconds, rate: RATE }, r)
        : load(t, { seconds, connections: RATE_CONNECTIONS, rate: RATE }, r);
    await fixedRate(direct, WARMUP_SECONDS);
    await fixedRate(viaServer, WARMUP_SECONDS);
    const warmRss = vmRssMiB(serverPid);

    console.log(
      `fixed rate: ${RATE} req/s offered for ${SECONDS} s (${DRIVER === 'paced' ? 'evenly spaced, open loop' : `autocannon overallRate over ${RATE_CONNECTIONS} connections`}), each path in turn`,
    );
    const metered = costMeter(
      serverPid,
      server.url,
      databaseSize(join(dir, 'einvoice.db'), process.env.BENCH_DATABASE_URL),
    );
    // Per-process CPU at the fixed rate too: a process woken for each request spends more per IRN than a busy one.
    const rateDirect = await cpuShares(null, sandboxPid)(() => fixedRate(direct, SECONDS, rss));
    const rateServer = await cpuShares(serverPid, sandboxPid)(() => metered(() => fixedRate(viaServer, SECONDS, rss)));
    console.log(`saturation: ${SAT_CONNECTIONS} connections for ${SAT_SECONDS} s, each path in turn`);
    const satServer = await cpuShares(
      serverPid,
      sandboxPid,
    )(() => metered(() => load(viaServer, { seconds: SAT_SECONDS, connections: SAT_CONNECTIONS }, rss)));
    const satDirect = await cpuShares(
      null,
      sandboxPid,
    )(() => load(direct, { seconds: SAT_SECONDS, connections: SAT_CONNECTIONS }, rss));
    clearInterval(sampler);
    sampler = undefined;
    // The server at rest again: no request since its saturation run (the direct path's ran meanwhile), then
    // REST_SECONDS more, long enough for V8's memory reducer (it starts 8 s after allocation slows down).
    await new Promise((resolve) => setTimeout(resolve, REST_SECONDS * 1000));
    const restRss = vmRssMiB(serverPid);

    // Every success is one IRN at the IRP, and nothing else was registered.
    const ledger = (await (await fetch(`${sandbox.url}/admin/ledger`)).json()) as { irns: { docNo: string }[] };
    const atIrp = {
      server: ledger.irns.filter((r) => r.docNo.startsWith(`S${runTag}/`)).length,
      direct: ledger.irns.filter((r) => r.docNo.startsWith(`D${runTag}/`)).length,
    };

    const overhead = (k: 'p50' | 'p90' | 'p99') => ({
      ms: round(rateServer.latencyMs[k] - rateDirect.latencyMs[k]),
      ratio: round(rateServer.latencyMs[k] / rateDirect.latencyMs[k]),
    });
    const peakServer = Math.max(...samples.map((s) => s.server).filter(Number.isFinite));
    const peakSandbox = Math.max(...samples.map((s) => s.sandbox).filter(Number.isFinite));
    const results = {
      generatedAt: new Date().toISOString(),
      machine: {
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model ?? null,
        memoryGiB: round(totalmem() / 2 ** 30),
        node: process.version,
        platform: process.platform,
      },
      config: {
        fixedRateDriver: DRIVER,
        rate: RATE,
        seconds: SECONDS,
        rateConnections: DRIVER === 'autocannon' ? RATE_CONNECTIONS : null,
        saturationConnections: SAT_CONNECTIONS,
        saturationSeconds: SAT_SECONDS,
        warmupSeconds: WARMUP_SECONDS,
        database: dialect,
        serverEntry: `${Object.entries(START.env)
          .map(([k, v]) => `${k}=${v} `)
          .join('')}node ${SERVER_ARGS.join(' ')}`,
      },
      fixedRate: {
        direct: rateDirect,
        server: rateServer,
        overhead: { p50: overhead('p50'), p90: overhead('p90'), p99: overhead('p99') },
      },
      saturation: {
        server: satServer,
        direct: satDirect,
        serverShareOfDirect: round(satServer.achievedRps / satDirect.achievedRps),
        serverCpuBudgetFor60Percent: budgetFor(0.6, satServer.cpu, satDirect),
      },
      rssMiB: {
        serverIdle: round(idleRss),
        serverAtRestAfterLoad: round(restRss),
        serverAfterWarmup: round(warmRss),
        serverPeak: round(peakServer),
        sandboxPeak: round(peakSandbox),
      },
      costPerIrn: { fixedRate: rateServer.cost, saturation: satServer.cost },
      irnsAtIrp: atIrp,
      rssSamples: samples.map((s) => ({ t: s.t, server: round(s.server), sandbox: round(s.sandbox) })),
    };

    const out = join(HERE, 'results');
    mkdirSync(out, { recursive: true });

    writeFileSync(join(out, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
    const saved = join(out, `${results.generatedAt.slice(0, 10)}-${dialect}-${OTHER_MAIN ? 'other' : ENTRY}.json`);
    if (process.env.BENCH_SAVE === '1')
      writeFileSync(saved, `${JSON.stringify({ ...results, rssSamples: undefined }, null, 2)}\n`);
    printTable(results);
    const okTotal = { server: rateServer.ok + satServer.ok, direct: rateDirect.ok + satDirect.ok };
    console.log(
      `\nIRNs at the IRP for the measured + warm-up runs: server path ${atIrp.server}, direct path ${atIrp.direct} (measured successes: ${okTotal.server} / ${okTotal.direct})`,
    );
    console.log(`written: ${join(out, 'latest.json')}${process.env.BENCH_SAVE === '1' ? ` and ${saved}` : ''}`);
  } finally {
    if (sampler) clearInterval(sampler);
    await stopServer();
    await killAll();
    rmSync(dir, { recursive: true, force: true });
  }
}

function printTable(r: any): void {
  const pad = (s: unknown, n: number) => String(s).padStart(n);
  const row = (s: Stats) =>
    `${s.label.padEnd(16)}${pad(s.latencyMs.p50, 9)}${pad(s.latencyMs.p90, 9)}${pad(s.latencyMs.p99, 9)}${pad(s.latencyMs.max, 9)}${pad(s.achievedRps, 10)}${pad(s.failures + s.errors, 8)}`;
  const head = `${''.padEnd(16)}${pad('p50 ms', 9)}${pad('p90 ms', 9)}${pad('p99 ms', 9)}${pad('max ms', 9)}${pad('ok rps', 10)}${pad('failed', 8)}`;
  const o = r.fixedRate.overhead;
  const how =
    r.config.fixedRateDriver === 'paced'
      ? 'evenly spaced, open loop'
      : `autocannon, ${r.config.rateConnections} connections`;
  console.log(
    `\nGenerate IRN at ${r.config.rate} req/s offered for ${r.config.seconds} s (${how}; ${r.machine.cpus} CPUs, Node ${r.machine.node}, server on ${r.config.database})`,
  );
  console.log(head);
  console.log(row(r.fixedRate.direct));
  console.log(row(r.fixedRate.server));
  console.log(
    `${'overhead'.padEnd(16)}${pad(`+${o.p50.ms}`, 9)}${pad(`+${o.p90.ms}`, 9)}${pad(`+${o.p99.ms}`, 9)}   (ms added by the server)`,
  );
  console.log(
    `${'ratio'.padEnd(16)}${pad(`${o.p50.ratio}x`, 9)}${pad(`${o.p90.ratio}x`, 9)}${pad(`${o.p99.ratio}x`, 9)}`,
  );
  console.log(`\nSaturation: ${r.config.saturationConnections} connections, ${r.config.saturationSeconds} s`);
  console.log(head);
  console.log(row(r.saturation.server));
  console.log(row(r.saturation.direct));
  console.log(`server reaches ${Math.round(r.saturation.serverShareOfDirect * 100)}% of the IRP's own throughput`);
  const shares = (label: string, c: CpuShares) =>
    `${label.padEnd(16)}${pad(c.serverMsPerIrn ?? '-', 9)}${pad(c.sandboxMsPerIrn, 9)}${pad(c.loadGeneratorMsPerIrn, 9)}${pad(c.totalMsPerIrn, 9)}${pad(`${Math.round(c.machineBusy * 100)}%`, 9)}`;
  console.log(`\nCPU ms per IRN by process (machine busy: all ${r.machine.cpus} CPUs)`);
  console.log(
    `${''.padEnd(16)}${pad('server', 9)}${pad('sandbox', 9)}${pad('loadgen', 9)}${pad('total', 9)}${pad('busy', 9)}`,
  );
  console.log(`at ${r.config.rate} req/s`);
  console.log(shares('through server', r.fixedRate.server.cpu));
  console.log(shares('direct to IRP', r.fixedRate.direct.cpu));
  console.log('at saturation');
  console.log(shares('through server', r.saturation.server.cpu));
  console.log(shares('direct to IRP', r.saturation.direct.cpu));
  const budget = r.saturation.serverCpuBudgetFor60Percent;
  console.log(
    `for 60% of the IRP's own throughput the server may use ${budget.msPerIrn} ms of CPU per IRN (one event loop: ${budget.eventLoop}; the machine, less sandbox and load generator: ${budget.machine}); it used ${r.saturation.server.cpu.serverMsPerIrn}`,
  );
  const cost = (label: string, c: CostPerIrn) =>
    `${label.padEnd(16)}${pad(c.cpuMsPerIrn, 9)}${pad(c.statementsPerIrn, 9)}${pad(c.preparesPerIrn, 9)}${pad(c.dbGrowthBytesPerIrn, 10)}${pad(c.storageBytesWrittenPerIrn, 11)}${pad(c.bytesWrittenPerIrn, 11)}`;
  console.log(`\nServer cost per IRN (${r.config.serverEntry})`);
  console.log(
    `${''.padEnd(16)}${pad('CPU ms', 9)}${pad('stmts', 9)}${pad('prepares', 9)}${pad('db bytes', 10)}${pad('disk bytes', 11)}${pad('all writes', 11)}`,
  );
  console.log(cost('fixed rate', r.costPerIrn.fixedRate));
  console.log(cost('saturation', r.costPerIrn.saturation));
  console.log(
    `\nServer RSS (VmRSS): idle after set-up ${r.rssMiB.serverIdle} MiB, after warm-up ${r.rssMiB.serverAfterWarmup} MiB, fixed-rate peak ${r.fixedRate.server.rssMiB?.peak ?? '?'} MiB, saturation peak ${r.saturation.server.rssMiB?.peak ?? '?'} MiB, overall peak ${r.rssMiB.serverPeak} MiB, at rest after the load ${r.rssMiB.serverAtRestAfterLoad} MiB (sandbox peak ${r.rssMiB.sandboxPeak} MiB)`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
