// The dispatcher's decisions, without I/O: which endpoints get an event, the exact body, the retry schedule.
// adapters/webhooks/dispatcher.ts runs the loops and the HTTP; everything it decides comes from here.
import type { Deps } from '../../deps.js';
import type { OutboxEventRecord, WebhookDeliveryRecord, WebhookEndpointRecord } from '../../ports/records.js';
import type { AttemptOutcome, Repositories } from '../../ports/storage.js';
import { presentWebhookEndpoint } from '../../presenters.js';
import { newId } from '../../security/ids.js';
import { audit } from '../audit.js';
import { emit } from '../events.js';

/** After each failure: immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (Svix's schedule; 8 attempts). */
export const DEFAULT_RETRY_SCHEDULE_MS = [0, 5_000, 300_000, 1_800_000, 7_200_000, 18_000_000, 36_000_000, 36_000_000];
/** Default per-attempt deadline (connect, send and answer together). */
export const DEFAULT_ATTEMPT_TIMEOUT_MS = 10_000;
/** Default: an endpoint with no successful attempt for 5 days is disabled (Svix's period). */
export const DEFAULT_DISABLE_AFTER_MS = 5 * 24 * 3_600_000;
/** Each delay is spread by +/-20 % so endpoints that failed together do not retry in lockstep. */
export const JITTER = 0.2;
/** Larger events are not sent at all: recorded as dead with a payload_too_large attempt. */
export const PAYLOAD_LIMIT_BYTES = 256 * 1024;

export function endpointWants(
  endpoint: WebhookEndpointRecord,
  event: Pick<OutboxEventRecord, 'type' | 'gstin'> & Partial<Pick<OutboxEventRecord, 'payload'>>,
): boolean {
  if (!endpoint.enabled || endpoint.deletedAt) return false;
  // A tenant's endpoint gets only that tenant's events; a platform-level one (tenantId null) gets every event.
  if (endpoint.tenantId && eventTenant(event) !== endpoint.tenantId) return false;
  if (!endpoint.events.includes('*') && !endpoint.events.includes(event.type)) return false;
  // An empty GSTIN filter means all GSTINs; account-level events (gstin null) pass any filter.
  return endpoint.gstins.length === 0 || event.gstin === null || endpoint.gstins.includes(event.gstin);
}

/** The tenant an outbox event belongs to (usecases/events.ts writes it in the payload); null: the account's. */
export function eventTenant(event: Partial<Pick<OutboxEventRecord, 'payload'>>): string | null {
  const p = event.payload as { tenant?: unknown } | null | undefined;
  return p && typeof p === 'object' && typeof p.tenant === 'string' ? p.tenant : null;
}

/**
 * The body sent on every attempt. Rebuilt in the documented key order ({type, timestamp, tenant, data}) because
 * PostgreSQL's jsonb does not keep key order; fixed once here so every attempt and replay sends the same bytes.
 */
export function eventBody(event: OutboxEventRecord): string {
  const p = event.payload as { type?: unknown; timestamp?: unknown; data?: unknown } | null;
  if (p && typeof p === 'object' && 'type' in p && 'data' in p)
    return JSON.stringify({ type: p.type, timestamp: p.timestamp, tenant: eventTenant(event), data: p.data });
  return JSON.stringify(p);
}

/**
 * Claimed outbox rows -> one delivery per matching endpoint, and the rows marked dispatched, in one transaction for
 * the batch: each account's endpoints are read once, the documents' signed JWTs only for events some endpoint
 * wants, and a batch nobody subscribed to costs one UPDATE. When the batch's transaction fails, each event is
 * tried in a transaction of its own, so one bad row cannot hold back the others (its lease lapses and a later
 * pass retries it). Returns the deliveries created.
 */
export async function fanOut(
  deps: Pick<Deps, 'storage' | 'clock'>,
  events: OutboxEventRecord[],
  limitBytes = PAYLOAD_LIMIT_BYTES,
  onError: (error: unknown) => void = () => {},
): Promise<number> {
  if (events.length === 0) return 0;
  const endpointsOf = new Map<string, WebhookEndpointRecord[]>();
  for (const accountId of new Set(events.map((e) => e.accountId)))
    endpointsOf.set(accountId, await allEndpoints(deps.storage, accountId));
  const wanted = events.filter((e) => endpointsOf.get(e.accountId)!.some((endpoint) => endpointWants(endpoint, e)));
  const full = new Map((await deps.storage.outbox.withSignedPayload(wanted)).map((e) => [e.id, e]));
  const fanOutIn = async (tx: Repositories, batch: OutboxEventRecord[]) => {
    const now = deps.clock.now();
    let created = 0;
    for (const stored of batch) {
      const event = full.get(stored.id);
      if (event) created += await deliveriesFor(tx, event, endpointsOf.get(event.accountId)!, limitBytes, now);
    }
    await tx.outbox.markDispatched(
      batch.map((e) => e.id),
      now,
    );
    return created;
  };
  try {
    return await deps.storage.transaction((tx) => fanOutIn(tx, events));
  } catch (batchError) {
    if (events.length === 1) throw batchError;
    let created = 0;
    for (const event of events) {
      try {
        created += await deps.storage.transaction((tx) => fanOutIn(tx, [event]));
      } catch (e) {
        onError(e);
      }
    }
    return created;
  }
}

