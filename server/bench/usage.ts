/**
 * The usage query at scale (`pnpm bench:usage` in server/): 100,000 request logs of one account over ~28 hours
 * (one a second; a mix of generations, replays, refusals, bulk calls, reads and other calls, ~1 KB of body each)
 * beside 20,000 of another account, then, in the same run:
 *  - the baseline: GET /v1/logs for the same range (one page of 100 summaries, what a dashboard reads);
 *  - GET /v1/usage over the whole range (every day, every counter) and the storage query alone;
 *  - the same storage query with the request_logs_usage index dropped (what the existing indexes give), and the
 *    baseline again without it (the list must not be slower for the index).
 * Reported as medians and ratios against the baseline. The figures are also checked: the usage totals must equal
 * what the seeding wrote. Env: USAGE_ROWS (100000), USAGE_RUNS (30). SQLite in a temp dir unless
 * E2E_DATABASE=postgres with TEST_DATABASE_URL (test/support/harness.ts).
 */

import { queryRawForTests } from '../src/adapters/storage/index.js';
import type { RequestLogRecord } from '../src/app/ports/records.js';
import { createAccount } from '../src/app/usecases/accounts.js';
import { istDate } from '../src/app/usecases/ist.js';
import { startHarness } from '../test/support/harness.js';
import { seedRequestLogs } from './seed-logs.js';

const ROWS = Number(process.env.USAGE_ROWS ?? 100_000);
const RUNS = Number(process.env.USAGE_RUNS ?? 30);
const BODY = { note: 'x'.repeat(1000) };

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => Math.round(x * 10) / 10;

/** Row i of the mix: what it is, and what usage must count it as. */
function mix(i: number): Partial<RequestLogRecord> {
  switch (i % 20) {
    case 0:
      return { status: 422 }; // a refused document
    case 1:
      return { replayed: true };
    case 2:
      return {
        operation: 'bulkGenerateIrn',
        status: 200,
        responseBody: { object: 'bulk_result', summary: { total: 5 } },
      };
    case 3:
    case 4:
    case 5:
      return { operation: 'getIrn', method: 'GET', status: 200 };
    case 6:
      return { operation: 'listGstins', method: 'GET', path: '/v1/gstins', status: 200 };
    case 7:
      return { operation: 'cancelIrn', status: 200 };
    default:
      return {}; // generateIrn 201
  }
}

async function time(runs: number, fn: () => Promise<void>): Promise<number> {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const s = performance.now();
    await fn();
    out.push(performance.now() - s);
  }
  return median(out);
}

async function main() {
  const h = await startHarness({ LOG_LEVEL: 'silent', API_KEY_RATE_LIMIT_RPS: '100000' });
  try {
    const storage = h.server.deps.storage;
    const seedStart = performance.now();
    await seedRequestLogs(storage, h.accountId, ROWS, BODY, mix);
    const other = await createAccount(h.server.deps, 'Other account', 'sandbox');
    await seedRequestLogs(storage, other.account.id, Math.round(ROWS / 5), BODY, mix);
    const seedSeconds = (performance.now() - seedStart) / 1000;

    // The whole seeded range, in IST days (the seeding ends now).
    const start = new Date(Date.now() - ROWS * 1000 - 2 * 86_400_000);
    const from = istDate(start);
    const to = istDate(new Date());
    const auth = { headers: { authorization: `Bearer ${h.apiKey}` } };
    const fromTime = start.toISOString();
    const toTime = new Date().toISOString();

    // What the usage must say, from the mix: per 20 rows, 11 IRNs (the base rows but every tenth, refused), 1 bulk
    // call of 5 records, 3 reads, 1 other call, 1 cancellation.
    const per = (k: number) => Array.from({ length: ROWS }, (_, i) => i % 20).filter((r) => k === r).length;
    const expected = {
      irns_generated: [8, 9, 11, 12, 13, 14, 15, 16, 17, 18, 19].reduce((n, k) => n + per(k), 0),
      bulk_records: per(2) * 5,
      reconciliation_reads: per(3) + per(4) + per(5),
      other_calls: per(6),
      cancellations: per(7),
    };
    const check = await fetch(`${h.url}/v1/usage?from=${from}&to=${to}`, auth);
    const checked = (await check.json()) as { totals: Record<string, number>; data: unknown[] };
    for (const [k, v] of Object.entries(expected))
      if (checked.totals[k] !== v) throw new Error(`usage ${k}: ${checked.totals[k]}, seeded ${v}`);

    // A kept-alive socket the server closed while the storage-only runs went on fails once (ECONNRESET): retry.
    const get = (url: string) => fetch(url, auth).catch(() => fetch(url, auth));
    const logsPage = async () => {
      const res = await get(`${h.url}/v1/logs?limit=100&from=${fromTime}&to=${toTime}`);
      if (res.status !== 200) throw new Error(`logs: ${res.status}`);
      await res.text();
    };
    const baseline = await time(RUNS, logsPage);
    const usageHttp = await time(RUNS, async () => {
      const res = await get(`${h.url}/v1/usage?from=${from}&to=${to}`);
      if (res.status !== 200) throw new Error(`usage: ${res.status}`);
      await res.text();
    });
    const range = { from: new Date(`${from}T00:00:00+05:30`), to: new Date() };
    const usageRepo = await time(RUNS, async () => {
      await storage.requestLogs.usage(h.accountId, range);
    });
    await queryRawForTests(storage, 'drop index request_logs_usage');
    // The list must not have paid for the usage index (a planner taking it for the range would sort every row).
    const baselineWithoutIndex = await time(RUNS, logsPage);
    const withoutIndex = await time(Math.max(3, Math.round(RUNS / 5)), async () => {
      await storage.requestLogs.usage(h.accountId, range);
    });

    const result = {
      bench: 'usage',
      database: storage.dialect,
      rows: ROWS,
      other_account_rows: Math.round(ROWS / 5),
      days: checked.data.length,
      runs: RUNS,
      seed_seconds: Math.round(seedSeconds),
      baseline_list_logs_page_p50_ms: ms(baseline),
      usage_http_p50_ms: ms(usageHttp),
      usage_query_p50_ms: ms(usageRepo),
      usage_query_without_index_p50_ms: ms(withoutIndex),
      baseline_without_usage_index_p50_ms: ms(baselineWithoutIndex),
      usage_http_over_baseline: Math.round((usageHttp / baseline) * 10) / 10,
      without_index_over_with: Math.round((withoutIndex / usageRepo) * 10) / 10,
    };
    console.log(JSON.stringify(result));
    console.log(
      `GET /v1/usage over ${ROWS} logs (${result.days} days): p50 ${result.usage_http_p50_ms} ms, ` +
        `${result.usage_http_over_baseline}x one GET /v1/logs page of the same range (${result.baseline_list_logs_page_p50_ms} ms). ` +
        `The query alone ${result.usage_query_p50_ms} ms; without its index ${result.usage_query_without_index_p50_ms} ms ` +
        `(${result.without_index_over_with}x). The logs page without the usage index: ${result.baseline_without_usage_index_p50_ms} ms.`,
    );
  } finally {
    await h.close();
  }
}

await main();
