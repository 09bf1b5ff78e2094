// The reconciler: resolves outcomes nobody heard. A document generation cut off by a crash or a lost answer,
// a 2150 whose original the IRP would not return, a cancellation whose answer timed out: each becomes a
// durable task (table reconcile_tasks), and a background worker (adapters/queue/reconcile-worker.ts) asks the
// IRP what it holds and settles the document, its Idempotency-Keys and its webhook once, in one transaction.
//
// The port other code uses is `enqueueReconcile(deps, kind, document, reason)`; a stale `pending` document
// is also found on its own (the worker's sweep), so a crash needs no one to hand it over.
//
// Rules: `failed` is written only when the IRP is known not to hold the document and refused it on content;
// an IRP that holds it but will not return it (2283, past its ~2-day window) keeps the task open; anything
// transient retries with capped exponential backoff. Never two IRNs: NIC refuses a second document number
// (2150) and the worker asks by document before it submits.
import type { Deps } from '../../deps.js';
import type { UpstreamCall } from '../../ports/gsp.js';
import type { DocumentRecord, ReconcileOutcome, ReconcileTaskRecord } from '../../ports/records.js';
import { presentDocument } from '../../presenters.js';
import type { RequestBody } from '../../request-bodies.js';
import { forIrp } from '../../versions/nic-schema.js';
import { announceFailure, generatedAnswer, settleKeys } from '../documents/answers.js';
import { diffAgainstSigned } from '../documents/compare.js';
import { record } from '../documents/generate.js';
import { withHints } from '../documents/local-rules.js';
import { emit } from '../events.js';
import { reconcileEwbChange } from '../ewb/changes.js';
import { recordEwb } from '../ewb/generate-ewb.js';
import { testClockOf } from '../test-clocks.js';
import { routeUsers } from '../upstream.js';
import { DEFAULT_RECONCILE_POLICY, type ReconcilePolicy } from './enqueue.js';

export type ReconcileResult = { outcome: ReconcileOutcome } | { retry: string };

/** One attempt at one task; the worker resolves the task or schedules the next attempt from the result. */
export async function reconcileTask(
  deps: Deps,
  task: ReconcileTaskRecord,
  policy: ReconcilePolicy = DEFAULT_RECONCILE_POLICY,
): Promise<ReconcileResult> {
  if (task.kind === 'ewb_cancel' || task.kind === 'ewb_vehicle' || task.kind === 'ewb_extend')
    return reconcileEwbChangeTask(deps, task, policy);
  const doc = await deps.storage.documents.get(task.accountId, task.gstin, task.documentId);
  if (!doc) return { outcome: 'gone' };
  const gstin = await deps.storage.gstins.get(doc.accountId, doc.gstin);
  if (!gstin) {
    if (task.kind === 'generate' && doc.status === 'pending')
      return fail(deps, doc, [
        {
          code: 'GSTIN_REMOVED',
          message: 'The GSTIN is no longer registered',
          hint: 'Register it again and resubmit with a new Idempotency-Key.',
        },
      ]);
    return { outcome: 'gone' };
  }
  const clock = await testClockOf(deps, doc);
  const identity: UpstreamCall = {
    gstin: doc.gstin,
    username: gstin.irpUsername,
    password: deps.box.open(gstin.irpPasswordEnc),
    ...(await routeUsers(deps, doc.accountId, doc.gstin)),
    deadline: deps.clock.now().getTime() + policy.attemptBudgetMs,
    ...(clock ? { clockAt: clock.frozenTime } : {}),
  };
  switch (task.kind) {
    case 'generate':
      return reconcileGenerate(deps, doc, identity);
    case 'cancel':
      return reconcileCancel(deps, doc, task, identity);
    case 'ewb_generate':
      return reconcileEwbGenerate(deps, doc, task, identity);
  }
}

