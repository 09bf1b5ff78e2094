// Request log pages: the list with filters and paging, one request, the NDJSON export of the current filter.
import type { Contract } from '@einvoice/openapi';
import type { Context } from 'hono';
import { Hono } from 'hono';
import type { Deps } from '../../app/deps.js';
import { presentRequestLog } from '../../app/presenters.js';
import { seesTenant, tenantFilter } from '../../app/principal.js';
import { problems } from '../../app/problems.js';
import { type RequestLogFilters, requestLogFilters } from '../../app/usecases/request-log-filters.js';
import { LogDetailPage } from '../pages/log-detail.js';
import { type LogFilterForm, LogsPage } from '../pages/logs.js';
import { dashboardHeaders, page } from '../render.js';
import type { DashboardEnv } from '../session.js';

export const PAGE_SIZE = 50;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The form's values (echoed back) and the query they make: dates are whole IST days; the tenant in effect only. */
function readFilters(c: Context<DashboardEnv>): { form: LogFilterForm; filters: RequestLogFilters; query: string } {
  const q = (name: string) => (c.req.query(name) ?? '').trim();
  const form: LogFilterForm = {
    gstin: q('gstin').toUpperCase(),
    irn: q('irn').toLowerCase(),
    operation: q('operation'),
    status: /^([1-5]xx|[1-5]\d\d)$/.test(q('status')) ? q('status') : '',
    from: DATE.test(q('from')) ? q('from') : '',
    to: DATE.test(q('to')) ? q('to') : '',
  };
  const filters = requestLogFilters({
    ...tenantFilter(c.get('session').principal),
    gstin: form.gstin,
    irn: form.irn,
    operation: form.operation,
    status: form.status,
    from: form.from ? new Date(`${form.from}T00:00:00+05:30`) : null,
    to: form.to ? new Date(`${form.to}T23:59:59.999+05:30`) : null,
  });
  const params = new URLSearchParams(Object.entries(form).filter(([, v]) => v !== ''));
  return { form, filters, query: params.toString() };
}

export function logRoutes(deps: Deps, contract: Contract): Hono<DashboardEnv> {
  const app = new Hono<DashboardEnv>();
  const operations = contract.operations.map((o) => o.operationId).sort();
  app.get('/logs', async (c) => {
    const who = c.get('session').principal;
    const { form, filters, query } = readFilters(c);
    const after = c.req.query('starting_after');
    const result = await deps.storage.requestLogs.list(who.accountId, {
      ...filters,
      limit: PAGE_SIZE,
      ...(after ? { startingAfter: after } : {}),
    });
    const last = result.items.at(-1);
    const next =
      result.hasMore && last ? `/dashboard/logs?${query ? `${query}&` : ''}starting_after=${encodeURIComponent(last.id)}` : null;
    return page(
      c,
      <LogsPage csrf={c.get('session').csrfToken} filters={form} rows={result.items} next={next} query={query} operations={operations} />,
    );
  });
  app.get('/logs/export.ndjson', (c) => {
    const who = c.get('session').principal;
    const rows = deps.storage.requestLogs.stream(who.accountId, readFilters(c).filters);
    const encoder = new TextEncoder();
    const iterator = rows[Symbol.asyncIterator]();
    const stream = new ReadableStream<Uint8Array>({
      async pull(controller) {
        const { done, value } = await iterator.next();
        if (done) controller.close();
        else controller.enqueue(encoder.encode(`${JSON.stringify(presentRequestLog(value))}\n`));
      },
      async cancel() {
        await iterator.return?.();
      },
    });
    dashboardHeaders(c);
    c.header('content-type', 'application/x-ndjson');
    c.header('content-disposition', 'attachment; filename="request-logs.ndjson"');
    return c.body(stream);
  });
  app.get('/logs/:id', async (c) => {
    const who = c.get('session').principal;
    const log = await deps.storage.requestLogs.get(who.accountId, c.req.param('id'));
    if (!log || !seesTenant(who, log.tenantId)) throw problems.notFound(`No request log ${c.req.param('id')} in this account.`);
    return page(c, <LogDetailPage csrf={c.get('session').csrfToken} log={log} />);
  });
  return app;
}
