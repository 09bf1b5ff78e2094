// GSTINs registered under an account, with the IRP API user's credentials (password sealed at rest).
// The IRP user is checked against the IRP before it is stored (registration and update), so a wrong
// password is refused at once with NIC's code rather than failing the first document later.
import { isValidGstin } from '@einvoice/gst';
import { NIC_LOGIN_BLOCK_BYTES, nicLoginBytes, nicLoginFits } from '@einvoice/nic';
import type { Deps } from '../deps.js';
import type { GspRoute } from '../ports/gsp.js';
import type { AuditEventRecord, GstinRecord, RouteCredentialRecord } from '../ports/records.js';
import type { Page, PageQuery, Repositories } from '../ports/storage.js';
import { type AdminPrincipal, seesTenant, tenantFilter } from '../principal.js';
import { problems } from '../problems.js';
import type { RequestBody } from '../request-bodies.js';
import { audit } from './audit.js';
import { revokeCredentialInTx } from './credential-changes.js';
import { withHints } from './documents/local-rules.js';

interface Meta {
  requestId: string;
  ip: string | null;
}

/**
 * What a caller other than the API (hosted onboarding, usecases/onboarding.ts) adds to a registration or an
 * update: work that must commit or roll back with the stored IRP user, and who acted, for the audit trail.
 */
export interface Via {
  /** Runs inside the transaction that stores the IRP user; throwing rolls the whole change back. */
  inTx: (tx: Repositories) => Promise<void>;
  actor: { type: AuditEventRecord['actorType']; id: string };
  /** Added to the gstin.registered / gstin.updated audit event's data. */
  audit: Record<string, unknown>;
}

/** A GSTIN with a wrong format or check character: 422 invalid_gstin at `pointer`, before anything else. */
export function checkGstin(gstin: string, pointer = '/gstin'): void {
  if (!isValidGstin(gstin)) {
    throw problems.unprocessable(
      'invalid-gstin',
      'The GSTIN is not valid',
      `${gstin} fails the GSTIN format or its check character.`,
      [{ pointer, detail: 'format or check character is wrong', code: 'gstin_checksum' }],
    );
  }
}

/** How long registration waits for the IRP to answer the credential check (failover included). */
const VERIFY_BUDGET_MS = 15_000;

/** Asks the IRP (through the account's environment's GSP routes) whether this user and password work. */
async function verifyIrpUser(
  deps: Deps,
  who: AdminPrincipal,
  gstin: string,
  username: string,
  password: string,
  route: GspRoute = deps.gsp.route(who.environment),
): Promise<void> {
  if (!nicLoginFits(username, password)) throw loginTooLong(username, password);
  const outcome = await route.verifyCredentials({
    gstin,
    username,
    password,
    deadline: deps.clock.now().getTime() + VERIFY_BUDGET_MS,
  });
  if (outcome.kind === 'ok') return;
  if (outcome.kind === 'rejected' || outcome.kind === 'duplicate') {
    const first = outcome.errors[0];
    throw problems.irpCredentialsRejected(
      `The IRP refused irp_username ${username} for ${gstin}${first ? ` (${first.code} ${first.message})` : ''}; nothing was stored.`,
      withHints(outcome.errors),
    );
  }
  if (outcome.kind === 'unavailable' && outcome.credentials) {
    // The first route that could answer refused the login (the ones before it were down): still a refusal.
    throw problems.irpCredentialsRejected(
      `The IRP refused irp_username ${username} for ${gstin} (${outcome.detail}); nothing was stored.`,
      withHints(outcome.code ? [{ code: outcome.code, message: '' }] : []),
    );
  }
  throw problems.upstreamUnavailable(
    `The IRP could not be asked whether this user and password are valid (${outcome.detail}); nothing was stored. Retry shortly.`,
    {
      system: 'IRP',
      partner: null,
      code: outcome.kind === 'unavailable' ? (outcome.code ?? null) : null,
      message: outcome.detail,
      retryable: true,
    },
    5,
  );
}

/** A pair NIC's login cannot carry (see @einvoice/nic login-block.ts): bad input, refused before any call. */
function loginTooLong(username: string, password: string) {
  const over = nicLoginBytes(username, password) - NIC_LOGIN_BLOCK_BYTES;
  const detail = "with the other, too long for NIC's login block";
  return problems.unprocessable(
    'irp-login-too-long',
    'The IRP user name and password are too long together',
    `NIC's login sends the user name and password in one RSA block of ${NIC_LOGIN_BLOCK_BYTES} bytes; these need ${over} bytes more, so no IRP could accept them. NIC API user names and passwords are short: check what was pasted. Nothing was stored.`,
    [
      { pointer: '/irp_username', detail, code: 'too_long' },
      { pointer: '/irp_password', detail, code: 'too_long' },
    ],
  );
}