async function reconcileGenerate(deps: Deps, doc: DocumentRecord, identity: UpstreamCall): Promise<ReconcileResult> {
  // Settled meanwhile (the request itself, a retry, the outage queue which reconciles on its own).
  if (doc.status !== 'pending') return { outcome: 'already_final' };
  const route = deps.gsp.route(doc.environment);
  const byDoc = { docType: doc.docType, docNo: doc.docNo, docDate: doc.docDate };
  const completeKeys = (tx: Parameters<typeof settleKeys>[0], o: { document: DocumentRecord }) =>
    settleKeys(tx, o.document, generatedAnswer(o.document)).then(() => undefined);

  const found = await route.getIrnByDocument(identity, byDoc);
  if (found.kind === 'ok') {
    if (diffAgainstSigned(doc.payload, found.data.SignedInvoice).length)
      return fail(deps, doc, [
        {
          code: '2150',
          message: 'Duplicate IRN',
          hint: 'The IRP holds this document number with other values; use a new number, or a credit note to correct it.',
        },
      ]);
    await record(deps, doc, found, route, 201, false, completeKeys);
    return { outcome: 'generated' };
  }
  if (found.kind === 'unavailable' || found.kind === 'ambiguous') return { retry: found.detail };
  if (found.kind === 'duplicate') return { retry: 'unexpected 2150 on a read' };

  // The IRP does not hold it (the request never reached it): finish what the caller asked for. Or it holds
  // it but is past its ~2-day lookup window (2283): submitting again is safe (the IRP never issues a second
  // IRN for a number) and its 2150 answer names the original (DUPIRN), which is fetched by IRN.
  // Stored as received; sent in the NIC schema version the IRP demands (app/versions/nic-schema.ts).
  const outcome = await route.generateIrn(identity, forIrp(deps.settings.nicSchema, doc.payload).body);
  switch (outcome.kind) {
    case 'ok':
      await record(deps, doc, outcome, route, 201, false, completeKeys);
      return { outcome: 'resubmitted' };
    case 'rejected':
      return fail(deps, { ...doc, info: outcome.info }, withHints(outcome.errors));
    case 'duplicate': {
      const original = outcome.dupIrn ? await route.getIrn(identity, outcome.dupIrn) : undefined;
      if (original?.kind !== 'ok') return { retry: 'the IRP answered 2150 but would not return the original yet' };
      if (diffAgainstSigned(doc.payload, original.data.SignedInvoice).length)
        return fail(deps, doc, withHints(outcome.errors));
      await record(deps, doc, original, route, 201, false, completeKeys);
      return { outcome: 'generated' };
    }
    case 'unavailable':
    case 'ambiguous':
      return { retry: outcome.detail }; // the next attempt asks by document first
  }
}

async function fail(
  deps: Deps,
  doc: DocumentRecord,
  errors: { code: string; message: string; hint?: string }[],
): Promise<ReconcileResult> {
  const failed: DocumentRecord = { ...doc, status: 'failed', gstnErrors: errors, updatedAt: deps.clock.now() };
  const wrote = await deps.storage.transaction(async (tx) => {
    if (!(await tx.documents.updateUnlessFinal(failed))) return false;
    await announceFailure(deps, tx, failed);
    return true;
  });
  return { outcome: wrote ? 'failed' : 'already_final' };
}

