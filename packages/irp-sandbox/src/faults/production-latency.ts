// The production-like latency profile of the sandbox (issue #20): per NIC operation, a log-normal delay fitted to a
// median and a 99th percentile. NIC publishes no latency figures for the IRP or the e-way bill API; these are
// estimates, documented with their reasoning in docs/sandbox-latency.md. Tails are capped at 4 s so a call stays
// under the sandbox's 5 s upstream timeout (timeouts are rehearsed with faults, not left to chance). The bench (bench/latency-profile.ts)
// prints what the sampler produces against them.
import type { Operation } from './faults.js';
import type { LatencyProfile } from './latency.js';

export type OperationLatency = Partial<Record<Operation, LatencyProfile>>;

export const PRODUCTION_LATENCY: Readonly<Record<Operation, { p50Ms: number; p99Ms: number; maxMs: number }>> = {
  auth: { p50Ms: 300, p99Ms: 1500, maxMs: 4000 },
  generate: { p50Ms: 450, p99Ms: 2500, maxMs: 4000 },
  cancel: { p50Ms: 350, p99Ms: 2000, maxMs: 4000 },
  'get-irn': { p50Ms: 250, p99Ms: 1500, maxMs: 4000 },
  'get-by-doc': { p50Ms: 250, p99Ms: 1500, maxMs: 4000 },
  gstin: { p50Ms: 250, p99Ms: 1500, maxMs: 4000 },
  'ewb-generate': { p50Ms: 550, p99Ms: 3000, maxMs: 4000 },
  'ewb-get': { p50Ms: 250, p99Ms: 1500, maxMs: 4000 },
  'ewb-cancel': { p50Ms: 400, p99Ms: 2500, maxMs: 4000 },
  'ewb-vehicle': { p50Ms: 450, p99Ms: 2500, maxMs: 4000 },
  'ewb-extend': { p50Ms: 450, p99Ms: 2500, maxMs: 4000 },
};

/** `latency` as configured: one profile for every call, or one per operation (missing ones: no delay). */
export function profileFor(
  latency: LatencyProfile | OperationLatency | undefined,
  op: Operation,
): LatencyProfile | undefined {
  if (!latency) return undefined;
  if ('fixedMs' in latency || 'p50Ms' in latency) return latency as LatencyProfile;
  return (latency as OperationLatency)[op];
}
