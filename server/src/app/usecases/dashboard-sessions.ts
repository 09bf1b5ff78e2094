// Dashboard sign-in (issue #18, docs/adr/0026): a browser signs in with the account API key, or with a
// one-time link printed at sandbox start, and gets an opaque session token. Only its keyed hash is stored;
// a session ends after DASHBOARD_IDLE_MS without use or DASHBOARD_MAX_MS after sign-in, or at sign-out.
import { randomBytes } from 'node:crypto';
import type { Deps } from '../deps.js';
import { type AdminPrincipal, accountPrincipal } from '../principal.js';
import { authenticateApiKey } from './authenticate.js';

export const DASHBOARD_IDLE_MS = 30 * 60_000;
export const DASHBOARD_MAX_MS = 12 * 3_600_000;
export const SIGN_IN_LINK_MS = 15 * 60_000;

export interface DashboardSession {
  principal: AdminPrincipal;
  csrfToken: string;
  expiresAt: Date;
}

const opaque = () => randomBytes(32).toString('base64url');

/** Stores a new session or link row for `who`; returns its opaque token (only the hash is kept). */
async function insertRow(deps: Deps, who: AdminPrincipal, kind: 'session' | 'link', csrfToken: string) {
  const now = deps.clock.now();
  const token = opaque();
  const expiresAt = new Date(now.getTime() + (kind === 'link' ? SIGN_IN_LINK_MS : DASHBOARD_MAX_MS));
  const idleUntil = kind === 'link' ? expiresAt : new Date(now.getTime() + DASHBOARD_IDLE_MS);
  await deps.storage.dashboardSessions.insert({
    tokenHash: deps.hasher.hash(token),
    kind,
    accountId: who.accountId,
    keyId: who.keyId,
    csrfToken,
    createdAt: now,
    idleUntil,
    expiresAt,
  });
  return { token, expiresAt };
}

async function open(deps: Deps, principal: AdminPrincipal): Promise<{ token: string; session: DashboardSession }> {
  const csrfToken = opaque();
  const { token, expiresAt } = await insertRow(deps, principal, 'session', csrfToken);
  return { token, session: { principal, csrfToken, expiresAt } };
}

/**
 * The unrestricted account key only: a session acts as the whole account (resumeSession builds an
 * accountPrincipal), so a restricted key (rk_, issue #24) signing in would shed its permissions and its tenant.
 */
const accountKey = (who: Awaited<ReturnType<typeof authenticateApiKey>>): who is AdminPrincipal =>
  typeof who !== 'string' && who.kind === 'api_key' && who.permissions === null && who.boundTenantId === null;

/** Signs in with the account API key (not a GSTIN token, nor a restricted key); undefined when it is not a live one. */
export async function signInWithApiKey(deps: Deps, apiKey: string) {
  const who = await authenticateApiKey(deps, apiKey.trim());
  if (!accountKey(who)) return undefined;
  await deps.storage.dashboardSessions.deleteExpired(deps.clock.now());
  return open(deps, who);
}

/** A single-use sign-in link token for an account key (printed at sandbox start). */
export async function createSignInLink(deps: Deps, apiKey: string): Promise<string> {
  const who = await authenticateApiKey(deps, apiKey);
  if (!accountKey(who))
    throw new Error(`sign-in link: not a live account API key (${typeof who === 'string' ? who : 'restricted'})`);
  const { token } = await insertRow(deps, who, 'link', '');
  return token;
}

/** Uses a sign-in link: only the first caller, before it expires, gets a session. */
export async function redeemSignInLink(deps: Deps, linkToken: string) {
  const hash = deps.hasher.hash(linkToken);
  const link = await deps.storage.dashboardSessions.get(hash);
  if (link?.kind !== 'link') return undefined;
  if (!(await deps.storage.dashboardSessions.delete(hash))) return undefined;
  if (link.expiresAt <= deps.clock.now()) return undefined;
  const account = await deps.storage.accounts.get(link.accountId);
  if (!account) return undefined;
  return open(deps, accountPrincipal(account, link.keyId));
}

/** The session behind a cookie value, its idle expiry slid forward; undefined when unknown or expired. */
export async function resumeSession(deps: Deps, token: string): Promise<DashboardSession | undefined> {
  const hash = deps.hasher.hash(token);
  const row = await deps.storage.dashboardSessions.get(hash);
  if (row?.kind !== 'session') return undefined;
  const now = deps.clock.now();
  if (row.idleUntil <= now || row.expiresAt <= now) {
    await deps.storage.dashboardSessions.delete(hash);
    return undefined;
  }
  const account = await deps.storage.accounts.get(row.accountId);
  if (!account) return undefined;
  const idleUntil = new Date(Math.min(now.getTime() + DASHBOARD_IDLE_MS, row.expiresAt.getTime()));
  // Writes at most about once a minute per session, not on every page.
  if (idleUntil.getTime() - row.idleUntil.getTime() > 60_000)
    await deps.storage.dashboardSessions.touch(hash, idleUntil);
  return {
    principal: accountPrincipal(account, row.keyId),
    csrfToken: row.csrfToken,
    expiresAt: row.expiresAt,
  };
}

export async function signOut(deps: Deps, token: string): Promise<void> {
  await deps.storage.dashboardSessions.delete(deps.hasher.hash(token));
}
