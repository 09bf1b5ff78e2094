// Wraps a route to remember how it has been doing (latency and failures over the last 5 minutes), so
// GET /v1/status can tell SDKs when to back off. Failures are outcomes that say nothing about the
// document: unavailable and ambiguous (a NIC rejection or a refused login is the IRP working). When the route's circuit
// closes again (a probe succeeded), the failures before it no longer count: the route is back.

import type { RouteHealth } from '../../app/ports/gsp.js';
import { type GspRoute, ROUTE_METHODS, type UpstreamOutcome } from '../../app/ports/gsp.js';

const WINDOW_MS = 5 * 60_000;
const MAX_SAMPLES = 500;

interface Sample {
  at: number;
  ms: number;
  failed: boolean;
}

function percentile(sorted: number[], p: number): number | null {
  if (sorted.length === 0) return null;
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]! * 10) / 10;
}

export function trackRoute(
  route: GspRoute,
  meta: { priority: number; displayName: string },
  now: () => number = Date.now,
): GspRoute & { health(): RouteHealth; recovered(): void } {
  const samples: Sample[] = [];
  let lastErrorAt: number | null = null;
  /** Samples before this instant are history: the circuit closed after them. */
  let since = 0;
  const record = (started: number, outcome: UpstreamOutcome<unknown>) => {
    // A refused login is one taxpayer's credentials, not the route: it is the GSP working.
    const failed = (outcome.kind === 'unavailable' && !outcome.credentials) || outcome.kind === 'ambiguous';
    samples.push({ at: now(), ms: now() - started, failed });
    if (failed) lastErrorAt = now();
    if (samples.length > MAX_SAMPLES) samples.splice(0, samples.length - MAX_SAMPLES);
  };
  const wrapped = Object.create(route) as GspRoute & { health(): RouteHealth; recovered(): void };
  for (const method of ROUTE_METHODS) {
    const original = (route[method] as (...args: unknown[]) => Promise<UpstreamOutcome<unknown>>).bind(route);
    (wrapped as unknown as Record<string, unknown>)[method] = async (...args: unknown[]) => {
      const started = now();
      const outcome = await original(...args);
      record(started, outcome);
      return outcome;
    };
  }
  wrapped.recovered = () => {
    since = now();
  };
  wrapped.health = () => {
    const recent = samples.filter((s) => s.at > now() - WINDOW_MS && s.at >= since);
    const errorRate = recent.length ? recent.filter((s) => s.failed).length / recent.length : 0;
    const sorted = recent.map((s) => s.ms).sort((a, b) => a - b);
    return {
      id: route.name,
      name: meta.displayName,
      priority: meta.priority,
      irp: route.irp,
      status: errorRate >= 0.8 && recent.length >= 3 ? 'down' : errorRate >= 0.2 ? 'degraded' : 'operational',
      circuit: 'closed',
      latency_ms: { p50: percentile(sorted, 0.5), p99: percentile(sorted, 0.99) },
      error_rate: Math.round(errorRate * 1000) / 1000,
      last_error_at: lastErrorAt ? new Date(lastErrorAt).toISOString() : null,
    };
  };
  return wrapped;
}
