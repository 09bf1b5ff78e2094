// The dashboard overview (of the tenant in effect): today's (IST) IRNs, error rate and latency percentiles from the request log, the
// GSP/IRP health and the documents whose outcome is still unknown (open reconcile tasks).
import type { Deps } from '../deps.js';
import { type AdminPrincipal, tenantFilter } from '../principal.js';
import { istMidnight } from './ist.js';
import { serviceStatus } from './service-status.js';

const IRN_OPERATIONS = new Set(['generateIrn', 'generateNote']);

function percentile(sorted: number[], p: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? null;
}

export async function overview(deps: Deps, who: AdminPrincipal) {
  const now = deps.clock.now();
  const from = istMidnight(now);
  let requests = 0;
  let errors = 0;
  let irns = 0;
  const latencies: number[] = [];
  /** Requests per IST hour of today (the chart). */
  const hourly = Array.from({ length: 24 }, () => ({ ok: 0, failed: 0 }));
  const repo = deps.storage.requestLogs;
  for (let after: string | undefined, more = true; more; ) {
    const page = await repo.list(who.accountId, {
      from,
      limit: 500,
      ...tenantFilter(who),
      ...(after ? { startingAfter: after } : {}),
    });
    for (const log of page.items) {
      requests += 1;
      const failed = log.status >= 400;
      if (failed) errors += 1;
      if (IRN_OPERATIONS.has(log.operation) && log.status < 300 && log.irn) irns += 1;
      latencies.push(log.latencyMs.total ?? 0);
      const hour = Math.floor((log.createdAt.getTime() - from.getTime()) / 3_600_000);
      const slot = hourly[Math.min(23, Math.max(0, hour))]!;
      if (failed) slot.failed += 1;
      else slot.ok += 1;
    }
    more = page.hasMore;
    after = page.items.at(-1)?.id;
  }
  latencies.sort((a, b) => a - b);
  return {
    since: from,
    requests,
    irns,
    errorRate: requests ? errors / requests : 0,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    hourly,
    status: await serviceStatus(deps),
  };
}
