/**
 * The sandbox's production-like latency profile (PRODUCTION_LATENCY, docs/sandbox-latency.md) against its
 * documented targets:
 *  1. the sampler: 20 000 draws per operation, measured p50/p99 vs the target p50/p99 (tolerance 10 %);
 *  2. over real HTTP: Generate IRN round trips on a sandbox with the profile, beside the same calls on a sandbox
 *     without it (the baseline, measured in the same run), so the difference is the simulated NIC time; the
 *     median of that difference vs the target median (tolerance 25 %: a few dozen calls).
 * Exits 1 when a figure is out of tolerance.
 *
 *   pnpm --filter @einvoice/irp-sandbox bench:latency          (BENCH_CALLS=60 by default)
 */
import type { Operation } from '../src/faults/faults.js';
import { sampleLatencyMs } from '../src/faults/latency.js';
import { PRODUCTION_LATENCY } from '../src/faults/production-latency.js';
import { createSandbox } from '../src/index.js';
import { baseInvoice } from '../test/support/fixtures.js';
import { benchClient } from './client.js';

const DRAWS = 20_000;
const CALLS = Number(process.env.BENCH_CALLS ?? 60);
const SELLER = '29AAACP7879D1Z0';

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))]!;
const pct = (measured: number, target: number) => `${((measured / target) * 100).toFixed(1)} %`;
let failed = false;
const verdict = (measured: number, target: number, tolerance: number) => {
  const ok = Math.abs(measured / target - 1) <= tolerance;
  if (!ok) failed = true;
  return ok ? 'ok' : `OUT (> ${tolerance * 100} %)`;
};

console.log(`1. Sampler, ${DRAWS} draws per operation (target p50 / p99 in ms; measured as % of target)`);
console.log('operation       target p50  p99    measured p50        p99                 cap');
for (const [op, target] of Object.entries(PRODUCTION_LATENCY) as [
  Operation,
  (typeof PRODUCTION_LATENCY)[Operation],
][]) {
  const draws = Array.from({ length: DRAWS }, () => sampleLatencyMs(target)).sort((a, b) => a - b);
  const p50 = quantile(draws, 0.5);
  const p99 = quantile(draws, 0.99);
  console.log(
    `${op.padEnd(15)} ${String(target.p50Ms).padStart(6)} ${String(target.p99Ms).padStart(6)}    ` +
      `${p50.toFixed(0).padStart(5)} ${pct(p50, target.p50Ms).padStart(7)} ${verdict(p50, target.p50Ms, 0.1).padEnd(4)} ` +
      `${p99.toFixed(0).padStart(5)} ${pct(p99, target.p99Ms).padStart(7)} ${verdict(p99, target.p99Ms, 0.1).padEnd(4)} ` +
      `${target.maxMs}`,
  );
}

async function roundTrips(latency: boolean): Promise<number[]> {
  const sandbox = createSandbox(latency ? { latency: PRODUCTION_LATENCY } : {});
  const running = await sandbox.listen(0);
  try {
    const client = await benchClient(sandbox, running.url, SELLER);
    const times: number[] = [];
    // 6 at a time: the calls overlap as an ERP's do, and the run stays short.
    for (let i = 0; i < CALLS; i += 6) {
      await Promise.all(
        Array.from({ length: Math.min(6, CALLS - i) }, async () => {
          const start = performance.now();
          const r = await client.generateIrn(baseInvoice());
          times.push(performance.now() - start);
          if (!r.ok) throw new Error(`generate failed: ${JSON.stringify(r.errors)}`);
        }),
      );
    }
    return times.sort((a, b) => a - b);
  } finally {
    await running.close();
  }
}

const fast = await roundTrips(false);
const slow = await roundTrips(true);
const base = quantile(fast, 0.5);
const simulated = quantile(slow, 0.5) - base;
const target = PRODUCTION_LATENCY.generate.p50Ms;
console.log(`\n2. Generate IRN over HTTP, ${CALLS} calls each`);
console.log(`   without the profile (baseline): p50 ${base.toFixed(1)} ms, p99 ${quantile(fast, 0.99).toFixed(1)} ms`);
console.log(
  `   with the profile:               p50 ${quantile(slow, 0.5).toFixed(1)} ms, p99 ${quantile(slow, 0.99).toFixed(1)} ms`,
);
console.log(
  `   simulated NIC time (p50 difference): ${simulated.toFixed(0)} ms = ${pct(simulated, target)} of the target ${target} ms: ${verdict(simulated, target, 0.25)}`,
);
if (failed) process.exit(1);
