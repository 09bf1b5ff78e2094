/**
 * Scale-out (issue #21 item 5): generate-IRN throughput of one replica on SQLite, one on PostgreSQL and two on the
 * same PostgreSQL database, on the same machine in the same run, so the cost of the shared database and what a
 * second replica buys are visible as ratios (`pnpm bench` in server/ runs it after run.ts; alone:
 * `tsx bench/replicas.ts`).
 *
 * Processes: one sandbox IRP (packages/irp-sandbox/dist/cli.js) shared by every configuration; the servers as
 * child processes (test/crash/processes.ts; `node --import tsx src/main.ts`, or the built dist/main.js with
 * BENCH_SERVER_ENTRY=dist); PostgreSQL on a throwaway cluster of its own (test/crash/pg-cluster.ts), or a fresh
 * database on BENCH_DATABASE_URL's cluster. Each configuration gets a fresh database.
 *
 * Load: closed loop at saturation, BENCH_REPLICAS_CONNECTIONS (16) connections in all, split evenly across the
 * replicas (one autocannon per replica, concurrently: the round-robin of a load balancer), every request a fresh
 * document with its own Idempotency-Key; BENCH_REPLICAS_WARMUP (3) s, then BENCH_REPLICAS_SECONDS (10) s measured.
 * Reported per configuration: IRNs per second (201s), latency p50/p99, failures, and server CPU ms per IRN (utime +
 * stime of every replica process, /proc/<pid>/stat). Every 201 must be an IRN at the IRP and no document may have
 * two (requests cut off when the time is up may commit at the IRP unanswered: the IRP may hold a few more).
 *
 * On one machine the replicas, the IRP and PostgreSQL share the same cores: a ratio near 1 for two replicas says
 * the machine, not the design, is the ceiling (CPU per IRN tells which). Output: a table on stdout and
 * server/bench/results/replicas-latest.json.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { type PgCluster, pgAvailable, startPgCluster } from '../test/crash/pg-cluster.js';
import { killAll, type Proc, startSandbox, startServer } from '../test/crash/processes.js';
import { invoice } from '../test/support/invoices.js';
import { freshPostgresDatabase } from '../test/support/postgres-database.js';
import { cpuMsOf, startCommand } from './server-process.js';
import { gstinToken } from './session.js';

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const CONNECTIONS = env('BENCH_REPLICAS_CONNECTIONS', 16);
const SECONDS = env('BENCH_REPLICAS_SECONDS', 10);
const WARMUP = env('BENCH_REPLICAS_WARMUP', 3);
const SELLER = '29AAACP7879D1Z0';
const HERE = dirname(fileURLToPath(import.meta.url));
const START = startCommand();
const BUILT = process.env.BENCH_SERVER_ENTRY === 'dist';
/** Built: as `pnpm start` runs it (its node options and environment, package.json). */
const SERVER_ARGS = BUILT ? START.args : ['--import', 'tsx', 'src/main.ts'];
const round = (n: number) => Math.round(n * 100) / 100;
const tag = randomBytes(2).toString('hex').toUpperCase();
let seq = 0;

interface Config {
  label: string;
  database: 'sqlite' | 'postgres';
  replicas: number;
}
interface Result extends Config {
  irnsPerSecond: number;
  p50: number;
  p99: number;
  ok: number;
  failures: number;
  cpuMsPerIrn: number;
  /** IRNs at the IRP for the measured documents: at least the 201s (requests cut off at the end also commit). */
  irnsAtIrp: number;
  /** Documents with two IRNs at the IRP (must be 0). */
  duplicates: number;
}

function quantile(sorted: number[], q: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]! : Number.NaN;
}