function auditGstin(
  deps: Deps,
  tx: Repositories,
  who: AdminPrincipal,
  type: 'gstin.registered' | 'gstin.updated' | 'gstin.deleted',
  gstin: string,
  meta: Meta,
  data?: Record<string, unknown>,
  via?: Via,
) {
  return audit(deps, tx, {
    accountId: who.accountId,
    type,
    actorType: via?.actor.type ?? 'api_key',
    actorId: via?.actor.id ?? who.keyId,
    gstin,
    requestId: meta.requestId,
    ip: meta.ip,
    data: via ? { ...data, ...via.audit } : data,
    tenantId: who.tenantId,
  });
}

export async function registerGstin(
  deps: Deps,
  who: AdminPrincipal,
  input: RequestBody<'registerGstin'>,
  meta: Meta,
  via?: Via,
): Promise<GstinRecord> {
  checkGstin(input.gstin);
  // An early 409 spares the IRP a pointless authentication; the insert below still decides races.
  if (await deps.storage.gstins.get(who.accountId, input.gstin)) throw alreadyRegistered(input.gstin);
  await verifyIrpUser(deps, who, input.gstin, input.irp_username, input.irp_password);
  const now = deps.clock.now();
  const record: GstinRecord = {
    accountId: who.accountId,
    gstin: input.gstin,
    environment: who.environment,
    description: input.description ?? null,
    irpUsername: input.irp_username,
    irpPasswordEnc: deps.box.seal(input.irp_password),
    largeTaxpayer: input.large_taxpayer ?? false,
    createdAt: now,
    updatedAt: now,
    tenantId: who.tenantId,
  };
  await deps.storage.transaction(async (tx) => {
    if (!(await tx.gstins.insert(record))) throw alreadyRegistered(input.gstin);
    await auditGstin(deps, tx, who, 'gstin.registered', input.gstin, meta, undefined, via);
    await via?.inTx(tx);
  });
  // A revived registration keeps its first created_at: read back what is stored.
  return (await deps.storage.gstins.get(who.accountId, input.gstin)) ?? record;
}

function alreadyRegistered(gstin: string) {
  return problems.conflict(
    'gstin-exists',
    'This GSTIN is already registered',
    `${gstin} is already registered under this account; change its IRP user with PATCH /v1/gstins/${gstin}.`,
  );
}

export async function updateGstin(
  deps: Deps,
  who: AdminPrincipal,
  gstin: string,
  input: RequestBody<'updateGstin'>,
  meta: Meta,
  via?: Via,
): Promise<GstinRecord> {
  const current = await getGstin(deps, who, gstin);
  const changesIrpUser = input.irp_username !== undefined || input.irp_password !== undefined;
  const username = input.irp_username ?? current.irpUsername;
  if (changesIrpUser) {
    // A new user name alone is checked with the stored password: the pair is what the IRP will see.
    await verifyIrpUser(deps, who, gstin, username, input.irp_password ?? deps.box.open(current.irpPasswordEnc));
  }
  const updated: GstinRecord = {
    ...current,
    irpUsername: username,
    irpPasswordEnc: input.irp_password !== undefined ? deps.box.seal(input.irp_password) : current.irpPasswordEnc,
    description: input.description !== undefined ? input.description : current.description,
    largeTaxpayer: input.large_taxpayer ?? current.largeTaxpayer,
    updatedAt: deps.clock.now(),
  };
  await deps.storage.transaction(async (tx) => {
    if (!(await tx.gstins.update(updated))) throw notRegistered(gstin);
    // Names of what changed, never the values (the password must not reach the audit trail).
    await auditGstin(deps, tx, who, 'gstin.updated', gstin, meta, { changed: Object.keys(input).sort() }, via);
    await via?.inTx(tx);
  });
  return updated;
}

/** Revokes every credential of the GSTIN, erases its IRP password and hides it; documents stay archived. */
export async function deleteGstin(
  deps: Deps,
  who: AdminPrincipal,
  gstin: string,
  meta: Meta,
): Promise<{ gstin: string; revokedCredentials: number }> {
  await getGstin(deps, who, gstin);
  const now = deps.clock.now();
  let revokedCredentials = 0;
  await deps.storage.transaction(async (tx) => {
    if (!(await tx.gstins.markDeleted(who.accountId, gstin, now))) throw notRegistered(gstin);
    for (let startingAfter: string | undefined; ; ) {
      const page = await tx.credentials.list(who.accountId, gstin, {
        limit: 100,
        ...(startingAfter ? { startingAfter } : {}),
      });
      for (const credential of page.items) {
        if (credential.revokedAt) continue;
        await revokeCredentialInTx(deps, tx, who, credential, meta, { reason: 'gstin_deleted' });
        revokedCredentials++;
      }
      if (!page.hasMore) break;
      startingAfter = page.items[page.items.length - 1]!.clientId;
    }
    // The per-route API users go with it: their sealed passwords are erased, not kept for a revival.
    for (const r of await tx.routeCredentials.list(who.accountId, gstin))
      await tx.routeCredentials.remove(who.accountId, gstin, r.route);
    await auditGstin(deps, tx, who, 'gstin.deleted', gstin, meta, { revoked_credentials: revokedCredentials });
  });
  return { gstin, revokedCredentials };
}

