// The tenant an account-key call acts on (issue #24): `Einvoice-Tenant: ten_...`, or the tenant a restricted key
// is bound to. A key bound to one tenant that names another is answered exactly as for an unknown tenant
// (404 tenant_not_found), so the header is no oracle for another tenant's existence. Runs after the rate
// limit (the 404 carries the limit headers) and before the body is read. A GSTIN token acts for its
// GSTIN's tenant: a well-formed header is ignored there (it is validated like any declared header).
import type { Deps } from '../../app/deps.js';
import { problems } from '../../app/problems.js';
import type { Call } from '../call.js';

export const TENANT_HEADER = 'einvoice-tenant';

export async function resolveTenant(deps: Deps, call: Call): Promise<void> {
  const who = call.principal;
  if (who?.kind !== 'api_key') return;
  const named = call.headers.get(TENANT_HEADER)?.trim();
  if (!named) return;
  if (who.boundTenantId !== null && named !== who.boundTenantId) throw problems.tenantNotFound(named);
  if (!(await deps.storage.tenants.get(who.accountId, named))) throw problems.tenantNotFound(named);
  who.tenantId = named;
}