/** Saturation through every replica at once; returns the 201s, the other answers and every latency. */
async function drive(urls: string[], token: string, prefix: string, seconds: number) {
  const durations: number[] = [];
  let ok = 0;
  let failures = 0;
  await Promise.all(
    urls.map((url) =>
      autocannon({
        url,
        connections: Math.max(1, Math.round(CONNECTIONS / urls.length)),
        duration: seconds,
        timeout: 30,
        requests: [
          {
            method: 'POST',
            path: '/v1/irn',
            setupRequest: (req) => {
              seq += 1;
              const doc = invoice(SELLER, { docNo: `${prefix}${seq.toString(36).toUpperCase()}` });
              return {
                ...req,
                headers: {
                  authorization: `Bearer ${token}`,
                  'content-type': 'application/json',
                  'idempotency-key': `bench-replicas-${doc.DocDtls.No}`,
                },
                body: JSON.stringify(doc),
              };
            },
            onResponse: (status) => {
              if (status === 201) ok++;
              else failures++;
            },
          },
        ],
        setupClient: (client) => {
          client.on('response', (_s: number, _b: number, duration: number) => durations.push(duration));
        },
      }),
    ),
  );
  durations.sort((a, b) => a - b);
  return { ok, failures, durations };
}

async function measure(config: Config, sandboxUrl: string, pgBase: string | undefined): Promise<Result> {
  const dir = mkdtempSync(join(tmpdir(), 'einvoice-bench-replicas-'));
  const db = config.database === 'postgres' ? await freshPostgresDatabase('einvoice_bench_rep', pgBase!) : undefined;
  const procs: Proc[] = [];
  try {
    const envOf = (i: number) => ({
      EINVOICE_MODE: 'sandbox',
      PORT: '0',
      DATA_DIR: join(dir, `replica-${i}`),
      SQLITE_PATH: join(dir, 'einvoice.db'),
      IRP_SANDBOX_URL: sandboxUrl,
      LOG_LEVEL: 'warn',
      API_KEY_RATE_LIMIT_RPS: '100000',
      ...(BUILT ? START.env : {}),
      ...(db ? { DATABASE_URL: db.url } : {}),
    });
    const first = await startServer(envOf(0), true, { args: SERVER_ARGS, timeoutMs: 90_000 });
    const servers = [first];
    for (let i = 1; i < config.replicas; i++)
      servers.push(await startServer(envOf(i), false, { args: SERVER_ARGS, timeoutMs: 90_000 }));
    procs.push(...servers.map((s) => s.proc));
    const token = await gstinToken(first.url, first.apiKey!, {
      gstin: SELLER,
      irpUsername: 'bench',
      credentialName: 'bench',
      rateLimitRps: 10000,
    });
    const urls = servers.map((s) => s.url);
    const prefix = `R${tag}${config.label.slice(0, 1).toUpperCase()}${config.replicas}/`;
    await drive(urls, token, `W${prefix.slice(1)}`, WARMUP);
    const cpuBefore = procs.map((p) => cpuMsOf(p.child.pid!));
    const started = Date.now();
    const run = await drive(urls, token, prefix, SECONDS);
    const elapsed = (Date.now() - started) / 1000;
    const cpu = procs.reduce((sum, p, i) => sum + cpuMsOf(p.child.pid!) - cpuBefore[i]!, 0);
    const ledger = (await (await fetch(`${sandboxUrl}/admin/ledger`)).json()) as { irns: { docNo: string }[] };
    const mine = ledger.irns.filter((r) => r.docNo.toUpperCase().startsWith(prefix));
    const irnsAtIrp = mine.length;
    const duplicates = irnsAtIrp - new Set(mine.map((r) => r.docNo.toUpperCase())).size;
    return {
      ...config,
      irnsPerSecond: round(run.ok / elapsed),
      p50: round(quantile(run.durations, 0.5)),
      p99: round(quantile(run.durations, 0.99)),
      ok: run.ok,
      failures: run.failures,
      cpuMsPerIrn: round(cpu / Math.max(1, run.ok)),
      irnsAtIrp,
      duplicates,
    };
  } finally {
    await Promise.all(procs.map((p) => p.kill()));
    await db?.drop().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  let cluster: PgCluster | undefined;
  try {
    let pgBase = process.env.BENCH_DATABASE_URL;
    if (!pgBase && pgAvailable) {
      cluster = await startPgCluster();
      pgBase = cluster.url;
    }
    const sandbox = await startSandbox();
    const configs: Config[] = [
      { label: 'sqlite', database: 'sqlite', replicas: 1 },
      ...(pgBase
        ? ([
            { label: 'postgres', database: 'postgres', replicas: 1 },
            { label: 'postgres', database: 'postgres', replicas: 2 },
          ] as Config[])
        : []),
    ];
    if (!pgBase) console.warn('no PostgreSQL (PG_BIN or BENCH_DATABASE_URL): SQLite only');
    const results: Result[] = [];
    for (const c of configs) {
      console.log(
        `${c.label}, ${c.replicas} replica(s): warm-up ${WARMUP} s, then ${SECONDS} s at ${CONNECTIONS} connections`,
      );
      results.push(await measure(c, sandbox.url, pgBase));
    }
    const find = (db: string, n: number) => results.find((r) => r.database === db && r.replicas === n);
    const sqlite1 = find('sqlite', 1);
    const pg1 = find('postgres', 1);
    const pg2 = find('postgres', 2);
    const ratios = {
      postgresVsSqlite: pg1 && sqlite1 ? round(pg1.irnsPerSecond / sqlite1.irnsPerSecond) : null,
      twoReplicasVsOne: pg1 && pg2 ? round(pg2.irnsPerSecond / pg1.irnsPerSecond) : null,
      cpuPerIrnTwoVsOne: pg1 && pg2 ? round(pg2.cpuMsPerIrn / pg1.cpuMsPerIrn) : null,
    };
    const pad = (s: unknown, n: number) => String(s).padStart(n);
    console.log(
      `\nGenerate IRN at saturation, ${CONNECTIONS} connections, ${SECONDS} s (${cpus().length} CPUs, Node ${process.version})`,
    );
    console.log(
      `${''.padEnd(22)}${pad('IRN/s', 9)}${pad('p50 ms', 9)}${pad('p99 ms', 9)}${pad('CPU ms/IRN', 12)}${pad('failed', 8)}${pad('at IRP', 8)}`,
    );
    for (const r of results)
      console.log(
        `${`${r.label}, ${r.replicas} replica${r.replicas > 1 ? 's' : ''}`.padEnd(22)}${pad(r.irnsPerSecond, 9)}${pad(r.p50, 9)}${pad(r.p99, 9)}${pad(r.cpuMsPerIrn, 12)}${pad(r.failures, 8)}${pad(r.irnsAtIrp, 8)}`,
      );
    console.log(
      `ratios: PostgreSQL / SQLite (1 replica) ${ratios.postgresVsSqlite}x; 2 replicas / 1 (PostgreSQL) ${ratios.twoReplicasVsOne}x throughput, ${ratios.cpuPerIrnTwoVsOne}x server CPU per IRN`,
    );
    const wrong = results.filter((r) => r.duplicates > 0 || r.irnsAtIrp < r.ok);
    if (wrong.length) {
      console.error(
        `every 201 must be an IRN at the IRP, none twice: ${wrong.map((r) => `${r.label}x${r.replicas}: ${r.ok} answered 201, ${r.irnsAtIrp} at the IRP, ${r.duplicates} twice`)}`,
      );
      process.exitCode = 1;
    }
    const out = join(HERE, 'results');
    mkdirSync(out, { recursive: true });
    writeFileSync(
      join(out, 'replicas-latest.json'),
      `${JSON.stringify({ generatedAt: new Date().toISOString(), cpus: cpus().length, connections: CONNECTIONS, seconds: SECONDS, serverEntry: SERVER_ARGS.join(' '), results, ratios }, null, 2)}\n`,
    );
  } finally {
    await killAll();
    cluster?.destroy();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
