/**
 * How long `Prefer: wait=N` keeps a caller when the IRP hangs (issue #15, item 2), in one run on one machine
 * (`pnpm exec tsx bench/prefer-wait.ts` in server/; build the workspace packages first).
 *
 * Processes: the sandbox IRP and the server (SQLite in a temp dir) run as child processes; a TCP fault proxy
 * (test/support/fault-proxy.ts) sits between them, so every GSP route of the server goes through it.
 * UPSTREAM_TIMEOUT_MS is BENCH_UPSTREAM_TIMEOUT_MS (default 6000): one hung attempt costs that much.
 *
 * Phases, each BENCH_REQUESTS (default 5) sequential generates with a fresh document and Idempotency-Key:
 *   healthy      proxy passes traffic, `Prefer: wait=2`: time to 201 (the baseline: the normal path)
 *   hung wait=N  proxy swallows every connection (blackhole), N in BENCH_WAITS (default 1,2,4): time to 202
 * Reported: the statuses, median and max per phase, each hung phase as a ratio to its N and to one attempt's
 * timeout. Expected: 201 healthy, 202 hung, the hung ratios to N close to 1.
 * Output: a table on stdout and server/bench/results/prefer-wait.json.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { killAll, startSandbox, startServer } from '../test/crash/processes.js';
import { startFaultProxy } from '../test/support/fault-proxy.js';
import { invoice } from '../test/support/invoices.js';
import { gstinToken } from './session.js';

const SELLER = '29AAACP7879D1Z0';
const HERE = dirname(fileURLToPath(import.meta.url));
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 5);
const TIMEOUT_MS = Number(process.env.BENCH_UPSTREAM_TIMEOUT_MS ?? 6000);
const WAITS = (process.env.BENCH_WAITS ?? '1,2,4').split(',').map(Number);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round = (x: number) => Math.round(x);

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'einvoice-bench-wait-'));
  try {
    const sandbox = await startSandbox();
    const proxy = await startFaultProxy(sandbox.url);
    const server = await startServer(
      {
        EINVOICE_MODE: 'sandbox',
        PORT: '0',
        DATA_DIR: dir,
        SQLITE_PATH: join(dir, 'einvoice.db'),
        IRP_SANDBOX_URL: proxy.url,
        UPSTREAM_TIMEOUT_MS: String(TIMEOUT_MS),
        LOG_LEVEL: 'fatal',
      },
      true,
    );
    const token = await gstinToken(server.url, server.apiKey!, {
      gstin: SELLER,
      irpUsername: 'bench',
      credentialName: 'bench',
      rateLimitRps: 1000,
    });
    const generate = async (wait: number): Promise<{ status: number; ms: number }> => {
      const inv = invoice(SELLER);
      const started = performance.now();
      const res = await fetch(`${server.url}/v1/irn`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          'idempotency-key': `bench-${inv.DocDtls.No}`,
          prefer: `wait=${wait}`,
        },
        body: JSON.stringify(inv),
      });
      await res.text();
      return { status: res.status, ms: performance.now() - started };
    };
    const phase = async (name: string, wait: number) => {
      const ms: number[] = [];
      const statuses = new Set<number>();
      for (let i = 0; i < REQUESTS; i++) {
        const r = await generate(wait);
        statuses.add(r.status);
        ms.push(r.ms);
      }
      const status = [...statuses].join('/');
      return { name, wait, status, median_ms: round(median(ms)), max_ms: round(Math.max(...ms)) };
    };

    await phase('warm-up', 2);
    const healthy = await phase('healthy', 2);
    await proxy.setMode({ mode: 'blackhole' });
    const hung = [];
    for (const wait of WAITS) hung.push(await phase(`hung wait=${wait}`, wait));
    await proxy.setMode({ mode: 'pass' });
    await proxy.close();

    const rows = [
      { ...healthy, vs_wait: '-', vs_attempt_timeout: '-' },
      ...hung.map((h) => ({
        ...h,
        vs_wait: (h.median_ms / (h.wait * 1000)).toFixed(2),
        vs_attempt_timeout: (h.median_ms / TIMEOUT_MS).toFixed(2),
      })),
    ];
    console.log(`Prefer: wait=N with a hung IRP (UPSTREAM_TIMEOUT_MS ${TIMEOUT_MS}, ${REQUESTS} requests per phase)`);
    console.table(rows);
    mkdirSync(join(HERE, 'results'), { recursive: true });
    writeFileSync(
      join(HERE, 'results', 'prefer-wait.json'),
      `${JSON.stringify({ at: new Date().toISOString(), cpus: cpus().length, upstreamTimeoutMs: TIMEOUT_MS, rows }, null, 2)}\n`,
    );
  } finally {
    await killAll();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
