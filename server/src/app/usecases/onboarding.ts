// Hosted credential onboarding (issue #24, docs/adr/0031): a platform creates a one-time, expiring link for a
// GSTIN; the business opens it (dashboard/onboarding.tsx) and enters its IRP API user itself. The pair is
// checked and stored by the same use cases as the API's (registerGstin for a new GSTIN, updateGstin for a
// registered one: IRP verification, sealing, audit), with the link's state change in the same transaction.
// The platform sees the link's status and NIC's code, never the password.
import { randomBytes } from 'node:crypto';
import type { Deps } from '../deps.js';
import type { OnboardingLinkRecord, OnboardingLinkStatus } from '../ports/records.js';
import type { Page, PageQuery, Repositories } from '../ports/storage.js';
import { type AdminPrincipal, seesTenant, tenantFilter } from '../principal.js';
import { type GstnErrorItem, ProblemError, problems } from '../problems.js';
import type { RequestBody } from '../request-bodies.js';
import { newId } from '../security/ids.js';
import { audit } from './audit.js';
import { checkGstin, registerGstin, updateGstin, type Via } from './gstins.js';

interface Meta {
  requestId: string;
  ip: string | null;
}

/** Refused attempts (wrong password, unknown user) a link takes; the last one turns it `failed`. */
export const ONBOARDING_MAX_ATTEMPTS = 5;
export const ONBOARDING_DEFAULT_EXPIRY_SECONDS = 86_400;
/** The path the hosted page is served under (compose.ts mounts it there). */
export const ONBOARDING_PATH = '/onboarding';

/** What the API shows: a pending link past its expiry reads `expired`. */
export type OnboardingLinkState = OnboardingLinkStatus | 'expired';

export function stateOf(link: OnboardingLinkRecord, now: Date): OnboardingLinkState {
  return link.status === 'pending' && link.expiresAt <= now ? 'expired' : link.status;
}

function auditLink(
  deps: Deps,
  tx: Pick<Repositories, 'audit'>,
  link: OnboardingLinkRecord,
  type: 'onboarding_link.created' | 'onboarding_link.connected' | 'onboarding_link.failed' | 'onboarding_link.revoked',
  actor: { type: 'api_key' | 'anonymous'; id: string },
  meta: Meta,
  data: Record<string, unknown> = {},
) {
  return audit(deps, tx, {
    accountId: link.accountId,
    type,
    actorType: actor.type,
    actorId: actor.id,
    gstin: link.gstin,
    requestId: meta.requestId,
    ip: meta.ip,
    data: { onboarding_link: link.id, ...data },
  });
}

/**
 * Creates a link for `input.gstin` (registered under the account or not) and revokes the GSTIN's older pending
 * links, in one transaction. The token (32 random bytes) is returned once, in `url`; only its keyed hash is kept.
 */
