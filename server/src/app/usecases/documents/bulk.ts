// Bulk generation as a durable job (issue #15, item 5). The request creates a job: one row, and one row per
// record holding its document as sent. A runner (the request's own process, or the bulk worker after a crash)
// holds the job's lease and relays the records without an outcome, with bounded concurrency; each record stays
// idempotent through its document's natural key (GSTIN, type, number, FY), and a generated record's outcome
// commits in the same transaction as its document. When no record is left pending, the job completes and
// `bulk.completed` is emitted once, in that transaction. A restart resumes only the pending records: a record
// whose document row exists was attempted, so it is asked of the IRP before it is submitted again
// (generateDocument's pending path) and a refusal already recorded is not resubmitted (keyAwaitsOutcome).
import type { Deps } from '../../deps.js';
import type { UpstreamCall } from '../../ports/gsp.js';
import type { BulkCounts, BulkJobRecord, BulkRecordRow } from '../../ports/records.js';
import type { BulkRecordOutcome } from '../../ports/storage.js';
import { bulkSummary, presentDocument, presentProblem } from '../../presenters.js';
import type { GstinPrincipal } from '../../principal.js';
import { ProblemError } from '../../problems.js';
import type { RequestBody } from '../../request-bodies.js';
import { newId } from '../../security/ids.js';
import { emit } from '../events.js';
import { checkSandboxQuota } from '../usage.js';
import { type DocumentRequest, type GenerateOutcome, generateDocument } from './generate.js';

export const BULK_PATH = '/v1/irn/bulk';

/**
 * Creates the job with its records in one transaction, leased to the caller for `leaseMs` (the caller runs it
 * at once). With an Idempotency-Key that already has a job, that job is returned instead (`created: false`).
 */
export async function createBulkJob(
  deps: Deps,
  who: GstinPrincipal,
  documents: RequestBody<'bulkGenerateIrn'>['documents'],
  options: { requestId: string; idempotencyKey: string | null; leaseMs: number },
): Promise<{ job: BulkJobRecord; created: boolean }> {
  const byKey = async () =>
    options.idempotencyKey === null
      ? undefined
      : deps.storage.bulkJobs.getByIdempotencyKey(who.accountId, who.gstin, options.idempotencyKey);
  const existing = await byKey();
  if (existing) return { job: existing, created: false };
  // Every record of the job counts against the sandbox's quota, accepted or refused as a whole.
  await checkSandboxQuota(deps, who, documents.length);
  const now = deps.clock.now();
  const job: BulkJobRecord = {
    id: newId('bulk', now),
    accountId: who.accountId,
    gstin: who.gstin,
    environment: who.environment,
    idempotencyKey: options.idempotencyKey,
    requestId: options.requestId,
    status: 'running',
    total: documents.length,
    attempts: 1,
    nextAttemptAt: now,
    leaseUntil: new Date(now.getTime() + options.leaseMs),
    lastError: null,
    createdAt: now,
    updatedAt: now,
    completedAt: null,
  };
  const created = await deps.storage.transaction((tx) => tx.bulkJobs.create(job, documents));
  if (created) return { job, created: true };
  const raced = await byKey();
  if (!raced) throw new Error(`bulk job for key ${options.idempotencyKey} vanished`);
  return { job: raced, created: false };
}

/** The principal a job acts as: the one that created it (its GSTIN is checked again on every record). */
function actingAs(job: BulkJobRecord): GstinPrincipal {
  return {
    kind: 'token',
    accountId: job.accountId,
    environment: job.environment,
    gstin: job.gstin,
    clientId: '',
    scopes: ['irn:write'],
    rateLimitRps: 0,
    requireSignatures: false,
    tenantId: null,
  };
}

/**
 * A refusal that says nothing about the record: another holder has the document, the database is away, or the
 * IRP's answer was lost or said nothing was registered (a retryable upstream error, which a single request's
 * caller would retry with its Idempotency-Key). The record stays pending and the job is run again later; a
 * record settled `failed` on such an error would never get its IRN.
 */
