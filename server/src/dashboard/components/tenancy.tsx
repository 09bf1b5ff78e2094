// The tenant switcher in every signed-in page's header (issue #24): "All (account)" or one tenant, posted with
// the session's CSRF token. The data reaches the Layout through a JSX context set by page() (render.ts), so
// no page has to pass it along.
import { createContext, useContext } from 'hono/jsx';
import type { Tenancy } from '../session.js';
import { Select } from './controls.js';

export const TenancyContext = createContext<Tenancy | null>(null);

export function TenantSwitcher({ csrf }: { csrf: string }) {
  const tenancy = useContext(TenancyContext);
  if (!tenancy || (tenancy.tenants.length === 0 && !tenancy.current)) return null;
  const { tenants, current } = tenancy;
  // The tenant in effect is always an option, even beyond the first page of tenants.
  const options = current && !tenants.some((t) => t.id === current.id) ? [current, ...tenants] : tenants;
  return (
    <form method="post" action="/dashboard/tenant" class="tenant-switch">
      <input type="hidden" name="csrf" value={csrf} />
      <input type="hidden" name="next" value={tenancy.here} />
      <Select
        label="Tenant"
        name="tenant"
        value={current?.id ?? ''}
        choices={[['', 'All (account)'], ...options.map((t): [string, string] => [t.id, `${t.name} (${t.id})`])]}
      />
      <button type="submit" class="secondary">
        Switch
      </button>
    </form>
  );
}

/** Which data the page shows: said in words above every signed-in page's title, not only in the select. */
export function TenantScope() {
  const tenancy = useContext(TenancyContext);
  if (!tenancy?.current) return null;
  return (
    <p class="scope" role="note">
      {'Showing tenant '}
      <strong>{tenancy.current.name}</strong>
      {` (${tenancy.current.id}) only.`}
    </p>
  );
}
