// Webhook endpoints of an account (account API key). The signing secret is sealed at rest (deps.box) and shown
// only by create and rotate. URLs pass the SSRF guard on every create and URL change.
import { generateSecret } from '@einvoice/webhooks';
import type { Deps } from '../../deps.js';
import { checkWebhookUrl, UnsafeWebhookUrlError, type WebhookUrlPolicy } from '../../policy/webhook-urls/url-guard.js';
import type { WebhookEndpointRecord } from '../../ports/records.js';
import type { Page, PageQuery } from '../../ports/storage.js';
import { type AdminPrincipal, seesTenant, tenantFilter } from '../../principal.js';
import { problems } from '../../problems.js';
import type { RequestBody } from '../../request-bodies.js';
import { newId } from '../../security/ids.js';
import { audit } from '../audit.js';

export interface Meta {
  requestId: string;
  ip: string | null;
}

export const DEFAULT_GRACE_SECONDS = 86_400;

export interface EndpointWithSecret {
  endpoint: WebhookEndpointRecord;
  secret: string;
}

/** How long registration waits for DNS before leaving the verdict to the send-time check. */
const REGISTRATION_RESOLVE_TIMEOUT_MS = 2_000;

async function guardUrl(policy: WebhookUrlPolicy, url: string): Promise<void> {
  try {
    await checkWebhookUrl(policy, url, { acceptUnresolvable: true, resolveTimeoutMs: REGISTRATION_RESOLVE_TIMEOUT_MS });
  } catch (e) {
    if (!(e instanceof UnsafeWebhookUrlError)) throw e;
    throw problems.unprocessable('webhook-url-refused', 'The webhook URL is not allowed', e.message, [
      { pointer: '/url', detail: e.message, code: e.reason },
    ]);
  }
}

/** A GSTIN filter may name only GSTINs of the account (a typo would silently filter out every event). */
async function guardGstins(deps: Deps, who: AdminPrincipal, gstins: string[]): Promise<void> {
  for (const [i, gstin] of gstins.entries()) {
    const registered = await deps.storage.gstins.get(who.accountId, gstin);
    if (!registered || !seesTenant(who, registered.tenantId)) {
      throw problems.unprocessable(
        'unknown-gstin',
        'Unknown GSTIN in the filter',
        `GSTIN ${gstin} is not registered on this account.`,
        [{ pointer: `/gstins/${i}`, detail: 'is not registered on this account', code: 'unknown_gstin' }],
      );
    }
  }
}

export async function createEndpoint(
  deps: Deps,
  policy: WebhookUrlPolicy,
  who: AdminPrincipal,
  input: RequestBody<'createWebhookEndpoint'>,
): Promise<EndpointWithSecret> {
  await guardUrl(policy, input.url);
  await guardGstins(deps, who, input.gstins ?? []);
  const now = deps.clock.now();
  const secret = generateSecret();
  const endpoint: WebhookEndpointRecord = {
    id: newId('we', now),
    accountId: who.accountId,
    url: input.url,
    description: input.description ?? null,
    events: [...new Set(input.events)],
    gstins: [...new Set(input.gstins ?? [])],
    enabled: input.enabled ?? true,
    secretEnc: deps.box.seal(secret),
    previousSecretEnc: null,
    previousSecretExpiresAt: null,
    failingSince: null,
    disabledReason: (input.enabled ?? true) ? null : 'manual',
    disabledAt: (input.enabled ?? true) ? null : now,
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
    // Created under a tenant: only that tenant's events. Without one: a platform-level endpoint (every event).
    tenantId: who.tenantId,
  };
  await deps.storage.webhookEndpoints.insert(endpoint);
  return { endpoint, secret };
}

export function listEndpoints(deps: Deps, who: AdminPrincipal, page: PageQuery): Promise<Page<WebhookEndpointRecord>> {
  return deps.storage.webhookEndpoints.list(who.accountId, { ...page, ...tenantFilter(who) });
}

/** Another account's endpoint is indistinguishable from a missing one (404, never 403: no existence oracle). */
export async function getEndpoint(deps: Deps, who: AdminPrincipal, id: string): Promise<WebhookEndpointRecord> {
  const endpoint = await deps.storage.webhookEndpoints.get(who.accountId, id);
  if (!endpoint || !seesTenant(who, endpoint.tenantId)) throw problems.notFound(`No webhook endpoint ${id}.`);
  return endpoint;
}

