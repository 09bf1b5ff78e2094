/**
 * Bulk generation (POST /v1/irn/bulk) against an IRP with a fixed latency: how close the server gets to the
 * concurrency bound, and what it costs in memory (`pnpm bench:bulk` in server/; build the workspace packages first).
 *
 * Processes: the sandbox IRP (packages/irp-sandbox/dist/cli.js --latency-ms L) and, per concurrency setting, a fresh
 * server (`node --import tsx src/main.ts`, SQLite in a temp dir, IRP_SANDBOX_URL pointing at that sandbox,
 * BULK_CONCURRENCY=C). The IRP is shared; every run uses its own document-number prefix.
 *
 * Per concurrency C: a warm-up bulk of 50, then one bulk of 500 and one of 5,000 valid invoices (unique numbers),
 * each a single request (`Prefer: wait=60`; a job that outlives the wait is answered 202 and followed with GET
 * until it completes, then fetched in full by resubmitting under its key). For each: wall time to completion, the lower bound
 * records x latency / C (the IRP latency alone, if the server added nothing), their ratio, records/s, how many
 * records came back generated, and how many IRNs the IRP's ledger holds for that batch (must equal the records).
 * The server's RSS is sampled from /proc/<pid>/status (VmRSS) every 100 ms: before, peak during, after.
 *
 * Env: BULK_LATENCY_MS (50), BULK_CONCURRENCIES (8,16), BULK_SIZES (500,5000), BENCH_DATABASE_URL (PostgreSQL
 * instead of SQLite; one database shared by the runs).
 * Output: a table on stdout and server/bench/results/bulk-latest.json.
 */

import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { killAll, SANDBOX_CLI, SERVER_DIR, startProcess, startServer } from '../test/crash/processes.js';
import { invoice } from '../test/support/invoices.js';
import { gstinToken, json } from './session.js';

const LATENCY_MS = Number(process.env.BULK_LATENCY_MS ?? 50);
const CONCURRENCIES = (process.env.BULK_CONCURRENCIES ?? '8,16').split(',').map(Number);
const SIZES = (process.env.BULK_SIZES ?? '500,5000').split(',').map(Number);
const WARMUP = 50;
const SELLER = '29AAACP7879D1Z0';
const HERE = dirname(fileURLToPath(import.meta.url));
const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

function vmRssMiB(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : NaN;
  } catch {
    return NaN;
  }
}

