// The outage queue's unit of work: one queued document, one attempt. Reconcile first (an earlier
// attempt may have registered it without us hearing), then submit; success and final refusals fire
// webhooks (irn.generated / note.generated, irn.failed); anything transient goes back in the queue
// with full-jitter backoff until `maxAttempts`.
import type { Deps } from '../../deps.js';
import type { DocumentRecord } from '../../ports/records.js';
import type { Repositories } from '../../ports/storage.js';
import { forIrp } from '../../versions/nic-schema.js';
import { testClockOf } from '../test-clocks.js';
import { routeUsers } from '../upstream.js';
import { announceFailure, generatedAnswer, settleKeys } from './answers.js';
import { diffAgainstSigned } from './compare.js';
import { fetchOriginal, record } from './generate.js';
import { withHints } from './local-rules.js';

export interface QueuePolicy {
  baseDelayMs: number;
  maxDelayMs: number;
  maxAttempts: number;
  /** Per attempt: how long the router may try before giving this round up. */
  attemptBudgetMs: number;
}

export const DEFAULT_QUEUE_POLICY: QueuePolicy = {
  baseDelayMs: 2_000,
  maxDelayMs: 5 * 60_000,
  maxAttempts: 300,
  attemptBudgetMs: 10_000,
};

export type QueueResult = 'generated' | 'failed' | 'retry';

async function fail(
  deps: Deps,
  doc: DocumentRecord,
  errors: { code: string; message: string; hint?: string }[],
): Promise<QueueResult> {
  const failed: DocumentRecord = { ...doc, status: 'failed', gstnErrors: errors, updatedAt: deps.clock.now() };
  await deps.storage.transaction(async (tx) => {
    await tx.documents.update(failed);
    await announceFailure(deps, tx, failed); // the caller was answered 202: its key now keeps this outcome
  });
  return 'failed';
}

export async function processQueuedDocument(
  deps: Deps,
  doc: DocumentRecord,
  attempts: number,
  policy: QueuePolicy = DEFAULT_QUEUE_POLICY,
): Promise<QueueResult> {
  const retry = async (): Promise<QueueResult> => {
    if (attempts >= policy.maxAttempts) {
      return fail(deps, doc, [
        {
          code: 'QUEUE_EXHAUSTED',
          message: `No GSP could register the document after ${attempts} attempts`,
          hint: 'Check GET /v1/status; submit it again once the IRP is back.',
        },
      ]);
    }
    const delay = Math.random() * Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempts);
    await deps.storage.documents.reschedule(doc.id, new Date(deps.clock.now().getTime() + delay));
    return 'retry';
  };
  const gstin = await deps.storage.gstins.get(doc.accountId, doc.gstin);
  if (!gstin)
    return fail(deps, doc, [
      { code: 'GSTIN_REMOVED', message: 'The GSTIN is no longer registered', hint: 'Register it again and resubmit.' },
    ]);
  const clock = await testClockOf(deps, doc);
  const identity = {
    gstin: doc.gstin,
    username: gstin.irpUsername,
    password: deps.box.open(gstin.irpPasswordEnc),
    ...(await routeUsers(deps, doc.accountId, doc.gstin)),
    deadline: deps.clock.now().getTime() + policy.attemptBudgetMs,
    ...(clock ? { clockAt: clock.frozenTime } : {}),
  };
  const route = deps.gsp.route(doc.environment);
  // The outcome also completes the Idempotency-Keys that were answered 202 for this document.
  const completeKeys = async (tx: Repositories, o: { document: DocumentRecord }) => {
    await settleKeys(tx, o.document, generatedAnswer(o.document));
  };
  const byDoc = { docType: doc.docType, docNo: doc.docNo, docDate: doc.docDate };

  const found = await route.getIrnByDocument(identity, byDoc);
  if (found.kind === 'ok') {
    await record(deps, doc, found, route, 201, false, completeKeys);
    return 'generated';
  }
  if (found.kind === 'unavailable' || found.kind === 'ambiguous') return retry();

  // Stored as received; sent in the NIC schema version the IRP demands (app/versions/nic-schema.ts).
  const outcome = await route.generateIrn(identity, forIrp(deps.settings.nicSchema, doc.payload).body);
  switch (outcome.kind) {
    case 'ok':
      await record(deps, doc, outcome, route, 201, false, completeKeys);
      return 'generated';
    case 'duplicate': {
      const original = await fetchOriginal(route, identity, outcome, byDoc);
      if (original.kind === 'ok' && diffAgainstSigned(doc.payload, original.data.SignedInvoice).length === 0) {
        await record(deps, doc, original, route, 201, false, completeKeys);
        return 'generated';
      }
      if (original.kind === 'unavailable' || original.kind === 'ambiguous') return retry();
      return fail(deps, doc, withHints(outcome.errors));
    }
    case 'rejected':
      return fail(deps, { ...doc, info: outcome.info }, withHints(outcome.errors));
    case 'unavailable':
    case 'ambiguous':
      return retry(); // the next attempt reconciles first
  }
}