export async function updateEndpoint(
  deps: Deps,
  policy: WebhookUrlPolicy,
  who: AdminPrincipal,
  id: string,
  patch: RequestBody<'updateWebhookEndpoint'>,
): Promise<WebhookEndpointRecord> {
  const current = await getEndpoint(deps, who, id);
  if (patch.url !== undefined) await guardUrl(policy, patch.url);
  if (patch.gstins !== undefined) await guardGstins(deps, who, patch.gstins);
  const now = deps.clock.now();
  const updated: WebhookEndpointRecord = {
    ...current,
    ...enabledChange(current, patch.enabled, now),
    ...(patch.url !== undefined ? { url: patch.url } : {}),
    ...(patch.description !== undefined ? { description: patch.description } : {}),
    ...(patch.events !== undefined ? { events: [...new Set(patch.events)] } : {}),
    ...(patch.gstins !== undefined ? { gstins: [...new Set(patch.gstins)] } : {}),
    updatedAt: now,
  };
  await deps.storage.webhookEndpoints.update(updated);
  return updated;
}

/**
 * `enabled: true` on a disabled endpoint (manually or automatically for failing) re-enables it with a clean
 * health record: the failure clock starts again from its next failure. `enabled: false` disables it (`manual`).
 * Repeating the current state changes nothing (a PATCH of enabled: false does not turn `failing` into `manual`).
 */
function enabledChange(
  current: WebhookEndpointRecord,
  enabled: boolean | undefined,
  now: Date,
): Partial<WebhookEndpointRecord> {
  if (enabled === undefined || enabled === current.enabled) return {};
  return enabled
    ? { enabled: true, failingSince: null, disabledReason: null, disabledAt: null }
    : { enabled: false, disabledReason: 'manual', disabledAt: now };
}

/** Soft delete; its pending deliveries stop in the same transaction (their log stays listable). */
export async function deleteEndpoint(deps: Deps, who: AdminPrincipal, id: string): Promise<void> {
  const current = await getEndpoint(deps, who, id);
  const now = deps.clock.now();
  await deps.storage.transaction(async (tx) => {
    await tx.webhookEndpoints.update({ ...current, enabled: false, deletedAt: now, updatedAt: now });
    await tx.webhookDeliveries.abandonPending(who.accountId, id, now);
  });
}

/**
 * New secret; the old one keeps signing (a second signature on every delivery) until the grace period ends,
 * so receivers can switch without rejecting anything. Grace 0 drops the old secret at once. A rotation during
 * a grace period drops the older previous secret: at most two secrets sign at any time.
 */
export async function rotateSecret(
  deps: Deps,
  who: AdminPrincipal,
  id: string,
  graceSeconds: number | undefined,
  meta: Meta,
): Promise<EndpointWithSecret> {
  const current = await getEndpoint(deps, who, id);
  const now = deps.clock.now();
  const grace = graceSeconds ?? DEFAULT_GRACE_SECONDS;
  const secret = generateSecret();
  const rotated: WebhookEndpointRecord = {
    ...current,
    secretEnc: deps.box.seal(secret),
    previousSecretEnc: grace > 0 ? current.secretEnc : null,
    previousSecretExpiresAt: grace > 0 ? new Date(now.getTime() + grace * 1000) : null,
    updatedAt: now,
  };
  await deps.storage.transaction(async (tx) => {
    await tx.webhookEndpoints.update(rotated);
    await audit(deps, tx, {
      accountId: who.accountId,
      type: 'webhook_endpoint.secret_rotated',
      actorType: 'api_key',
      actorId: who.keyId,
      tenantId: current.tenantId,
      requestId: meta.requestId,
      ip: meta.ip,
      data: {
        endpoint_id: id,
        grace_period_seconds: grace,
        previous_secret_expires_at: rotated.previousSecretExpiresAt?.toISOString() ?? null,
      },
    });
  });
  return { endpoint: rotated, secret };
}

/** The secrets that sign a delivery at `now`: the current one, plus the previous one during its grace period. */
export function signingSecrets(deps: Pick<Deps, 'box'>, endpoint: WebhookEndpointRecord, now: Date): string[] {
  const secrets = [deps.box.open(endpoint.secretEnc)];
  if (endpoint.previousSecretEnc && endpoint.previousSecretExpiresAt && endpoint.previousSecretExpiresAt > now) {
    secrets.push(deps.box.open(endpoint.previousSecretEnc));
  }
  return secrets;
}
