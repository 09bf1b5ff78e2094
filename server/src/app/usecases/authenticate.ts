// Turns a bearer value into a Principal, or refuses. Revocation is checked on every use, so a revoked
// credential or secret stops working immediately, even for tokens already issued.
import type { Deps } from '../deps.js';
import type { AccessTokenRecord } from '../ports/records.js';
import type { Principal } from '../principal.js';
import { displayPrefix } from '../security/secrets.js';
import { testClockOf } from './test-clocks.js';

export type AuthFailure = 'missing' | 'malformed' | 'unknown' | 'expired' | 'revoked';

/** last_used_at is written at most this often per key: a busy key costs one UPDATE a minute, not one per call. */
export const LAST_USED_RESOLUTION_MS = 60_000;

/**
 * The account key (sk_...) or a restricted key (rk_..., issue #24). The row is read on every call, so a
 * revoked key (or a rolled key's expired old secret) stops working on its very next use.
 */
export async function authenticateApiKey(deps: Deps, key: string): Promise<Principal | AuthFailure> {
  if (!/^[sr]k_(test|live)_[A-Za-z0-9_-]{20,}$/.test(key)) return 'malformed';
  const restricted = key.startsWith('rk_');
  for (const candidate of await deps.storage.apiKeys.findByPrefix(displayPrefix(key))) {
    if (!deps.hasher.matches(key, candidate.hash)) continue;
    // An rk_ secret never stands for the account key, nor an sk_ one for a restricted key.
    if (restricted !== Boolean(candidate.permissions)) return 'unknown';
    if (candidate.revokedAt) return 'revoked';
    const now = deps.clock.now();
    if (candidate.expiresAt && candidate.expiresAt.getTime() <= now.getTime()) return 'revoked';
    const account = await deps.storage.accounts.get(candidate.accountId);
    if (!account) return 'unknown';
    const keyId = candidate.rolledInto ?? candidate.id;
    if (restricted) await touch(deps, keyId, candidate.lastUsedAt ?? null, now);
    return {
      kind: 'api_key',
      accountId: account.id,
      environment: account.environment,
      keyId,
      tenantId: candidate.tenantId ?? null,
      boundTenantId: candidate.tenantId ?? null,
      permissions: candidate.permissions ?? null,
    };
  }
  return 'unknown';
}

/** Records the use when the stored last_used_at is a minute old or more (the read above already has it). */
async function touch(deps: Deps, keyId: string, lastUsedAt: Date | null, now: Date): Promise<void> {
  if (lastUsedAt && now.getTime() - lastUsedAt.getTime() < LAST_USED_RESOLUTION_MS) return;
  await deps.storage.apiKeys.touch(keyId, now);
}

export async function authenticateAccessToken(deps: Deps, token: string): Promise<Principal | AuthFailure> {
  if (!/^at_(test|live)_[A-Za-z0-9_-]{20,}$/.test(token)) return 'malformed';
  // One read: the token, its credential's standing and its secret's, so revocation is seen on this very use.
  const resolved = await deps.storage.tokens.resolve(deps.hasher.hash(token));
  if (!resolved) return 'unknown';
  const { token: record, credential, secretRevoked } = resolved;
  if (record.expiresAt.getTime() <= deps.clock.now().getTime()) return 'expired';
  if (await expiredOnTestClock(deps, record)) return 'expired';
  if (!credential || credential.revoked) return 'revoked';
  if (secretRevoked !== false) return 'revoked';
  return {
    kind: 'token',
    accountId: record.accountId,
    environment: record.environment,
    gstin: record.gstin,
    clientId: record.clientId,
    scopes: record.scopes,
    rateLimitRps: credential.rateLimitRps,
    requireSignatures: credential.requireSignatures,
    tenantId: resolved.tenantId,
  };
}

/**
 * A sandbox token of a GSTIN on a test clock also expires on that clock: TTL after its issue instant (createdAt,
 * the clock's time when it was issued; oauth.ts). The clock lookup is the per-process cached one (test-clocks.ts),
 * and production tokens never make it.
 */
async function expiredOnTestClock(deps: Deps, record: AccessTokenRecord): Promise<boolean> {
  if (record.environment !== 'sandbox') return false;
  const clock = await testClockOf(deps, record);
  if (!clock) return false;
  return clock.frozenTime.getTime() >= record.createdAt.getTime() + deps.settings.accessTokenTtlSeconds * 1000;
}
