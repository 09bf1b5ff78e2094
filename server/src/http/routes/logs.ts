// Request logs: the account key sees every GSTIN of the account; a GSTIN token sees only its own.
import type { Deps } from '../../app/deps.js';
import type { RequestLogQuery } from '../../app/ports/storage.js';
import { presentList, presentRequestLog, presentRequestLogSummary } from '../../app/presenters.js';
import { ProblemError, problems } from '../../app/problems.js';
import type { Call, Handler } from '../call.js';
import { ndjson, pageQuery } from './helpers.js';

function filters(call: Call): Omit<RequestLogQuery, 'limit' | 'startingAfter'> {
  const q = call.query;
  const who = call.principal!;
  const status = q.get('status');
  const [statusMin, statusMax] = !status
    ? []
    : status.endsWith('xx')
      ? [Number(status[0]) * 100, Number(status[0]) * 100 + 99]
      : [Number(status), Number(status)];
  const gstin = who.kind === 'token' ? who.gstin : (q.get('gstin') ?? undefined);
  return {
    ...(gstin ? { gstin } : {}),
    ...(q.get('irn') ? { irn: q.get('irn')! } : {}),
    ...(q.get('operation') ? { operation: q.get('operation')! } : {}),
    ...(statusMin !== undefined ? { statusMin, statusMax } : {}),
    ...(q.get('from') ? { from: new Date(q.get('from')!) } : {}),
    ...(q.get('to') ? { to: new Date(q.get('to')!) } : {}),
  };
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
      if (!log || (who.kind === 'token' && log.gstin !== who.gstin))
        throw problems.notFound(`No request log ${call.pathParams.log_id}.`);
      return { status: 200, body: presentRequestLog(log) };
    },
    exportRequestLogs: async (call) => {
      const rows = deps.storage.requestLogs.stream(call.principal!.accountId, filters(call));
      return { status: 200, contentType: 'application/x-ndjson', lines: ndjson(rows, presentRequestLog) };
    },
  };
}
