// Restricted API keys (issue #24): keys narrower than the account key, bound to a tenant and/or to permissions
// (read, documents, admin; http/pipeline/permissions.ts). Hashed at rest like the account key (only a display
// prefix and an HMAC are kept); the secret is shown once, at creation and at each roll. Managed with the
// unrestricted account key only; every change is audited. A revoked key fails on its very next call.
import type { Deps } from '../deps.js';
import type { ApiKeyRecord, Permission } from '../ports/records.js';
import type { Page, PageQuery } from '../ports/storage.js';
import type { AdminPrincipal } from '../principal.js';
import { problems } from '../problems.js';
import type { RequestBody } from '../request-bodies.js';
import { newId } from '../security/ids.js';
import { displayPrefix, generateSecret } from '../security/secrets.js';
import { audit } from './audit.js';

interface Meta {
  requestId: string;
  ip: string | null;
}

export interface KeyWithSecret {
  key: ApiKeyRecord;
  secret: string;
}

const envTag = (who: AdminPrincipal) => (who.environment === 'sandbox' ? 'test' : 'live');

function newSecret(deps: Deps, who: AdminPrincipal) {
  const secret = generateSecret(`rk_${envTag(who)}_`);
  return { secret, prefix: displayPrefix(secret), hash: deps.hasher.hash(secret), last4: secret.slice(-4) };
}

function auditKey(
  deps: Deps,
  who: AdminPrincipal,
  type: 'api_key.created' | 'api_key.rolled' | 'api_key.revoked',
  key: ApiKeyRecord,
  meta: Meta,
  data: Record<string, unknown> = {},
) {
  return audit(deps, deps.storage, {
    accountId: who.accountId,
    tenantId: key.tenantId ?? null,
    type,
    actorType: 'api_key',
    actorId: who.keyId,
    requestId: meta.requestId,
    ip: meta.ip,
    data: { api_key_id: key.id, ...data },
  });
}

export async function createApiKey(
  deps: Deps,
  who: AdminPrincipal,
  input: RequestBody<'createApiKey'>,
  meta: Meta,
): Promise<KeyWithSecret> {
  // Acting on a tenant (Einvoice-Tenant), the key is that tenant's; naming another is naming an unknown tenant.
  const tenantId = input.tenant ?? who.tenantId;
  if (who.tenantId !== null && tenantId !== who.tenantId) throw problems.tenantNotFound(tenantId!);
  if (tenantId && !(await deps.storage.tenants.get(who.accountId, tenantId))) throw problems.tenantNotFound(tenantId);
  const now = deps.clock.now();
  const s = newSecret(deps, who);
  const key: ApiKeyRecord = {
    id: newId(`key_${envTag(who)}`, now),
    accountId: who.accountId,
    prefix: s.prefix,
    hash: s.hash,
    createdAt: now,
    revokedAt: null,
    tenantId: tenantId ?? null,
    permissions: [...new Set(input.permissions as Permission[])].sort(),
    name: input.name,
    last4: s.last4,
    lastUsedAt: null,
    expiresAt: null,
    rolledInto: null,
  };
  await deps.storage.apiKeys.insert(key);
  await auditKey(deps, who, 'api_key.created', key, meta, { permissions: key.permissions });
  return { key, secret: s.secret };
}

/** A restricted key of the account, seen from the tenant in effect: another tenant's answers as an absent one. */
export async function getApiKey(deps: Deps, who: AdminPrincipal, id: string): Promise<ApiKeyRecord> {
  const key = await deps.storage.apiKeys.get(who.accountId, id);
  if (!key || (who.tenantId !== null && key.tenantId !== who.tenantId)) throw problems.notFound(`No API key ${id}.`);
  return key;
}

export async function listApiKeys(deps: Deps, who: AdminPrincipal, page: PageQuery): Promise<Page<ApiKeyRecord>> {
  if (who.tenantId === null) return deps.storage.apiKeys.list(who.accountId, page);
  // Acting on a tenant: its keys only. Keys are few; the filter runs over pages of the account's.
  const items: ApiKeyRecord[] = [];
  for (let after = page.startingAfter; ; ) {
    const batch = await deps.storage.apiKeys.list(who.accountId, {
      limit: 100,
      ...(after ? { startingAfter: after } : {}),
    });
    for (const key of batch.items) {
      if (key.tenantId !== who.tenantId) continue;
      if (items.length === page.limit) return { items, hasMore: true };
      items.push(key);
    }
    const last = batch.items[batch.items.length - 1];
    if (!batch.hasMore || !last) return { items, hasMore: false };
    after = last.id;
  }
}

/**
 * A new secret for the key; the old one keeps working for `expiresIn` seconds (0: stops now). The old secret
 * becomes a row of its own that authenticates as this key until then (revoking the key revokes it too).
 */
export async function rollApiKey(
  deps: Deps,
  who: AdminPrincipal,
  id: string,
  expiresIn: number,
  meta: Meta,
): Promise<KeyWithSecret> {
  const current = await getApiKey(deps, who, id);
  const now = deps.clock.now();
  const s = newSecret(deps, who);
  const previous: ApiKeyRecord | undefined =
    expiresIn > 0
      ? {
          ...current,
          id: newId(`key_${envTag(who)}`, now),
          name: null,
          lastUsedAt: null,
          expiresAt: new Date(now.getTime() + expiresIn * 1000),
          rolledInto: id,
        }
      : undefined;
  await deps.storage.transaction(async (tx) => {
    // Old secrets of earlier rolls end now at the latest: at most one old secret works at a time.
    await tx.apiKeys.expirePrevious(who.accountId, id, now);
    if (!(await tx.apiKeys.roll(who.accountId, id, { prefix: s.prefix, hash: s.hash, last4: s.last4 }, previous)))
      throw problems.notFound(`No API key ${id}.`);
  });
  const rolled = { ...current, prefix: s.prefix, hash: s.hash, last4: s.last4 };
  await auditKey(deps, who, 'api_key.rolled', rolled, meta, {
    previous_expires_at: previous?.expiresAt?.toISOString() ?? now.toISOString(),
  });
  return { key: rolled, secret: s.secret };
}

/** The key and its old secrets stop working now; the key is then gone from get and list (the audit trail keeps it). */
export async function revokeApiKey(deps: Deps, who: AdminPrincipal, id: string, meta: Meta): Promise<ApiKeyRecord> {
  const current = await getApiKey(deps, who, id);
  const now = deps.clock.now();
  if (!(await deps.storage.apiKeys.revoke(who.accountId, id, now))) throw problems.notFound(`No API key ${id}.`);
  await auditKey(deps, who, 'api_key.revoked', current, meta);
  return { ...current, revokedAt: now };
}
