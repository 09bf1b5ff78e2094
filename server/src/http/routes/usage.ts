// Usage (issue #24): an account's metered calls per IST day or month, as one answer or as NDJSON rows.
import type { Deps } from '../../app/deps.js';
import { type UsageReport, usageReport } from '../../app/usecases/usage.js';
import type { Call, Handler } from '../call.js';
import { adminOf, ndjson } from './helpers.js';

function report(deps: Deps, call: Call): Promise<UsageReport> {
  const q = call.query;
  return usageReport(deps, adminOf(call), { from: q.get('from'), to: q.get('to'), granularity: q.get('granularity') });
}

async function* rows<T>(items: T[]): AsyncIterable<T> {
  yield* items;
}

export function usageHandlers(deps: Deps): Record<string, Handler> {
  return {
    getUsage: async (call) => {
      const r = await report(deps, call);
      return { status: 200, body: { object: 'usage', tenant: adminOf(call).tenantId, ...r } };
    },
    exportUsage: async (call) => {
      const r = await report(deps, call);
      return { status: 200, contentType: 'application/x-ndjson', lines: ndjson(rows(r.data), (p) => p) };
    },
  };
}
