// Read-only pages built from the request log: the overview and the failure-resolution playbook.
import { Hono } from 'hono';
import type { Deps } from '../../app/deps.js';
import { type AdminPrincipal, tenantFilter } from '../../app/principal.js';
import { overview } from '../../app/usecases/dashboard-overview.js';
import { DEPRECATED_USAGE_WINDOW_DAYS, deprecatedUsage } from '../../app/usecases/deprecated-usage.js';
import { catalogue, codesSeen, PLAYBOOK_WINDOW_DAYS, playbookEntry } from '../../app/usecases/playbook.js';
import { OverviewPage } from '../pages/overview.js';
import { PlaybookCodePage, PlaybookPage } from '../pages/playbook.js';
import { page } from '../render.js';
import type { DashboardEnv } from '../session.js';

/** Documents of the account (or tenant) whose outcome is not final yet (pending or queued), counted up to `cap`. */
async function unresolvedDocuments(deps: Deps, who: AdminPrincipal, cap = 1000): Promise<number> {
  let n = 0;
  for (const g of (await deps.storage.gstins.list(who.accountId, { limit: 100, ...tenantFilter(who) })).items)
    for (const status of ['pending', 'queued'] as const) {
      n += (await deps.storage.documents.list(who.accountId, g.gstin, { status, limit: cap })).items.length;
      if (n >= cap) return cap;
    }
  return n;
}

export function insightRoutes(deps: Deps): Hono<DashboardEnv> {
  const app = new Hono<DashboardEnv>();
  app.get('/', async (c) => {
    const who = c.get('session').principal;
    const [data, unresolved, deprecated] = await Promise.all([
      overview(deps, who),
      unresolvedDocuments(deps, who),
      deprecatedUsage(deps, who),
    ]);
    return page(
      c,
      <OverviewPage
        csrf={c.get('session').csrfToken}
        data={data}
        unresolved={unresolved}
        deprecated={deprecated}
        deprecatedDays={DEPRECATED_USAGE_WINDOW_DAYS}
      />,
    );
  });
  app.get('/playbook', async (c) => {
    const seen = (await codesSeen(deps, c.get('session').principal)).map((s) => ({ ...playbookEntry(s.code), ...s }));
    return page(c, <PlaybookPage csrf={c.get('session').csrfToken} seen={seen} catalogue={catalogue()} days={PLAYBOOK_WINDOW_DAYS} />);
  });
  app.get('/playbook/:code', async (c) => {
    const code = c.req.param('code');
    const seen = (await codesSeen(deps, c.get('session').principal)).find((s) => s.code === code);
    const entry = playbookEntry(code);
    if (!entry.known && !seen) return c.notFound();
    return page(c, <PlaybookCodePage csrf={c.get('session').csrfToken} entry={entry} seen={seen} />);
  });
  return app;
}
