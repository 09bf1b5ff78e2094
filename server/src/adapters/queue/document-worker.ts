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
import { startHeartbeat } from './heartbeat.js';

export interface DocumentWorkerOptions {
  pollMs: number;
  batch: number;
  leaseMs: number;
  policy?: QueuePolicy;
  onError?: (error: unknown) => void;
}

export interface DocumentWorker {
  start(): void;
  stop(): Promise<void>;
  /** One pass: claim and process what is due now. */
  runOnce(): Promise<QueueResult[]>;
}

export function createDocumentWorker(deps: Deps, options: DocumentWorkerOptions): DocumentWorker {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> | undefined;
  let stopped = true;

  async function runOnce(): Promise<QueueResult[]> {
    const claimed = await deps.storage.documents.claimQueued(options.batch, deps.clock.now(), options.leaseMs);
    const results: QueueResult[] = [];
    if (!claimed.length) return results;
    const beat = startHeartbeat(
      options.leaseMs,
      (ids, until) => deps.storage.documents.renewLease(ids, until),
      () => deps.clock.now(),
      options.onError,
    );
    for (const { doc } of claimed) beat.held.add(doc.id);
    try {
      for (const { doc, attempts } of claimed) {
        try {
          results.push(await processQueuedDocument(deps, doc, attempts, options.policy ?? DEFAULT_QUEUE_POLICY));
        } catch (error) {
          options.onError?.(error); // the lease runs out and another pass retries it
        } finally {
          beat.held.delete(doc.id);
        }
      }
    } finally {
      beat.stop();
    }
    return results;
  }

  const tick = () => {
    if (stopped) return;
    running = runOnce()
      .catch((e) => options.onError?.(e))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, options.pollMs);
      });
  };

  return {
    start() {
      if (!stopped) return;
      stopped = false;
      timer = setTimeout(tick, options.pollMs);
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
    runOnce,
  };
}