/** node:http, no client-side timeouts (undici's 300 s headers timeout would cut a slow bulk short). */
function post(url: string, headers: Record<string, string>, body: string): Promise<{ status: number; text: string }> {
  const u = new URL(url);
  const payload = Buffer.from(body);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: u.hostname,
        port: u.port,
        path: u.pathname + u.search,
        method: 'POST',
        headers: { ...headers, 'content-length': String(payload.length) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

interface BulkRun {
  concurrency: number;
  records: number;
  wallSeconds: number;
  boundSeconds: number;
  /** wall / bound: 1.0 would be the IRP latency alone at full concurrency. */
  ratio: number;
  recordsPerSecond: number;
  boundRecordsPerSecond: number;
  /** The first answer: 200 when the job finished within the wait, 202 (the job) when it did not. */
  httpStatus: number;
  answeredSeconds: number;
  responseMiB: number;
  summary: Record<string, number> | null;
  irnsAtIrp: number;
  rssMiB: { before: number; peak: number; after: number };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'einvoice-bulk-'));
  const tag = randomBytes(2).toString('hex').toUpperCase();
  const runs: BulkRun[] = [];
  try {
    const sandbox = startProcess('irp-sandbox', [SANDBOX_CLI, '--port', '0', '--latency-ms', String(LATENCY_MS)], {
      cwd: SERVER_DIR,
      env: { PATH: process.env.PATH ?? '' },
    });
    const [, sandboxUrl] = await sandbox.waitFor(/irp-sandbox listening on (http:\/\/\S+)/);
    const latency = await json(`${sandboxUrl}/admin/latency`, { expect: 200 });
    console.log(
      `sandbox ${sandboxUrl} (pid ${sandbox.child.pid}) latency ${JSON.stringify(latency.latency)}; ${cpus().length} CPUs, Node ${process.version}`,
    );

    for (const concurrency of CONCURRENCIES) {
      const runDir = join(dir, `c${concurrency}`);
      mkdirSync(runDir);
      const server = await startServer(
        {
          EINVOICE_MODE: 'sandbox',
          PORT: '0',
          DATA_DIR: runDir,
          SQLITE_PATH: join(runDir, 'einvoice.db'),
          IRP_SANDBOX_URL: sandboxUrl!,
          BULK_CONCURRENCY: String(concurrency),
          LOG_LEVEL: 'warn',
          API_KEY_RATE_LIMIT_RPS: '100000',
          ...(process.env.BENCH_DATABASE_URL ? { DATABASE_URL: process.env.BENCH_DATABASE_URL } : {}),
        },
        true,
      );
      const pid = server.proc.child.pid!;
      const dialect = /mode, (\w+)\) listening/.exec(server.proc.output())?.[1] ?? 'unknown';
      const token = await gstinToken(server.url, server.apiKey!, {
        gstin: SELLER,
        irpUsername: 'bulk',
        credentialName: `bulk-${concurrency}`,
        rateLimitRps: 10000,
      });
      console.log(`server ${server.url} (pid ${pid}, ${dialect}) BULK_CONCURRENCY=${concurrency}`);

      const bulk = async (label: string, n: number): Promise<BulkRun> => {
        const prefix = `${label}${tag}${concurrency.toString(36)}/`.toUpperCase(); // NIC: at most 16 characters
        const documents = Array.from({ length: n }, (_, i) =>
          invoice(SELLER, { docNo: `${prefix}${i.toString(36).toUpperCase()}` }),
        );
        const body = JSON.stringify({ documents });
        const samples: number[] = [];
        const before = vmRssMiB(pid);
        const sampler = setInterval(() => samples.push(vmRssMiB(pid)), 100);
        const started = performance.now();
        const headers = {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          'idempotency-key': `bulk-${prefix}`,
          prefer: 'wait=60',
        };
        let res = await post(`${server.url}/v1/irn/bulk`, headers, body);
        const answeredStatus = res.status;
        const answered = (performance.now() - started) / 1000;
        if (res.status === 202) {
          // The job outlived the wait and goes on in the background: follow it, then the resubmission under the
          // same key answers the completed job in full.
          const id = (JSON.parse(res.text) as { id: string }).id;
          for (;;) {
            const job = await json(`${server.url}/v1/irn/bulk/${id}`, {
              headers: { authorization: `Bearer ${token}` },
              expect: 200,
            });
            if (job.status === 'completed') break;
            await new Promise((r) => setTimeout(r, 100));
          }
          res = await post(`${server.url}/v1/irn/bulk`, headers, body);
        }
        const wall = (performance.now() - started) / 1000;
        clearInterval(sampler);
        const after = vmRssMiB(pid);
        if (res.status !== 200) console.error(`bulk ${n}: HTTP ${res.status} ${res.text.slice(0, 500)}`);
        const parsed =
          res.status === 200
            ? (JSON.parse(res.text) as {
                summary: Record<string, number>;
                results: { status: string; error: unknown }[];
              })
            : null;
        const failed = parsed?.results.filter((r) => r.status !== 'generated') ?? [];
        if (failed.length)
          console.error(
            `bulk ${n}: ${failed.length} records not generated, e.g. ${JSON.stringify(failed[0]).slice(0, 400)}`,
          );
        const ledger = (await json(`${sandboxUrl}/admin/ledger`, { expect: 200 })) as { irns: { docNo: string }[] };
        const irnsAtIrp = ledger.irns.filter((r) => r.docNo.toUpperCase().startsWith(prefix)).length;
        const bound = (n * LATENCY_MS) / concurrency / 1000;
        return {
          concurrency,
          records: n,
          wallSeconds: round(wall),
          boundSeconds: round(bound),
          ratio: round(wall / bound),
          recordsPerSecond: round(n / wall, 1),
          boundRecordsPerSecond: round(n / bound, 1),
          httpStatus: answeredStatus,
          answeredSeconds: round(answered),
          responseMiB: round(Buffer.byteLength(res.text) / 2 ** 20),
          summary: parsed?.summary ?? null,
          irnsAtIrp,
          rssMiB: {
            before: round(before),
            peak: round(Math.max(before, after, ...samples.filter(Number.isFinite))),
            after: round(after),
          },
        };
      };

      await bulk('W', WARMUP);
      for (const n of SIZES) {
        const r = await bulk(n >= 1000 ? 'L' : 'S', n);
        runs.push(r);
        console.log(
          `  ${n} records: ${r.wallSeconds} s (bound ${r.boundSeconds} s, ratio ${r.ratio}), generated ${r.summary?.generated ?? '?'}, IRNs at IRP ${r.irnsAtIrp}, RSS peak ${r.rssMiB.peak} MiB`,
        );
      }
      await server.proc.kill();
    }

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
        irpLatencyMs: LATENCY_MS,
        concurrencies: CONCURRENCIES,
        sizes: SIZES,
        warmupRecords: WARMUP,
        database: process.env.BENCH_DATABASE_URL ? 'postgres' : 'sqlite',
        prefer: 'wait=60',
        serverEntry: 'node --import tsx src/main.ts',
      },
      bound: 'records x IRP latency / BULK_CONCURRENCY (the IRP latency alone at full concurrency)',
      runs,
    };
    const out = join(HERE, 'results');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'bulk-latest.json'), `${JSON.stringify(results, null, 2)}\n`);

    const pad = (s: unknown, n: number) => String(s).padStart(n);
    console.log(
      `\nPOST /v1/irn/bulk, IRP latency ${LATENCY_MS} ms fixed, ${results.config.database}, ${results.machine.cpus} CPUs`,
    );
    console.log(
      `${'conc'.padEnd(6)}${pad('records', 8)}${pad('wall s', 9)}${pad('bound s', 9)}${pad('ratio', 7)}${pad('rec/s', 8)}${pad('bound/s', 9)}${pad('ok', 7)}${pad('at IRP', 8)}${pad('RSS0 MiB', 10)}${pad('peak MiB', 10)}${pad('resp MiB', 10)}`,
    );
    for (const r of runs) {
      console.log(
        `${String(r.concurrency).padEnd(6)}${pad(r.records, 8)}${pad(r.wallSeconds, 9)}${pad(r.boundSeconds, 9)}${pad(r.ratio, 7)}${pad(r.recordsPerSecond, 8)}${pad(r.boundRecordsPerSecond, 9)}${pad(r.summary?.generated ?? '?', 7)}${pad(r.irnsAtIrp, 8)}${pad(r.rssMiB.before, 10)}${pad(r.rssMiB.peak, 10)}${pad(r.responseMiB, 10)}`,
      );
    }
    console.log(`written: ${join(out, 'bulk-latest.json')}`);
    const short = runs.filter((r) => r.summary?.generated !== r.records || r.irnsAtIrp !== r.records);
    if (short.length) {
      console.error(
        `not every record got exactly one IRN: ${short.map((r) => `c${r.concurrency}/${r.records}`).join(', ')}`,
      );
      process.exitCode = 1;
    }
  } finally {
    await killAll();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
