// The outage queue's worker: claims due documents with a lease (FOR UPDATE SKIP LOCKED on PostgreSQL,
// one writer on SQLite), processes each once, and loops. Several server processes can run it at once;
// a crashed worker's documents come back when their lease runs out. The lease is short and renewed by a
// heartbeat while the worker holds the documents, so that is seconds, not minutes.
import type { Deps } from '../../app/deps.js';
import {
  DEFAULT_QUEUE_POLICY,
  processQueuedDocument,
  type QueuePolicy,
  type QueueResult,
} from '../../app/usecases/documents/process-queued.js';
import { workLeased } from './heartbeat.js';
import { type PollingWorker, pollingWorker } from './polling.js';

export interface DocumentWorkerOptions {
  pollMs: number;
  batch: number;
  leaseMs: number;
  policy?: QueuePolicy;
  onError?: (error: unknown) => void;
}

/** `runOnce`: one pass, claim and process what is due now. */
export type DocumentWorker = PollingWorker<QueueResult[]>;

export function createDocumentWorker(deps: Deps, options: DocumentWorkerOptions): DocumentWorker {
  async function runOnce(): Promise<QueueResult[]> {
    const claimed = await deps.storage.documents.claimQueued(options.batch, deps.clock.now(), options.leaseMs);
    const results: QueueResult[] = [];
    const lease = {
      leaseMs: options.leaseMs,
      renew: (ids: string[], until: Date) => deps.storage.documents.renewLease(ids, until),
      now: () => deps.clock.now(),
      ...(options.onError ? { onError: options.onError } : {}),
    };
    await workLeased(
      claimed,
      (c) => c.doc.id,
      lease,
      async ({ doc, attempts }) => {
        try {
          results.push(await processQueuedDocument(deps, doc, attempts, options.policy ?? DEFAULT_QUEUE_POLICY));
        } catch (error) {
          options.onError?.(error); // the lease runs out and another pass retries it
        }
      },
    );
    return results;
  }
  return pollingWorker(runOnce, options);
}
