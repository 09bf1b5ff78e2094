// Turns a bearer value into a Principal, or refuses. Revocation is checked on every use, so a revoked
// credential or secret stops working immediately, even for tokens already issued.
import type { Deps } from '../deps.js';
import type { AccessTokenRecord } from '../ports/records.js';
import type { Principal } from '../principal.js';
import { displayPrefix } from '../security/secrets.js';
import { testClockOf } from './test-clocks.js';

export type AuthFailure = 'missing' | 'malformed' | 'unknown' | 'expired' | 'revoked';

export async function authenticateApiKey(deps: Deps, key: string): Promise<Principal | AuthFailure> {
  if (!/^sk_(test|live)_[A-Za-z0-9_-]{20,}$/.test(key)) return 'malformed';
  for (const candidate of await deps.storage.apiKeys.findByPrefix(displayPrefix(key))) {
    if (!deps.hasher.matches(key, candidate.hash)) continue;
    if (candidate.revokedAt) return 'revoked';
    const account = await deps.storage.accounts.get(candidate.accountId);
    if (!account) return 'unknown';
    return { kind: 'api_key', accountId: account.id, environment: account.environment, keyId: candidate.id };
  }
  return 'unknown';
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