async function reconcileCancel(
  deps: Deps,
  doc: DocumentRecord,
  task: ReconcileTaskRecord,
  identity: UpstreamCall,
): Promise<ReconcileResult> {
  if (doc.status === 'cancelled') return { outcome: 'already_final' };
  if (doc.status !== 'generated') return { outcome: 'gone' };
  const route = deps.gsp.route(doc.environment, { irp: doc.irp });
  const found = await route.getIrnByDocument(identity, {
    docType: doc.docType,
    docNo: doc.docNo,
    docDate: doc.docDate,
  });
  if (found.kind !== 'ok')
    return { retry: found.kind === 'rejected' ? found.errors.map((e) => e.code).join(',') : `${found.kind}` };
  if (found.data.Status !== 'CNL') return { outcome: 'not_cancelled' };
  const now = deps.clock.now();
  const reason = typeof task.detail?.CnlRsn === 'string' ? task.detail.CnlRsn : null;
  const cancelled: DocumentRecord = {
    ...doc,
    status: 'cancelled',
    cancelledAt: now,
    cancelReason: reason,
    cancelDate: null,
    updatedAt: now,
  };
  const wrote = await deps.storage.transaction(async (tx) => {
    // Compare-and-set: a retry of the cancellation may have recorded it first; only one announces it.
    if (!(await tx.documents.updateIfStatus(cancelled, ['generated']))) return false;
    await emit(deps, tx, {
      accountId: doc.accountId,
      gstin: doc.gstin,
      type: 'irn.cancelled',
      data: presentDocument(cancelled),
    });
    return true;
  });
  return { outcome: wrote ? 'cancelled' : 'already_final' };
}

/** An e-way bill change (changes.ts): its `documentId` is the e-way bill's; the IRN's document says where it lives. */
async function reconcileEwbChangeTask(
  deps: Deps,
  task: ReconcileTaskRecord,
  policy: ReconcilePolicy,
): Promise<ReconcileResult> {
  const gstin = await deps.storage.gstins.get(task.accountId, task.gstin);
  const ewbNo = Number(task.detail?.ewbNo);
  const ewb = await deps.storage.ewbs.get(task.accountId, task.gstin, ewbNo);
  const doc = ewb && (await deps.storage.documents.getByIrn(task.accountId, task.gstin, ewb.irn));
  if (!gstin || !doc) return { outcome: 'gone' };
  const clock = await testClockOf(deps, doc);
  const identity: UpstreamCall = {
    gstin: task.gstin,
    username: gstin.irpUsername,
    password: deps.box.open(gstin.irpPasswordEnc),
    ...(await routeUsers(deps, doc.accountId, doc.gstin)),
    deadline: deps.clock.now().getTime() + policy.attemptBudgetMs,
    ...(clock ? { clockAt: clock.frozenTime } : {}),
  };
  const settled = await reconcileEwbChange(deps, task, identity, doc.environment);
  return 'retry' in settled ? settled : { outcome: settled.outcome };
}

/** Capped exponential backoff with full jitter, by attempt number (1-based). */
export function nextDelayMs(policy: ReconcilePolicy, attempts: number, random = Math.random): number {
  const cap = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempts - 1));
  return policy.baseDelayMs / 2 + random() * (cap - policy.baseDelayMs / 2);
}

async function reconcileEwbGenerate(
  deps: Deps,
  doc: DocumentRecord,
  task: ReconcileTaskRecord,
  identity: UpstreamCall,
): Promise<ReconcileResult> {
  if (!doc.irn || doc.status !== 'generated') return { outcome: 'gone' };
  const irn = doc.irn;
  const route = deps.gsp.route(doc.environment, { irp: doc.irp });
  const found = await route.getEwbByIrn(identity, irn);
  if (found.kind === 'unavailable' || found.kind === 'ambiguous') return { retry: found.detail };
  if (found.kind !== 'ok') return { outcome: 'not_generated' }; // the IRP holds no e-way bill for the IRN
  if (await deps.storage.ewbs.get(doc.accountId, doc.gstin, found.data.EwbNo)) return { outcome: 'already_final' };
  const request = (task.detail?.request ?? { Irn: irn }) as RequestBody<'generateEwb'>;
  const distanceKm = typeof task.detail?.distanceKm === 'number' ? task.detail.distanceKm : 0;
  await recordEwb(
    deps,
    { ...doc, irn },
    request,
    { data: found.data, info: [], ...(found.via ? { via: found.via } : {}) },
    { status: 201, distanceKm },
  );
  return { outcome: 'generated' };
}
