// The reconciler's port: hand it a document whose outcome is unknown. See resolve.ts for what it does.
//   enqueueReconcile(deps, kind, document, reason)
// Used by the use cases (a lost answer, an unresolved 2150, a cancellation that timed out) and by the worker's
// sweep of stale `pending` documents; later callers (a production GSP's error mapping) use the same call.
import type { Deps } from '../../deps.js';
import type { DocumentRecord, ReconcileKind } from '../../ports/records.js';
import { newId } from '../../security/ids.js';

export interface ReconcilePolicy {
  /** First attempt this long after the task is opened (lets an in-flight request finish on its own). */
  firstDelayMs: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** Per attempt: how long the router may try. */
  attemptBudgetMs: number;
}

export const DEFAULT_RECONCILE_POLICY: ReconcilePolicy = {
  firstDelayMs: 1_000,
  baseDelayMs: 2_000,
  maxDelayMs: 10 * 60_000,
  attemptBudgetMs: 10_000,
};

/**
 * Hands a document (for e-way bill changes, the e-way bill) whose outcome is unknown to the reconciler. Returns the
 * task's id; null when one of this kind is already open for it (a second call is a no-op).
 */
export async function enqueueReconcile(
  deps: Pick<Deps, 'storage' | 'clock'>,
  kind: ReconcileKind,
  doc: Pick<DocumentRecord, 'id' | 'accountId' | 'gstin'>,
  reason: string,
  options: { detail?: Record<string, unknown>; delayMs?: number } = {},
): Promise<string | null> {
  const now = deps.clock.now();
  const id = newId('rec', now);
  const opened = await deps.storage.reconcile.enqueue({
    id,
    kind,
    accountId: doc.accountId,
    gstin: doc.gstin,
    documentId: doc.id,
    reason,
    detail: options.detail ?? null,
    state: 'open',
    attempts: 0,
    nextAttemptAt: new Date(now.getTime() + (options.delayMs ?? DEFAULT_RECONCILE_POLICY.firstDelayMs)),
    leaseUntil: null,
    outcome: null,
    lastError: null,
    createdAt: now,
    resolvedAt: null,
  });
  return opened ? id : null;
}

/**
 * Sweep: `pending` documents untouched for `staleAfterMs` belong to a request that never finished (a crash,
 * a lost answer). Returns how many tasks it opened.
 */
export async function sweepStalePending(
  deps: Pick<Deps, 'storage' | 'clock'>,
  staleAfterMs: number,
  limit = 100,
): Promise<number> {
  const stale = await deps.storage.documents.listStalePending(
    new Date(deps.clock.now().getTime() - staleAfterMs),
    limit,
  );
  let opened = 0;
  for (const doc of stale) if (await enqueueReconcile(deps, 'generate', doc, 'stale_pending', { delayMs: 0 })) opened++;
  return opened;
}
