/**
 * Webhook delivery with one receiver stalled: does a healthy endpoint still get its events promptly, and how
 * fast can it be fed? (`pnpm bench` or `pnpm bench:webhooks` in server/; build the workspace packages first.)
 *
 * Processes: per scenario a fresh server (`node --import tsx src/main.ts`, SQLite in a temp dir, sandbox mode,
 * WEBHOOK_ALLOW_LOOPBACK=true, every WEBHOOK_* setting at its default) and, in this process, two loopback
 * receivers, each behind its own endpoint subscribed to irn.generated. Events are written straight into the
 * server's outbox from this process (a second connection to its database, as another server process would),
 * so the figures are the dispatcher's alone, not IRN generation.
 *
 * Scenarios, same load, same run:
 *   unstalled  both receivers answer 200 at once (the baseline)
 *   stalled    one receiver reads each request and never answers (attempts end at the 10 s deadline and are
 *              retried on the schedule); the other answers 200 at once
 * Phases per scenario: a warm-up of 20 events; then BENCH_WEBHOOK_RATE events/s for BENCH_WEBHOOK_SECONDS,
 * paced (event i is written at start + i/rate), each event's delay measured at the healthy receiver from the
 * moment it was written (its payload carries that instant); then a burst of BENCH_WEBHOOK_BURST events written
 * back to back, and the healthy receiver's throughput: deliveries / (last arrival - first write).
 *
 * Reported: the healthy endpoint's p50/p90/p99/max delay per scenario and the ratio stalled/unstalled; burst
 * throughput per scenario and its ratio; the stalled receiver's concurrent requests (peak), which the
 * per-endpoint limit bounds; repeat deliveries at the healthy receiver (must be 0).
 *
 * Env: BENCH_WEBHOOK_RATE (100), BENCH_WEBHOOK_SECONDS (10), BENCH_WEBHOOK_BURST (2000), BENCH_DATABASE_URL
 * (PostgreSQL instead of SQLite: one fresh database per scenario inside that cluster).
 * Output: a table on stdout and server/bench/results/webhooks-latest.json.
 */

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openStorage, queryRawForTests } from '../src/adapters/storage/index.js';
import type { Storage } from '../src/app/ports/storage.js';
import { killAll, startServer } from '../test/crash/processes.js';
import { freshPostgresDatabase } from '../test/support/postgres-database.js';

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const RATE = env('BENCH_WEBHOOK_RATE', 100);
const SECONDS = env('BENCH_WEBHOOK_SECONDS', 10);
const BURST = env('BENCH_WEBHOOK_BURST', 2000);
const WARMUP = 20;
const HERE = dirname(fileURLToPath(import.meta.url));
const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Receiver {
  url: string;
  /** webhook-id -> arrival times (more than one = a repeat delivery). */
  arrivals: Map<string, number[]>;
  /** Per arrival: ms from the event being written to its arrival. */
  delays: Map<string, number>;
  open: number;
  peakOpen: number;
  close(): Promise<void>;
}

