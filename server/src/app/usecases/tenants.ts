// Tenants (issue #24): the businesses a platform invoices for. GSTINs, webhook endpoints, request logs and audit
// events belong to one (or to the account itself); a call acts on one through `Einvoice-Tenant` or a key bound
// to it (http/pipeline/tenant.ts). A tenant's plan is the default of the credentials created under its GSTINs.
import type { Deps } from '../deps.js';
import type { TenantRecord } from '../ports/records.js';
import type { Page, PageQuery } from '../ports/storage.js';
import type { AdminPrincipal } from '../principal.js';
import { problems } from '../problems.js';
import type { RequestBody } from '../request-bodies.js';
import { newId } from '../security/ids.js';
import { audit } from './audit.js';
import { planRate } from './credentials.js';

interface Meta {
  requestId: string;
  ip: string | null;
}

function auditTenant(
  deps: Deps,
  who: AdminPrincipal,
  type: 'tenant.created' | 'tenant.updated',
  tenant: TenantRecord,
  meta: Meta,
  data: Record<string, unknown>,
) {
  return audit(deps, deps.storage, {
    accountId: who.accountId,
    tenantId: tenant.id,
    type,
    actorType: 'api_key',
    actorId: who.keyId,
    requestId: meta.requestId,
    ip: meta.ip,
    data,
  });
}

export async function createTenant(
  deps: Deps,
  who: AdminPrincipal,
  input: RequestBody<'createTenant'>,
  meta: Meta,
): Promise<TenantRecord> {
  const plan = input.plan ?? 'developer';
  const now = deps.clock.now();
  const tenant: TenantRecord = {
    id: newId('ten', now),
    accountId: who.accountId,
    name: input.name,
    metadata: input.metadata ?? {},
    plan,
    rateLimitRps: planRate(plan, input.rate_limit_rps),
    createdAt: now,
    updatedAt: now,
  };
  await deps.storage.tenants.insert(tenant);
  await auditTenant(deps, who, 'tenant.created', tenant, meta, { plan });
  return tenant;
}

/** A tenant of the account, seen from the tenant in effect: another tenant's answers as an unknown one. */
export async function getTenant(deps: Deps, who: AdminPrincipal, id: string): Promise<TenantRecord> {
  const tenant =
    who.tenantId === null || who.tenantId === id ? await deps.storage.tenants.get(who.accountId, id) : undefined;
  if (!tenant) throw problems.tenantNotFound(id);
  return tenant;
}

export async function listTenants(deps: Deps, who: AdminPrincipal, page: PageQuery): Promise<Page<TenantRecord>> {
  if (who.tenantId === null) return deps.storage.tenants.list(who.accountId, page);
  // Acting on a tenant: that tenant is the whole list.
  const own = await deps.storage.tenants.get(who.accountId, who.tenantId);
  const listed = own && (page.startingAfter === undefined || own.id < page.startingAfter);
  return { items: listed ? [own] : [], hasMore: false };
}

/** name, metadata (merged: a key set to "" is removed, as Stripe's), plan and rate. */
export async function updateTenant(
  deps: Deps,
  who: AdminPrincipal,
  id: string,
  input: RequestBody<'updateTenant'>,
  meta: Meta,
): Promise<TenantRecord> {
  const current = await getTenant(deps, who, id);
  const metadata = { ...current.metadata };
  for (const [key, value] of Object.entries(input.metadata ?? {})) {
    if (value === '') delete metadata[key];
    else metadata[key] = value;
  }
  if (Object.keys(metadata).length > 50)
    throw problems.unprocessable(
      'too-much-metadata',
      'Too many metadata keys',
      'A tenant holds at most 50 metadata keys.',
      [{ pointer: '/metadata', detail: 'would hold more than 50 keys', code: 'too_many' }],
    );
  const plan = input.plan ?? current.plan;
  const rate =
    input.rate_limit_rps ?? (input.plan === undefined && plan === 'custom' ? current.rateLimitRps : undefined);
  const updated: TenantRecord = {
    ...current,
    name: input.name ?? current.name,
    metadata,
    plan,
    rateLimitRps: planRate(plan, rate),
    updatedAt: deps.clock.now(),
  };
  await deps.storage.tenants.update(updated);
  await auditTenant(deps, who, 'tenant.updated', updated, meta, { changed: Object.keys(input).sort() });
  return updated;
}
