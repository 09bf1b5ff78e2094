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

export async function emit(
  deps: Pick<Deps, 'clock'>,
  tx: Pick<Repositories, 'outbox'>,
  event: { accountId: string; gstin: string | null; type: EventType; data: unknown },
): Promise<void> {
  const now = deps.clock.now();
  await tx.outbox.append({
    id: newId('msg', now),
    accountId: event.accountId,
    gstin: event.gstin,
    type: event.type,
    payload: { type: event.type, timestamp: now.toISOString(), data: event.data },
    createdAt: now,
    dispatchedAt: null,
  });
}
