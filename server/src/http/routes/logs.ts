// Request logs: the account key sees every GSTIN of the account; a GSTIN token sees only its own.
import type { Deps } from '../../app/deps.js';
import { presentList, presentRequestLog, presentRequestLogSummary } from '../../app/presenters.js';
import { seesTenant, tenantFilter } from '../../app/principal.js';
import { ProblemError, problems } from '../../app/problems.js';
import { type RequestLogFilters, requestLogFilters } from '../../app/usecases/request-log-filters.js';
import type { Call, Handler } from '../call.js';
import { ndjson, pageQuery } from './helpers.js';

function filters(call: Call): RequestLogFilters {
  const q = call.query;
  const who = call.principal!;
  return requestLogFilters({
    ...tenantFilter(who),
    gstin: who.kind === 'token' ? who.gstin : q.get('gstin'),
    irn: q.get('irn'),
    operation: q.get('operation'),
    status: q.get('status'),
    from: q.get('from') ? new Date(q.get('from')!) : null,
    to: q.get('to') ? new Date(q.get('to')!) : null,
  });
}

export function logHandlers(deps: Deps): Record<string, Handler> {
  return {
    listRequestLogs: async (call) => {
      const who = call.principal!;
      if (who.kind === 'token' && call.query.get('gstin') && call.query.get('gstin') !== who.gstin) {
        throw new ProblemError({
          status: 403,
          slug: 'gstin-mismatch',
          title: 'The logs belong to another GSTIN',
          detail: `This token can only read the logs of GSTIN ${who.gstin}.`,
          code: 'gstin_mismatch',
        });
      }
      const page = await deps.storage.requestLogs.list(who.accountId, { ...pageQuery(call), ...filters(call) });
      return { status: 200, body: presentList(page, presentRequestLogSummary, (l) => l.id) };
    },
    getRequestLog: async (call) => {
      const who = call.principal!;
      const log = await deps.storage.requestLogs.get(who.accountId, call.pathParams.log_id!);
      if (!log || (who.kind === 'token' && log.gstin !== who.gstin) || !seesTenant(who, log.tenantId))
        throw problems.notFound(`No request log ${call.pathParams.log_id}.`);
      return { status: 200, body: presentRequestLog(log) };
    },
    exportRequestLogs: async (call) => {
      const rows = deps.storage.requestLogs.stream(call.principal!.accountId, filters(call));
      return { status: 200, contentType: 'application/x-ndjson', lines: ndjson(rows, presentRequestLog) };
    },
  };
}
