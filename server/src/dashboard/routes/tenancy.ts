// The tenant switcher's action (issue #24): "All (account)" or one tenant of the account, kept for the session
// (session.ts); every page then builds on a principal with that tenantId, as the API does for Einvoice-Tenant.
import { Hono } from 'hono';
import type { Deps } from '../../app/deps.js';
import { getTenant } from '../../app/usecases/tenants.js';
import { type DashboardEnv, field, setTenantCookie } from '../session.js';
import { safeNext } from './auth.js';

export function tenancyRoutes(deps: Deps): Hono<DashboardEnv> {
  const app = new Hono<DashboardEnv>();
  app.post('/tenant', async (c) => {
    const form = c.get('form');
    const wanted = field(form, 'tenant').trim();
    // Chosen by the account itself (whatever tenant is in effect now): another account's id, or one that never
    // existed, is refused as absent (404 tenant_not_found, the API's answer to such an Einvoice-Tenant).
    const tenant = wanted ? await getTenant(deps, { ...c.get('session').principal, tenantId: null }, wanted) : null;
    setTenantCookie(c, deps, c.get('sessionToken'), tenant?.id ?? null);
    return c.redirect(safeNext(field(form, 'next')), 303);
  });
  return app;
}
