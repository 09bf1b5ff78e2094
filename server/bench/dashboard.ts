/**
 * The dashboard's request log with 10,000 rows (`pnpm bench:dashboard` in server/): page weight and server time
 * of /dashboard/logs (first page, and a page deep in the history through its cursor), against the JSON API's
 * list of the same 50 rows measured in the same run as the baseline.
 *
 * Weight: the bytes of the HTML answer plus its stylesheet and script (the server does not compress; the gzip
 * figure is what a compressing proxy would send). Time: from sending the request to the last byte of the page
 * (server time on loopback, so network time is nil) and to its first byte. Also the overview, which reads every
 * request-log summary of the day.
 * Targets (issue #18): under 200 KB transferred, under 300 ms per page. Env: LOG_ROWS (10000), PAGE_RUNS (40).
 */
import { gzipSync } from 'node:zlib';
import { queryRawForTests } from '../src/adapters/storage/index.js';
import { startHarness } from '../test/support/harness.js';
import { seedRequestLogs } from './seed-logs.js';

const ROWS = Number(process.env.LOG_ROWS ?? 10_000);
const RUNS = Number(process.env.PAGE_RUNS ?? 40);
const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;
const ms = (x: number) => Math.round(x * 10) / 10;

async function timed(url: string, headers: Record<string, string>) {
  const s = performance.now();
  const res = await fetch(url, { headers });
  const first = performance.now() - s;
  const body = Buffer.from(await res.arrayBuffer());
  if (res.status !== 200) throw new Error(`${url}: ${res.status}`);
  return { first, total: performance.now() - s, body };
}

async function main() {
  const h = await startHarness({ LOG_LEVEL: 'silent', API_KEY_RATE_LIMIT_RPS: '100000' });
  try {
    const storage = h.server.deps.storage;
    const account = (await queryRawForTests(storage, 'select id from accounts limit 1'))[0]!.id as string;
    await seedRequestLogs(storage, account, ROWS);
    const signIn = await fetch(`${h.url}/dashboard/sign-in`, {
      method: 'POST',
      redirect: 'manual',
      headers: { origin: h.url, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ api_key: h.apiKey, next: '/dashboard/logs' }),
    });
    const cookie = signIn.headers.get('set-cookie')?.split(';')[0];
    if (signIn.status !== 303 || !cookie) throw new Error(`sign-in: ${signIn.status}`);
    const browser = { cookie };

    const first = await timed(`${h.url}/dashboard/logs`, browser);
    const html = first.body.toString('utf8');
    const assets = [...html.matchAll(/(?:href|src)="(\/dashboard\/assets\/[^"]+)"/g)].map((m) => m[1]!);
    const assetBytes = (await Promise.all(assets.map((a) => timed(`${h.url}${a}`, {})))).map((a) => a.body);
    const deepCursor = (await storage.requestLogs.list(account, { limit: 5000 })).items.at(-1)!.id;
    const rowsShown = (html.match(/<tr>/g) ?? []).length - 1;

    const pages = {
      first: [] as number[],
      firstByte: [] as number[],
      deep: [] as number[],
      api: [] as number[],
      overview: [] as number[],
    };
    for (let i = 0; i < RUNS; i++) {
      const page = await timed(`${h.url}/dashboard/logs`, browser);
      pages.first.push(page.total);
      pages.firstByte.push(page.first);
      pages.deep.push((await timed(`${h.url}/dashboard/logs?starting_after=${deepCursor}`, browser)).total);
      pages.api.push((await timed(`${h.url}/v1/logs?limit=50`, { authorization: `Bearer ${h.apiKey}` })).total);
      if (i < 10) pages.overview.push((await timed(`${h.url}/dashboard`, browser)).total);
    }
    const bytes = first.body.length + assetBytes.reduce((n, b) => n + b.length, 0);
    const gzipped = [first.body, ...assetBytes].reduce((n, b) => n + gzipSync(b).length, 0);
    const result = {
      bench: 'dashboard-request-log',
      rows: ROWS,
      rows_per_page: rowsShown,
      runs: RUNS,
      page_bytes: bytes,
      page_bytes_gzip: gzipped,
      under_200kb: bytes < 200 * 1024,
      page_p50_ms: ms(pct(pages.first, 0.5)),
      page_p99_ms: ms(pct(pages.first, 0.99)),
      first_byte_p50_ms: ms(pct(pages.firstByte, 0.5)),
      deep_page_p50_ms: ms(pct(pages.deep, 0.5)),
      deep_page_p99_ms: ms(pct(pages.deep, 0.99)),
      under_300ms: Math.max(pct(pages.first, 0.99), pct(pages.deep, 0.99)) < 300,
      api_list_p50_ms: ms(pct(pages.api, 0.5)),
      page_over_api: Math.round((pct(pages.first, 0.5) / pct(pages.api, 0.5)) * 10) / 10,
      // The overview reads every summary of today (IST) for its counts and percentiles: the seeded rows are all today.
      overview_p50_ms: ms(pct(pages.overview, 0.5)),
    };
    console.log(JSON.stringify(result));
    console.log(
      `/dashboard/logs on ${ROWS} rows (${rowsShown} a page): ${Math.round(bytes / 1024)} KB with its CSS and JS ` +
        `(${Math.round(gzipped / 1024)} KB gzipped; ${result.under_200kb ? 'under' : 'OVER'} 200 KB); ` +
        `p50 ${result.page_p50_ms} ms, p99 ${result.page_p99_ms} ms, a page 5,000 rows deep p99 ${result.deep_page_p99_ms} ms ` +
        `(${result.under_300ms ? 'under' : 'OVER'} 300 ms); the JSON API's list of the same page p50 ${result.api_list_p50_ms} ms ` +
        `(the HTML page takes ${result.page_over_api}x). The overview over the same rows: p50 ${result.overview_p50_ms} ms.`,
    );
  } finally {
    await h.close();
  }
}

await main();
