/**
 * Request-log pages under load (`pnpm bench:logs` in server/): 10,000 logs of one account, each with ~4 KB of
 * request and response body (the size of a signed invoice), then GET /v1/logs?limit=100 timed while four workers
 * keep the server busy with invalid requests (each one writes a log row too, as under fuzzing).
 *
 * Two figures from the same run:
 *  - the HTTP page (summaries, what the server serves) against the API audit's bar: p99 under 200 ms;
 *  - the repository read of one page: summaries (what a page reads now) against full rows with their bodies parsed
 *    (what a page read before), as a ratio.
 * Env: LOG_ROWS (10000), PAGE_RUNS (60). SQLite in a temp dir, in-process server (test/support/harness.ts).
 */
import { queryRawForTests } from '../src/adapters/storage/index.js';
import { startHarness } from '../test/support/harness.js';
import { SIGNED_INVOICE_SIZED_BODY, seedRequestLogs } from './seed-logs.js';

const ROWS = Number(process.env.LOG_ROWS ?? 10_000);
const RUNS = Number(process.env.PAGE_RUNS ?? 60);
const BODY = SIGNED_INVOICE_SIZED_BODY;

const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;
const ms = (x: number) => Math.round(x * 10) / 10;

async function main() {
  const h = await startHarness({ LOG_LEVEL: 'silent', API_KEY_RATE_LIMIT_RPS: '100000' });
  try {
    const storage = h.server.deps.storage;
    const account = (await queryRawForTests(storage, 'select id from accounts limit 1'))[0]!.id as string;
    await seedRequestLogs(storage, account, ROWS, BODY);

    // Load: four workers sending invalid documents (400, each logged) for the whole measurement.
    let loading = true;
    const load = Array.from({ length: 4 }, async () => {
      while (loading)
        await fetch(`${h.url}/v1/logs?status=abc`, { headers: { authorization: `Bearer ${h.apiKey}` } }).then((r) =>
          r.text(),
        );
    });

    const http: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const s = performance.now();
      const res = await fetch(`${h.url}/v1/logs?limit=100`, { headers: { authorization: `Bearer ${h.apiKey}` } });
      const body = (await res.json()) as { data: unknown[] };
      http.push(performance.now() - s);
      if (res.status !== 200 || body.data.length !== 100) throw new Error(`page: ${res.status}`);
    }
    const summary: number[] = [];
    const full: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      let s = performance.now();
      await storage.requestLogs.list(account, { limit: 100 });
      summary.push(performance.now() - s);
      s = performance.now();
      const rows = await queryRawForTests(
        storage,
        `select * from request_logs where account_id = '${account}' order by id desc limit 101`,
      );
      for (const r of rows) {
        JSON.parse(String(r.request_body));
        JSON.parse(String(r.response_body));
      }
      full.push(performance.now() - s);
    }
    loading = false;
    await Promise.all(load);

    const result = {
      bench: 'request-log-pages',
      rows: ROWS,
      runs: RUNS,
      http_page_p50_ms: ms(pct(http, 0.5)),
      http_page_p99_ms: ms(pct(http, 0.99)),
      under_200ms: pct(http, 0.99) < 200,
      repo_summary_p50_ms: ms(pct(summary, 0.5)),
      repo_full_rows_p50_ms: ms(pct(full, 0.5)),
      full_over_summary: Math.round((pct(full, 0.5) / pct(summary, 0.5)) * 10) / 10,
    };
    console.log(JSON.stringify(result));
    console.log(
      `GET /v1/logs?limit=100 on ${ROWS} rows under load: p50 ${result.http_page_p50_ms} ms, p99 ${result.http_page_p99_ms} ms ` +
        `(${result.under_200ms ? 'under' : 'OVER'} the 200 ms bar). One page from storage: summaries ${result.repo_summary_p50_ms} ms, ` +
        `full rows with bodies ${result.repo_full_rows_p50_ms} ms (${result.full_over_summary}x).`,
    );
  } finally {
    await h.close();
  }
}

await main();
