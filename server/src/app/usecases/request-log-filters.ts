// The request-log filters (IRN, GSTIN, operation, status or status class, date range) as one query: the
// API's list and export (http/routes/logs.ts) and the dashboard's request log read them the same way.
import type { RequestLogQuery } from '../ports/storage.js';

export type RequestLogFilters = Omit<RequestLogQuery, 'limit' | 'startingAfter'>;

export interface RequestLogFilterInput {
  /** The tenant in effect (issue #24): only its rows. */
  tenantId?: string;
  gstin?: string | null;
  irn?: string | null;
  operation?: string | null;
  /** 502, or a class: 4xx. */
  status?: string | null;
  from?: Date | null;
  to?: Date | null;
}

export function requestLogFilters(input: RequestLogFilterInput): RequestLogFilters {
  const status = input.status;
  const [statusMin, statusMax] = !status
    ? []
    : status.endsWith('xx')
      ? [Number(status[0]) * 100, Number(status[0]) * 100 + 99]
      : [Number(status), Number(status)];
  return {
    ...(input.tenantId ? { tenantId: input.tenantId } : {}),
    ...(input.gstin ? { gstin: input.gstin } : {}),
    ...(input.irn ? { irn: input.irn } : {}),
    ...(input.operation ? { operation: input.operation } : {}),
    ...(statusMin !== undefined && !Number.isNaN(statusMin) ? { statusMin, statusMax } : {}),
    ...(input.from ? { from: input.from } : {}),
    ...(input.to ? { to: input.to } : {}),
  };
}