function notRegistered(gstin: string) {
  return problems.notFound(`GSTIN ${gstin} is not registered under this account.`);
}

export async function getGstin(deps: Deps, who: AdminPrincipal, gstin: string): Promise<GstinRecord> {
  const record = await deps.storage.gstins.get(who.accountId, gstin);
  // Another tenant's GSTIN answers exactly as an unregistered one.
  if (!record || !seesTenant(who, record.tenantId)) throw notRegistered(gstin);
  return record;
}

export function listGstins(deps: Deps, who: AdminPrincipal, page: PageQuery): Promise<Page<GstinRecord>> {
  return deps.storage.gstins.list(who.accountId, { ...page, ...tenantFilter(who) });
}

/**
 * Sets the GSTIN's API users on one GSP route (NIC creates API users per GSP; the e-way bill system has its
 * own). The e-invoice user is checked on that route first, exactly as at registration; passwords are sealed.
 * A refusal recorded on the route (refused_reason) is cleared.
 */
export async function putRouteCredentials(
  deps: Deps,
  who: AdminPrincipal,
  gstin: string,
  routeName: string,
  input: RequestBody<'putGstinGspRoute'>,
  meta: Meta,
): Promise<RouteCredentialRecord> {
  await getGstin(deps, who, gstin);
  const route = deps.gsp.member(who.environment, routeName);
  if (!route) throw noSuchRoute(who, routeName);
  if ((input.ewb_username === undefined) !== (input.ewb_password === undefined)) {
    const missing = input.ewb_username === undefined ? 'ewb_username' : 'ewb_password';
    throw problems.unprocessable(
      'ewb-user-incomplete',
      'The e-way bill user needs both a user name and a password',
      `Send ewb_username and ewb_password together, or neither (the e-invoice user is then used).`,
      [{ pointer: `/${missing}`, detail: 'is required with the other e-way bill member', code: 'required' }],
    );
  }
  await verifyIrpUser(deps, who, gstin, input.irp_username, input.irp_password, route);
  const now = deps.clock.now();
  const existing = (await deps.storage.routeCredentials.list(who.accountId, gstin)).find((r) => r.route === routeName);
  const record: RouteCredentialRecord = {
    accountId: who.accountId,
    gstin,
    route: routeName,
    irpUsername: input.irp_username,
    irpPasswordEnc: deps.box.seal(input.irp_password),
    ewbUsername: input.ewb_username ?? null,
    ewbPasswordEnc: input.ewb_password === undefined ? null : deps.box.seal(input.ewb_password),
    refusedReason: null,
    refusedAt: null,
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
  };
  await deps.storage.transaction(async (tx) => {
    await tx.routeCredentials.upsert(record);
    await auditGstin(deps, tx, who, 'gstin.updated', gstin, meta, {
      gsp_route: routeName,
      changed: Object.keys(input).sort(),
    });
  });
  return record;
}

export async function listRouteCredentials(
  deps: Deps,
  who: AdminPrincipal,
  gstin: string,
): Promise<RouteCredentialRecord[]> {
  await getGstin(deps, who, gstin);
  return deps.storage.routeCredentials.list(who.accountId, gstin);
}

/** Removes a route's own API users: the route uses the GSTIN's registered user again. */
export async function deleteRouteCredentials(
  deps: Deps,
  who: AdminPrincipal,
  gstin: string,
  routeName: string,
  meta: Meta,
): Promise<void> {
  await getGstin(deps, who, gstin);
  await deps.storage.transaction(async (tx) => {
    if (!(await tx.routeCredentials.remove(who.accountId, gstin, routeName)))
      throw problems.notFound(`GSTIN ${gstin} has no API users of its own on GSP route ${routeName}.`);
    await auditGstin(deps, tx, who, 'gstin.updated', gstin, meta, { gsp_route: routeName, changed: ['removed'] });
  });
}

function noSuchRoute(who: AdminPrincipal, name: string) {
  return problems.notFound(
    `No GSP route named ${name} serves ${who.environment} on this server (GET /v1/status lists the routes).`,
  );
}
