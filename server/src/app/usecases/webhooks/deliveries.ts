// Delivery log and replay (account API key).
import type { Deps } from '../../deps.js';
import type { WebhookDeliveryWithAttempts } from '../../ports/records.js';
import type { DeliveryQuery, Page } from '../../ports/storage.js';
import { type AdminPrincipal, tenantFilter } from '../../principal.js';
import { problems } from '../../problems.js';

export function listDeliveries(
  deps: Deps,
  who: AdminPrincipal,
  query: DeliveryQuery,
): Promise<Page<WebhookDeliveryWithAttempts>> {
  return deps.storage.webhookDeliveries.list(who.accountId, { ...query, ...tenantFilter(who) });
}

/**
 * Back to pending, due now, with a fresh retry schedule: the sender delivers it again with the SAME
 * webhook-id (receivers de-duplicate on it) and a fresh timestamp and signature.
 */
export async function replayDelivery(
  deps: Deps,
  who: AdminPrincipal,
  id: string,
): Promise<WebhookDeliveryWithAttempts> {
  const found = await deps.storage.webhookDeliveries.get(who.accountId, id);
  if (!found) throw problems.notFound(`No webhook delivery ${id}.`);
  const endpoint = await deps.storage.webhookEndpoints.get(who.accountId, found.delivery.endpointId);
  // A delivery to another tenant's endpoint (deleted or not) answers as an absent one.
  if (who.tenantId !== null && endpoint?.tenantId !== who.tenantId)
    throw problems.notFound(`No webhook delivery ${id}.`);
  if (!endpoint) {
    throw problems.conflict(
      'webhook-endpoint-deleted',
      'The endpoint was deleted',
      `Delivery ${id} belongs to endpoint ${found.delivery.endpointId}, which was deleted; there is nowhere to replay it to.`,
    );
  }
  const delivery = await deps.storage.webhookDeliveries.replay(who.accountId, id, deps.clock.now());
  if (!delivery) throw problems.notFound(`No webhook delivery ${id}.`);
  return { delivery, attempts: found.attempts };
}
