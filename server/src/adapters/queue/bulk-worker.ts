// The bulk jobs' runner: a job runs in the process that accepted it (`runHeld`: the request created it with its
// lease held), and the polling loop claims jobs whose lease lapsed (the process died) or that were left with
// pending records by a fault, so a restart finishes them without the client resubmitting anything. The lease is
// short and renewed by the same heartbeat as the outage queue's, for as long as the job runs.
import type { Deps } from '../../app/deps.js';
import type { UpstreamCall } from '../../app/ports/gsp.js';
import type { BulkJobRecord } from '../../app/ports/records.js';
import { runBulkJob } from '../../app/usecases/documents/bulk.js';
import { type LeaseRenewal, workLeased } from './heartbeat.js';
import { type PollingWorker, pollingWorker } from './polling.js';

export interface BulkWorkerOptions {
  pollMs: number;
  leaseMs: number;
  /** A job left with pending records by a fault is tried again this much later. */
  retryMs: number;
  onError?: (error: unknown) => void;
  /** A job this worker claimed to resume (its runner died, or a fault left records pending). */
  onResumed?: (job: BulkJobRecord) => void;
  /** A run ended with every record settled (the job completed, by this run or just before it). */
  onCompleted?: (job: BulkJobRecord) => void;
}

export interface BulkWorker extends PollingWorker<number> {
  /** Runs a job whose lease the caller already holds (just created); resolves when this run ends. */
  runHeld(job: BulkJobRecord, trace?: UpstreamCall['trace']): Promise<void>;
}

export function createBulkWorker(deps: Deps, options: BulkWorkerOptions): BulkWorker {
  const repo = deps.storage.bulkJobs;
  const lease: LeaseRenewal = {
    leaseMs: options.leaseMs,
    renew: (ids, until) => repo.renewLease(ids, until),
    now: () => deps.clock.now(),
    ...(options.onError ? { onError: options.onError } : {}),
  };
  const retryLater = (job: BulkJobRecord, reason: string) =>
    repo.retryLater(job.id, new Date(deps.clock.now().getTime() + options.retryMs), reason);

  async function work(job: BulkJobRecord, trace?: UpstreamCall['trace']): Promise<void> {
    try {
      const result = await runBulkJob(deps, job, {
        concurrency: deps.settings.bulkConcurrency,
        ...(trace ? { trace } : {}),
        ...(options.onError ? { onError: options.onError } : {}),
      });
      if (result === 'incomplete') await retryLater(job, 'records left pending by a fault');
      else options.onCompleted?.(job);
    } catch (error) {
      options.onError?.(error);
      // If this fails too (database away), the lease lapses and the next claim resumes the job.
      await retryLater(job, error instanceof Error ? error.message : String(error)).catch((e: unknown) =>
        options.onError?.(e),
      );
    }
  }

  async function runOnce(): Promise<number> {
    // One job per pass: its records already run concurrently; other processes take other jobs.
    const claimed = await repo.claimDue(1, deps.clock.now(), options.leaseMs);
    for (const job of claimed) options.onResumed?.(job);
    await workLeased(
      claimed,
      (j) => j.id,
      lease,
      (j) => work(j),
    );
    return claimed.length;
  }

  return {
    ...pollingWorker(runOnce, options),
    runHeld: (job, trace) =>
      workLeased(
        [job],
        (j) => j.id,
        lease,
        (j) => work(j, trace),
      ),
  };
}
