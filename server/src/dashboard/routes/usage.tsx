// The usage page (issue #24): one IST month by day for the tenant in effect, from the same report as GET /v1/usage,
// with its NDJSON export (the lines GET /v1/usage/export gives) and the sandbox quota.
import type { Context } from 'hono';
import { Hono } from 'hono';
import type { Deps } from '../../app/deps.js';
import { istDate, istDayStart, istMonth } from '../../app/usecases/ist.js';
import { sandboxQuota, usageReport } from '../../app/usecases/usage.js';
import { UsagePage } from '../pages/usage.js';
import { dashboardHeaders, page } from '../render.js';
import type { DashboardEnv } from '../session.js';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
/** The selector offers this many months back from the current one. */
const MONTHS_OFFERED = 12;

/** The month asked for (YYYY-MM), else the current IST month; its first and last day and its instants. */
function monthOf(c: Context<DashboardEnv>, deps: Deps) {
  const current = istDate(deps.clock.now()).slice(0, 7);
  const asked = c.req.query('month') ?? '';
  const month = MONTH.test(asked) ? asked : current;
  const bounds = istMonth(istDayStart(`${month}-01`)!);
  const offered: string[] = [];
  for (let at = istMonth(deps.clock.now()).start, i = 0; i < MONTHS_OFFERED; i++) {
    offered.push(istDate(at).slice(0, 7));
    at = istMonth(new Date(at.getTime() - 1)).start;
  }
  return { month, bounds, from: `${month}-01`, to: istDate(new Date(bounds.next.getTime() - 1)), offered };
}

export function usageRoutes(deps: Deps): Hono<DashboardEnv> {
  const app = new Hono<DashboardEnv>();
  app.get('/usage', async (c) => {
    const who = c.get('session').principal;
    const { month, bounds, from, to, offered } = monthOf(c, deps);
    const [report, quota] = await Promise.all([usageReport(deps, who, { from, to }), sandboxQuota(deps, who, bounds)]);
    return page(
      c,
      <UsagePage
        csrf={c.get('session').csrfToken}
        month={month}
        months={offered.includes(month) ? offered : [month, ...offered]}
        report={report}
        quota={quota}
      />,
    );
  });
  app.get('/usage/export.ndjson', async (c) => {
    const { month, from, to } = monthOf(c, deps);
    const report = await usageReport(deps, c.get('session').principal, { from, to });
    dashboardHeaders(c);
    c.header('content-type', 'application/x-ndjson');
    c.header('content-disposition', `attachment; filename="usage-${month}.ndjson"`);
    return c.body(report.data.map((p) => `${JSON.stringify(p)}\n`).join(''));
  });
  return app;
}
