// `Prefer: wait=N` bounds the whole answer: when N seconds pass while the IRP call is still in flight, the
// caller gets 202 with the document `queued`, and the attempt goes on without them. These two steps make that
// hand-over safe:
//   - park: the document becomes `queued`, due only after `leaseMs` (the in-flight attempt's own time), so a
//     retry of the request sees it queued (202, never a second submission) and, should this process die, the
//     outage worker takes it over (reconciling first) once the lease runs out;
//   - settle: when the detached attempt ends, the caller hears of it by webhook, and a retry under the 202'd
//     (deferred) Idempotency-Key replays it. Success and the queue path already do both (record() emits
//     irn.generated/note.generated and completes the key; an outage re-queues it for the worker); a final
//     refusal is announced here as irn.failed and stored under the key as 422 document_failed, as the worker
//     does; a failed attempt that left no IRN at the IRP goes back to the queue.
import type { Deps } from '../../deps.js';
import type { DocumentRecord } from '../../ports/records.js';
import { announceFailure } from './answers.js';
import { QUEUE_FIRST_RETRY_MS } from './generate.js';

/** False when the document is no longer pending (its attempt recorded an outcome first). */
export async function parkInFlight(deps: Deps, doc: DocumentRecord, leaseMs: number): Promise<boolean> {
  return deps.storage.documents.park(doc.id, new Date(deps.clock.now().getTime() + leaseMs));
}

/** After a detached attempt threw (a refusal, or a fault): make sure its outcome reaches the caller. */
export async function settleDetached(deps: Deps, doc: DocumentRecord): Promise<void> {
  const current = await deps.storage.documents.get(doc.accountId, doc.gstin, doc.id);
  if (current?.status !== 'failed') return; // queued: the worker owns it; generated: already announced
  if (current.gstnErrors.length === 0) {
    // Nothing final: the IRP holds no IRN for it (checked before it was marked failed). Submit it again later.
    await deps.storage.documents.enqueue(current, new Date(deps.clock.now().getTime() + QUEUE_FIRST_RETRY_MS));
    return;
  }
  await deps.storage.transaction((tx) => announceFailure(deps, tx, current));
}