/** One event's deliveries; none again for an endpoint that already has one (a fan-out repeated after a crash). */
async function deliveriesFor(
  tx: Repositories,
  event: OutboxEventRecord,
  endpoints: WebhookEndpointRecord[],
  limitBytes: number,
  now: Date,
): Promise<number> {
  const body = eventBody(event);
  const size = Buffer.byteLength(body, 'utf8');
  const tooLarge = size > limitBytes;
  let created = 0;
  for (const endpoint of endpoints.filter((e) => endpointWants(e, event))) {
    const delivery: WebhookDeliveryRecord = {
      id: newId('wd', now),
      accountId: event.accountId,
      endpointId: endpoint.id,
      eventId: event.id,
      eventType: event.type,
      gstin: event.gstin,
      body: tooLarge ? '' : body,
      status: 'pending',
      attemptCount: 0,
      scheduleStart: 0,
      nextAttemptAt: tooLarge ? null : now,
      createdAt: now,
      updatedAt: now,
    };
    if (!(await tx.webhookDeliveries.insert(delivery))) continue; // already fanned out before a crash
    created++;
    if (tooLarge) await recordTooLarge(tx, delivery, size, limitBytes, now);
  }
  return created;
}

async function recordTooLarge(
  tx: Repositories,
  delivery: WebhookDeliveryRecord,
  size: number,
  limit: number,
  now: Date,
): Promise<void> {
  await tx.webhookDeliveries.recordAttempt(
    {
      id: newId('wda', now),
      deliveryId: delivery.id,
      attemptedAt: now,
      statusCode: null,
      latencyMs: 0,
      responseExcerpt: null,
      error: `payload_too_large: the event body is ${size} bytes; the limit is ${limit}`,
    },
    { status: 'dead', nextAttemptAt: null },
  );
}

async function allEndpoints(storage: Deps['storage'], accountId: string): Promise<WebhookEndpointRecord[]> {
  const all: WebhookEndpointRecord[] = [];
  let startingAfter: string | undefined;
  for (;;) {
    const page = await storage.webhookEndpoints.list(accountId, {
      limit: 1000,
      ...(startingAfter ? { startingAfter } : {}),
    });
    all.push(...page.items);
    if (!page.hasMore) return all;
    startingAfter = page.items[page.items.length - 1]!.id;
  }
}

/** What a failed attempt leads to: the next slot of the schedule (jittered), or dead after the last one. */
export function afterFailure(
  delivery: WebhookDeliveryRecord,
  schedule: readonly number[],
  now: Date,
  random: () => number = Math.random,
): AttemptOutcome {
  const made = delivery.attemptCount + 1 - delivery.scheduleStart; // attempts in this cycle, this one included
  const delay = schedule[made];
  if (delay === undefined) return { status: 'dead', nextAttemptAt: null };
  const factor = 1 - JITTER + 2 * JITTER * random();
  return { status: 'pending', nextAttemptAt: new Date(now.getTime() + Math.round(delay * factor)) };
}

/**
 * Endpoint health after an attempt that reached (or tried to reach) the receiver. A success clears the failure
 * clock; a failure starts it, and once the endpoint has been failing for `disableAfterMs` without one success
 * it is disabled (`failing`), audited and announced with a `webhook_endpoint.disabled` event, all in one
 * transaction. The disable is a conditional update, so with several server processes exactly one announces it.
 * Returns the endpoint when this call disabled it. `disableAfterMs` 0 never disables.
 * `endpoint.failingSince` is what the caller read before the attempt: a healthy endpoint that succeeds, or one
 * already failing that fails again before its period is over, costs no write. Every write is conditional on
 * the row, so a stale read only delays the clock by one attempt; it never disables a healthy endpoint.
 */
export async function noteEndpointHealth(
  deps: Pick<Deps, 'storage' | 'clock'>,
  endpoint: Pick<WebhookEndpointRecord, 'accountId' | 'id' | 'failingSince'>,
  ok: boolean,
  disableAfterMs: number,
): Promise<WebhookEndpointRecord | undefined> {
  const now = deps.clock.now();
  if (ok || endpoint.failingSince === null) {
    if (ok === (endpoint.failingSince === null)) return undefined; // nothing changes
    await deps.storage.webhookEndpoints.recordHealth(endpoint.accountId, endpoint.id, ok, now);
    return undefined;
  }
  if (disableAfterMs <= 0 || now.getTime() - endpoint.failingSince.getTime() < disableAfterMs) return undefined;
  const threshold = new Date(now.getTime() - disableAfterMs);
  return deps.storage.transaction(async (tx) => {
    const disabled = await tx.webhookEndpoints.disableFailing(endpoint.accountId, endpoint.id, threshold, now);
    if (!disabled) return undefined;
    const facts = {
      endpoint_id: disabled.id,
      reason: 'failing',
      failing_since: disabled.failingSince?.toISOString() ?? null,
    };
    await audit(deps, tx, {
      accountId: disabled.accountId,
      tenantId: disabled.tenantId,
      type: 'webhook_endpoint.disabled',
      actorType: 'system',
      actorId: null,
      data: facts,
    });
    await emit(deps, tx, {
      accountId: disabled.accountId,
      tenantId: disabled.tenantId,
      gstin: null,
      type: 'webhook_endpoint.disabled',
      data: presentWebhookEndpoint(disabled),
    });
    return disabled;
  });
}