export async function createOnboardingLink(
  deps: Deps,
  who: AdminPrincipal,
  input: RequestBody<'createOnboardingLink'>,
  meta: Meta,
  baseUrl: string,
): Promise<{ link: OnboardingLinkRecord; url: string }> {
  checkGstin(input.gstin);
  // A registered GSTIN keeps its tenant (another tenant's GSTIN answers as an absent one would: 404); a new one
  // joins the tenant the caller acts on, once the business connects it.
  const registered = await deps.storage.gstins.get(who.accountId, input.gstin);
  if (registered && !seesTenant(who, registered.tenantId))
    throw problems.notFound(`GSTIN ${input.gstin} is not registered under this account.`);
  const now = deps.clock.now();
  const token = randomBytes(32).toString('base64url');
  const link: OnboardingLinkRecord = {
    id: newId('onb', now),
    accountId: who.accountId,
    tenantId: registered ? registered.tenantId : who.tenantId,
    environment: who.environment,
    gstin: input.gstin,
    description: input.description ?? null,
    tokenHash: deps.hasher.hash(token),
    createdByKeyId: who.keyId,
    status: 'pending',
    failedAttempts: 0,
    failureCode: null,
    failureMessage: null,
    expiresAt: new Date(now.getTime() + (input.expires_in_seconds ?? ONBOARDING_DEFAULT_EXPIRY_SECONDS) * 1000),
    connectedAt: null,
    revokedAt: null,
    createdAt: now,
    updatedAt: now,
  };
  const actor = { type: 'api_key' as const, id: who.keyId };
  await deps.storage.transaction(async (tx) => {
    for (const older of await tx.onboardingLinks.pendingFor(who.accountId, input.gstin)) {
      if (await tx.onboardingLinks.revoke(older.id, now))
        await auditLink(deps, tx, older, 'onboarding_link.revoked', actor, meta, {
          reason: 'replaced',
          replaced_by: link.id,
        });
    }
    await tx.onboardingLinks.insert(link);
    await auditLink(deps, tx, link, 'onboarding_link.created', actor, meta, {
      expires_at: link.expiresAt.toISOString(),
    });
  });
  return { link, url: `${baseUrl.replace(/\/+$/, '')}${ONBOARDING_PATH}/${token}` };
}

export async function getOnboardingLink(deps: Deps, who: AdminPrincipal, id: string): Promise<OnboardingLinkRecord> {
  const link = await deps.storage.onboardingLinks.get(who.accountId, id);
  if (!link || !seesTenant(who, link.tenantId)) throw problems.notFound(`No onboarding link ${id} in this account.`);
  return link;
}

export function listOnboardingLinks(
  deps: Deps,
  who: AdminPrincipal,
  page: PageQuery,
): Promise<Page<OnboardingLinkRecord>> {
  return deps.storage.onboardingLinks.list(who.accountId, { ...page, ...tenantFilter(who) });
}

/** Revokes a pending link (again: the same answer); a connected, failed or expired link is 409. */
export async function revokeOnboardingLink(
  deps: Deps,
  who: AdminPrincipal,
  id: string,
  meta: Meta,
): Promise<OnboardingLinkRecord> {
  const link = await getOnboardingLink(deps, who, id);
  const now = deps.clock.now();
  if (link.status === 'revoked') return link;
  const state = stateOf(link, now);
  if (state !== 'pending') throw notPending(link, state);
  await deps.storage.transaction(async (tx) => {
    if (!(await tx.onboardingLinks.revoke(link.id, now))) throw notPending(link, 'no longer pending');
    await auditLink(deps, tx, link, 'onboarding_link.revoked', { type: 'api_key', id: who.keyId }, meta, {
      reason: 'requested',
    });
  });
  return getOnboardingLink(deps, who, id);
}

function notPending(link: OnboardingLinkRecord, state: string) {
  return problems.conflict(
    'onboarding-link-not-pending',
    'The onboarding link is not pending',
    `Onboarding link ${link.id} is ${state}: only a pending link can be revoked. Create a new link to onboard ${link.gstin} again.`,
  );
}

/** What the hosted page may show about a usable link; undefined for any other token (no oracle). */
export interface OpenLink {
  link: OnboardingLinkRecord;
  accountName: string;
  attemptsLeft: number;
}

/** The link behind a token if it can still be used: known, pending, not expired. */
export async function openOnboardingLink(deps: Deps, token: string): Promise<OpenLink | undefined> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return undefined;
  const link = await deps.storage.onboardingLinks.byTokenHash(deps.hasher.hash(token));
  if (!link || stateOf(link, deps.clock.now()) !== 'pending') return undefined;
  const account = await deps.storage.accounts.get(link.accountId);
  if (!account) return undefined;
  return { link, accountName: account.name, attemptsLeft: ONBOARDING_MAX_ATTEMPTS - link.failedAttempts };
}