async function receiver(stall: boolean): Promise<Receiver> {
  const r: Receiver = {
    url: '',
    arrivals: new Map(),
    delays: new Map(),
    open: 0,
    peakOpen: 0,
    close: async () => {},
  };
  const server = http.createServer((req, res) => {
    r.open++;
    r.peakOpen = Math.max(r.peakOpen, r.open);
    res.on('close', () => r.open--);
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const now = Date.now();
      const id = String(req.headers['webhook-id']);
      r.arrivals.set(id, [...(r.arrivals.get(id) ?? []), now]);
      if (!r.delays.has(id)) {
        const sent = (JSON.parse(Buffer.concat(chunks).toString('utf8')) as { data: { sent: number } }).data.sent;
        r.delays.set(id, now - sent);
      }
      if (!stall) res.writeHead(200).end('ok');
    });
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const a = server.address();
  r.url = `http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}/hooks`;
  r.close = () =>
    new Promise<void>((done) => {
      server.closeAllConnections();
      server.close(() => done());
    });
  return r;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

interface ScenarioResult {
  scenario: 'unstalled' | 'stalled';
  database: string;
  paced: { events: number; rate: number; p50: number; p90: number; p99: number; max: number; missing: number };
  burst: { events: number; seconds: number; perSecond: number };
  healthyRepeats: number;
  otherPeakConcurrent: number;
}

async function scenario(name: 'unstalled' | 'stalled', root: string): Promise<ScenarioResult> {
  const dir = join(root, name);
  mkdirSync(dir);
  const pg = process.env.BENCH_DATABASE_URL
    ? await freshPostgresDatabase('einvoice_bench_wh', process.env.BENCH_DATABASE_URL)
    : undefined;
  const server = await startServer(
    {
      EINVOICE_MODE: 'sandbox',
      PORT: '0',
      DATA_DIR: dir,
      SQLITE_PATH: join(dir, 'einvoice.db'),
      LOG_LEVEL: 'warn',
      WEBHOOK_ALLOW_LOOPBACK: 'true',
      API_KEY_RATE_LIMIT_RPS: '100000',
      ...(pg ? { DATABASE_URL: pg.url } : {}),
    },
    true,
  );
  const healthy = await receiver(false);
  const other = await receiver(name === 'stalled');
  let storage: Storage | undefined;
  try {
    const ids: string[] = [];
    for (const r of [healthy, other]) {
      const res = await fetch(`${server.url}/v1/webhook-endpoints`, {
        method: 'POST',
        headers: { authorization: `Bearer ${server.apiKey}`, 'content-type': 'application/json' },
        body: JSON.stringify({ url: r.url, events: ['irn.generated'] }),
      });
      if (res.status !== 201) throw new Error(`create endpoint: ${res.status} ${await res.text()}`);
      ids.push(((await res.json()) as { id: string }).id);
    }
    storage = await openStorage(pg ? { url: pg.url } : { sqlitePath: join(dir, 'einvoice.db') });
    const rows = await queryRawForTests(storage, `select account_id from webhook_endpoints where id = '${ids[0]}'`);
    const accountId = String(rows[0]!.account_id);
    let seq = 0;
    const write = async (): Promise<string> => {
      const now = new Date();
      const id = `msg_B${name[0]}${(seq++).toString(36).padStart(6, '0')}`;
      await storage!.outbox.append({
        id,
        accountId,
        gstin: null,
        type: 'irn.generated',
        payload: { type: 'irn.generated', timestamp: now.toISOString(), data: { seq, sent: now.getTime() } },
        createdAt: now,
        dispatchedAt: null,
      });
      return id;
    };
    const waitAll = async (events: string[], timeoutMs: number) => {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline && events.some((e) => !healthy.arrivals.has(e))) await sleep(20);
      return events.filter((e) => !healthy.arrivals.has(e)).length;
    };

    const warm: string[] = [];
    for (let i = 0; i < WARMUP; i++) warm.push(await write());
    await waitAll(warm, 30_000);

    // Paced: event i at start + i/rate.
    const paced: string[] = [];
    const total = Math.round(RATE * SECONDS);
    const start = performance.now();
    for (let i = 0; i < total; i++) {
      const due = start + (i * 1000) / RATE;
      const wait = due - performance.now();
      if (wait > 0) await sleep(wait);
      paced.push(await write());
    }
    const missing = await waitAll(paced, 60_000);
    const delays = paced
      .map((e) => healthy.delays.get(e))
      .filter((d): d is number => d !== undefined)
      .sort((a, b) => a - b);

    // Burst: written back to back; throughput at the healthy receiver.
    const burst: string[] = [];
    const firstWrite = Date.now();
    for (let i = 0; i < BURST; i++) burst.push(await write());
    await waitAll(burst, 120_000);
    const lastArrival = Math.max(...burst.map((e) => healthy.arrivals.get(e)?.[0] ?? Number.NaN));
    const burstSeconds = (lastArrival - firstWrite) / 1000;

    const repeats = [...healthy.arrivals.values()].reduce((n, times) => n + times.length - 1, 0);
    return {
      scenario: name,
      database: pg ? 'postgres' : 'sqlite',
      paced: {
        events: total,
        rate: RATE,
        p50: round(percentile(delays, 50)),
        p90: round(percentile(delays, 90)),
        p99: round(percentile(delays, 99)),
        max: round(delays.at(-1) ?? Number.NaN),
        missing,
      },
      burst: { events: BURST, seconds: round(burstSeconds, 2), perSecond: round(BURST / burstSeconds, 0) },
      healthyRepeats: repeats,
      otherPeakConcurrent: other.peakOpen,
    };
  } finally {
    await storage?.close();
    await server.proc.kill();
    await healthy.close();
    await other.close();
    await pg?.drop();
  }
}

async function main(): Promise<void> {
  if (process.env.BENCH_DATABASE_URL) process.env.TEST_DATABASE_URL = process.env.BENCH_DATABASE_URL;
  const root = mkdtempSync(join(tmpdir(), 'einvoice-bench-wh-'));
  try {
    const base = await scenario('unstalled', root);
    const stalled = await scenario('stalled', root);
    const results = {
      at: new Date().toISOString(),
      machine: { cpus: cpus().length, node: process.version },
      config: { rate: RATE, seconds: SECONDS, burst: BURST, database: base.database },
      scenarios: [base, stalled],
      ratios: {
        p50: round(stalled.paced.p50 / base.paced.p50, 2),
        p99: round(stalled.paced.p99 / base.paced.p99, 2),
        burstThroughput: round(stalled.burst.perSecond / base.burst.perSecond, 2),
      },
      target: { stalledP99BelowMs: 1000, met: stalled.paced.p99 < 1000 },
    };
    const out = join(HERE, 'results');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'webhooks-latest.json'), `${JSON.stringify(results, null, 2)}\n`);

    console.log(
      `\nWebhook delivery to a healthy endpoint next to another endpoint, ${results.config.database}, ${results.machine.cpus} CPUs, Node ${results.machine.node}`,
    );
    console.log(
      `paced ${RATE} events/s for ${SECONDS} s (delay: event written -> arrival), then a burst of ${BURST}\n`,
    );
    console.log('scenario    p50 ms  p90 ms  p99 ms  max ms  missing  burst/s  repeats  other peak concurrent');
    for (const s of results.scenarios)
      console.log(
        `${s.scenario.padEnd(10)} ${String(s.paced.p50).padStart(7)} ${String(s.paced.p90).padStart(7)} ${String(s.paced.p99).padStart(7)} ${String(s.paced.max).padStart(7)} ${String(s.paced.missing).padStart(8)} ${String(s.burst.perSecond).padStart(8)} ${String(s.healthyRepeats).padStart(8)} ${String(s.otherPeakConcurrent).padStart(22)}`,
      );
    console.log(
      `\nratio stalled/unstalled: p50 ${results.ratios.p50}, p99 ${results.ratios.p99}, burst throughput ${results.ratios.burstThroughput}`,
    );
    console.log(
      `target: healthy p99 < 1000 ms with one endpoint stalled: ${results.target.met ? 'met' : 'NOT met'} (${stalled.paced.p99} ms)`,
    );
  } finally {
    await killAll();
    rmSync(root, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
