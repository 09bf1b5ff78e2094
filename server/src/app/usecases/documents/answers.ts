// A document's final outcome as the stored answer of the Idempotency-Keys that asked for it. The request
// path stores its own answer through the HTTP layer; when the outcome arrives later (the outage queue's
// worker, the reconciler), these build the same answer so a retry with the key replays it.
import type { Deps } from '../../deps.js';
import type { DocumentRecord } from '../../ports/records.js';
import type { Repositories } from '../../ports/storage.js';
import { presentDocument, presentProblem } from '../../presenters.js';
import { type GstnErrorItem, problems } from '../../problems.js';
import { newId } from '../../security/ids.js';
import { emit } from '../events.js';

export interface StoredAnswer {
  status: number;
  headers: Record<string, string>;
  /** The exact bytes a replay sends. */
  body: string;
}

/** What POST /v1/irn (or /v1/notes) answers for a recorded document: 201 with its Location. */
export function generatedAnswer(doc: DocumentRecord, status: 200 | 201 = 201): StoredAnswer {
  return {
    status,
    headers: {
      location: `/v1/irn/${doc.irn}`,
      'idempotent-replayed': 'false',
      'content-type': 'application/json',
    },
    body: JSON.stringify(presentDocument(doc)),
  };
}

export function failedAnswer(doc: DocumentRecord): StoredAnswer {
  const errors = (doc.gstnErrors ?? []) as GstnErrorItem[];
  const problem = problems.documentFailed(`${doc.docType} ${doc.docNo}`, errors);
  const instance = doc.docType === 'INV' ? '/v1/irn' : '/v1/notes';
  return {
    status: problem.problem.status,
    headers: { ...(problem.problem.headers ?? {}), 'content-type': 'application/problem+json' },
    body: JSON.stringify(presentProblem(problem, newId('req'), instance)),
  };
}

/** Completes every open key (in flight or deferred) that asked for this document, inside the settling transaction. */
export function settleKeys(tx: Pick<Repositories, 'idempotency'>, doc: DocumentRecord, answer: StoredAnswer) {
  return tx.idempotency.completeForResource(doc.accountId, doc.id, answer);
}

/**
 * A document's final failure, told once: the irn.failed event, and the stored 422 under every Idempotency-Key
 * that waits for it (so a retry with the key replays the failure instead of submitting again; a new key
 * resubmits). Call it inside the transaction that records the failure.
 */
export async function announceFailure(
  deps: Pick<Deps, 'clock'>,
  tx: Pick<Repositories, 'outbox' | 'idempotency' | 'gstins'>,
  failed: DocumentRecord,
): Promise<void> {
  await emit(deps, tx, {
    accountId: failed.accountId,
    gstin: failed.gstin,
    type: 'irn.failed',
    data: presentDocument(failed),
  });
  await settleKeys(tx, failed, failedAnswer(failed));
}
