// State changes become outbox rows in the same transaction as the change (transactional outbox);
// the webhook dispatcher delivers them later, at least once. The payload is the Standard Webhooks
// body ({type, timestamp, data}) with `data` a snapshot of the public shape.
import type { Deps } from '../deps.js';
import type { Repositories } from '../ports/storage.js';
import { newId } from '../security/ids.js';

export type EventType =
  | 'irn.generated'
  | 'irn.failed'
  | 'irn.cancelled'
  | 'note.generated'
  | 'ewb.generated'
  | 'ewb.vehicle_updated'
  | 'ewb.extended'
  | 'ewb.cancelled'
  | 'bulk.completed'
  | 'webhook_endpoint.disabled';

/**
 * Returns the event's id (`msg_...`, the webhook-id), so an answer that presents the event's data can name it.
 * `tenant` (issue #24) is the tenant the event belongs to: given, or its GSTIN's (null: the account itself). A
 * tenant's endpoints receive only its events; platform-level endpoints receive all (webhooks/dispatch.ts).
 */
export async function emit(
  deps: Pick<Deps, 'clock'>,
  tx: Pick<Repositories, 'outbox' | 'gstins'>,
  event: { accountId: string; gstin: string | null; type: EventType; data: unknown; tenantId?: string | null },
): Promise<string> {
  const now = deps.clock.now();
  const tenant =
    event.tenantId !== undefined
      ? event.tenantId
      : event.gstin
        ? await tx.gstins.tenantOf(event.accountId, event.gstin)
        : null;
  const id = newId('msg', now);
  await tx.outbox.append({
    id,
    accountId: event.accountId,
    gstin: event.gstin,
    type: event.type,
    payload: { type: event.type, timestamp: now.toISOString(), tenant, data: event.data },
    createdAt: now,
    dispatchedAt: null,
  });
  return id;
}