export type OnboardingOutcome =
  | { kind: 'connected'; link: OnboardingLinkRecord; accountName: string }
  /** The IRP refused the pair: NIC's code, message and hint; the link stays pending unless attempts ran out. */
  | { kind: 'refused'; open: OpenLink; failure: GstnErrorItem; state: OnboardingLinkState }
  /** Unknown, spent, revoked, expired or failed: the page answers all of them alike. */
  | { kind: 'unusable' };

class LinkSpent extends Error {}

/**
 * The business submits its IRP user through the hosted page. A registered GSTIN gets it as updateGstin would
 * set it, a new one is registered as registerGstin would; either way the link turns connected in the same
 * transaction (so a link is spent exactly once). A refusal by the IRP is counted on the link. An IRP outage
 * (503) is thrown unchanged and not counted: the business did nothing wrong.
 */
export async function submitOnboarding(
  deps: Deps,
  token: string,
  input: { irp_username: string; irp_password: string },
  meta: Meta,
): Promise<OnboardingOutcome> {
  const open = await openOnboardingLink(deps, token);
  if (!open) return { kind: 'unusable' };
  const { link } = open;
  // Acting as the platform that made the link, on the link's tenant: a new GSTIN joins that tenant.
  const who: AdminPrincipal = {
    kind: 'api_key',
    accountId: link.accountId,
    environment: link.environment,
    keyId: link.createdByKeyId,
    tenantId: link.tenantId,
    boundTenantId: null,
    permissions: null,
  };
  const actor = { type: 'anonymous' as const, id: link.id };
  const via: Via = {
    actor,
    audit: { onboarding_link: link.id },
    inTx: async (tx) => {
      if (!(await tx.onboardingLinks.markConnected(link.id, deps.clock.now()))) throw new LinkSpent();
      await auditLink(deps, tx, link, 'onboarding_link.connected', actor, meta);
    },
  };
  try {
    if (await deps.storage.gstins.get(link.accountId, link.gstin))
      await updateGstin(deps, who, link.gstin, input, meta, via);
    else
      await registerGstin(deps, who, { gstin: link.gstin, ...input }, meta, via).catch((error: unknown) => {
        // Registered meanwhile (by the API, or by this link in another tab: then markConnected says spent).
        if (error instanceof ProblemError && error.problem.slug === 'gstin-exists')
          return updateGstin(deps, who, link.gstin, input, meta, via);
        throw error;
      });
  } catch (error) {
    if (error instanceof LinkSpent) return { kind: 'unusable' };
    const failure = refusal(error);
    if (!failure) throw error;
    const now = deps.clock.now();
    const after = await deps.storage.transaction(async (tx) => {
      const counted = await tx.onboardingLinks.recordFailure(link.id, failure, ONBOARDING_MAX_ATTEMPTS, now);
      if (counted)
        await auditLink(deps, tx, counted, 'onboarding_link.failed', actor, meta, {
          code: failure.code,
          failed_attempts: counted.failedAttempts,
          status: counted.status,
        });
      return counted;
    });
    if (!after) return { kind: 'unusable' };
    return {
      kind: 'refused',
      open: { ...open, link: after, attemptsLeft: ONBOARDING_MAX_ATTEMPTS - after.failedAttempts },
      failure,
      state: stateOf(after, now),
    };
  }
  const connected = await deps.storage.onboardingLinks.get(link.accountId, link.id);
  return { kind: 'connected', link: connected ?? link, accountName: open.accountName };
}

/** An answer about the pair itself (the IRP refused it, or it cannot fit NIC's login): the business's to fix. */
function refusal(error: unknown): GstnErrorItem | undefined {
  if (!(error instanceof ProblemError)) return undefined;
  const p = error.problem;
  if (p.code === 'irp_credentials_rejected') {
    const first = p.gstnErrors?.[0];
    return first ?? { code: 'irp_credentials_rejected', message: p.detail ?? p.title };
  }
  if (p.code === 'irp_login_too_long') return { code: 'irp_login_too_long', message: p.detail ?? p.title };
  return undefined;
}
