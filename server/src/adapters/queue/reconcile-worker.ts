// The reconciler's worker: sweeps stale `pending` documents into tasks, claims due tasks with a short lease
// renewed by a heartbeat (FOR UPDATE SKIP LOCKED on PostgreSQL, one writer on SQLite), resolves each with one
// attempt (app/usecases/reconcile/resolve.ts) and resolves or reschedules it. Several server processes can
// run it on one database; a crashed one's tasks come back within one lease.
import type { Deps } from '../../app/deps.js';
import type { ReconcileOutcome, ReconcileTaskRecord } from '../../app/ports/records.js';
import {
  DEFAULT_RECONCILE_POLICY,
  type ReconcilePolicy,
  sweepStalePending,
} from '../../app/usecases/reconcile/enqueue.js';
import { nextDelayMs, reconcileTask } from '../../app/usecases/reconcile/resolve.js';
import { workLeased } from './heartbeat.js';
import { type PollingWorker, pollingWorker } from './polling.js';

export interface ReconcileWorkerOptions {
  pollMs: number;
  batch: number;
  leaseMs: number;
  /** A `pending` document untouched this long is handed to the reconciler (its request died). */
  staleAfterMs: number;
  policy?: ReconcilePolicy;
  /** A task was resolved: its outcome and how long it was open (for metrics and the log). */
  onResolved?: (task: ReconcileTaskRecord, outcome: ReconcileOutcome, lagMs: number) => void;
  /** An attempt did not settle it; the next one is scheduled. */
  onRetry?: (task: ReconcileTaskRecord, reason: string, delayMs: number) => void;
  onError?: (error: unknown) => void;
}

/** `runOnce`: one pass, sweep, then claim and resolve what is due now. */
export type ReconcileWorker = PollingWorker<{ swept: number; outcomes: (ReconcileOutcome | 'retry')[] }>;

export function createReconcileWorker(deps: Deps, options: ReconcileWorkerOptions): ReconcileWorker {
  const policy = options.policy ?? DEFAULT_RECONCILE_POLICY;

  async function attempt(task: ReconcileTaskRecord): Promise<ReconcileOutcome | 'retry'> {
    let reason: string;
    try {
      const result = await reconcileTask(deps, task, policy);
      if ('outcome' in result) {
        const now = deps.clock.now();
        await deps.storage.reconcile.resolve(task.id, result.outcome, now);
        options.onResolved?.(task, result.outcome, now.getTime() - task.createdAt.getTime());
        return result.outcome;
      }
      reason = result.retry;
    } catch (error) {
      options.onError?.(error);
      reason = error instanceof Error ? error.message : String(error);
    }
    const delay = nextDelayMs(policy, task.attempts);
    await deps.storage.reconcile.retryLater(task.id, new Date(deps.clock.now().getTime() + delay), reason);
    options.onRetry?.(task, reason, delay);
    return 'retry';
  }

  async function runOnce() {
    const swept = await sweepStalePending(deps, options.staleAfterMs);
    const claimed = await deps.storage.reconcile.claimDue(options.batch, deps.clock.now(), options.leaseMs);
    const outcomes: (ReconcileOutcome | 'retry')[] = [];
    const lease = {
      leaseMs: options.leaseMs,
      renew: (ids: string[], until: Date) => deps.storage.reconcile.renewLease(ids, until),
      now: () => deps.clock.now(),
      ...(options.onError ? { onError: options.onError } : {}),
    };
    await workLeased(
      claimed,
      (t) => t.id,
      lease,
      async (task) => {
        outcomes.push(await attempt(task));
      },
    );
    return { swept, outcomes };
  }

  return pollingWorker(runOnce, options);
}