function transient(error: ProblemError): boolean {
  const upstream = error.problem.extra?.upstream as { retryable?: boolean } | undefined;
  return (
    error.problem.slug === 'document-in-flight' ||
    error.problem.code === 'storage_unavailable' ||
    (error.problem.status >= 500 && upstream?.retryable === true)
  );
}

function outcomeOf(o: GenerateOutcome): BulkRecordOutcome {
  return {
    status: o.status === 202 ? 'queued' : o.replayed ? 'replayed' : 'generated',
    documentId: o.document.id,
    document: presentDocument(o.document),
    error: null,
  };
}

export interface BulkRunOptions {
  concurrency: number;
  trace?: UpstreamCall['trace'];
  /** A record left pending by a fault (the server log); the job is tried again later. */
  onError?: (error: unknown) => void;
}

/**
 * Relays the job's pending records (the caller holds its lease). `completed` when every record has an outcome
 * (the job is then completed and announced, once); `incomplete` when a fault left records pending.
 */
export async function runBulkJob(
  deps: Deps,
  job: BulkJobRecord,
  options: BulkRunOptions,
): Promise<'completed' | 'incomplete'> {
  const repo = deps.storage.bulkJobs;
  const who = actingAs(job);
  const records = await repo.pendingRecords(job.id);
  let next = 0;
  const settle = (r: BulkRecordRow, outcome: BulkRecordOutcome) =>
    repo.settleRecord(job.id, r.index, outcome, deps.clock.now());
  const one = async (r: BulkRecordRow) => {
    const doc = r.payload as DocumentRequest;
    let settledInTx = false;
    try {
      const o = await generateDocument(deps, who, doc, {
        kind: doc.DocDtls.Typ.toUpperCase() === 'INV' ? 'invoice' : 'note',
        trace: options.trace,
        queueOnOutage: true,
        // Attempted before (a crash or a fault cut it short): a refusal recorded then is its outcome.
        keyAwaitsOutcome: r.documentId !== null,
        onDocument: (documentId) => repo.attachDocument(job.id, r.index, documentId),
        // A generated record's outcome commits with its document: a crash cannot separate them.
        completeInTx: async (tx, o) => {
          await tx.bulkJobs.settleRecord(job.id, r.index, outcomeOf(o), deps.clock.now());
          settledInTx = true;
        },
      });
      if (!settledInTx) await settle(r, outcomeOf(o)); // queued (202): handed to the outage queue
    } catch (error) {
      if (!(error instanceof ProblemError) || transient(error)) throw error;
      await settle(r, {
        status: 'failed',
        documentId: r.documentId,
        document: null,
        error: presentProblem(error, job.requestId, `${BULK_PATH}#/documents/${r.index}`),
      });
    }
  };
  let faults = 0;
  const worker = async () => {
    for (;;) {
      const r = records[next++];
      if (!r) return;
      try {
        await one(r);
      } catch (error) {
        faults++;
        options.onError?.(error);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency, records.length)) }, worker));
  if (faults) return 'incomplete';
  return completeBulkJob(deps, job);
}

/** Completes the job when no record is pending, and emits `bulk.completed` in that transaction (once). */
export async function completeBulkJob(deps: Deps, job: BulkJobRecord): Promise<'completed' | 'incomplete'> {
  return deps.storage.transaction(async (tx) => {
    const counts = await tx.bulkJobs.counts(job.id);
    if (counts.pending > 0) return 'incomplete';
    const now = deps.clock.now();
    if (await tx.bulkJobs.complete(job.id, now)) {
      const completed: BulkJobRecord = { ...job, status: 'completed', completedAt: now, updatedAt: now };
      await emit(deps, tx, {
        accountId: job.accountId,
        gstin: job.gstin,
        type: 'bulk.completed',
        data: bulkCompletedData(completed, counts),
      });
    }
    return 'completed';
  });
}

export function bulkCompletedData(job: BulkJobRecord, counts: BulkCounts) {
  return {
    id: job.id,
    object: 'bulk_job' as const,
    status: 'completed' as const,
    summary: bulkSummary(job, counts),
    created_at: job.createdAt.toISOString(),
    completed_at: (job.completedAt ?? job.updatedAt).toISOString(),
  };
}
