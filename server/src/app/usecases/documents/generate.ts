// Generate an IRN (invoice or note). The request path: tenancy, local rules, the natural key
// (GSTIN, type, number, FY) as a second idempotency key, a pending row before the upstream call, and
// one transaction that records the outcome together with the Idempotency-Key's stored answer.
import {
  ewbCancellableUntil,
  ewbDistanceFromInfo,
  financialYear,
  type Invoice,
  irnCancellableUntil,
  parseAckDt,
  validateInvoice,
} from '@einvoice/gst';
import type { Deps } from '../../deps.js';
import type { GspRoute, InfoDtl, IrnData, UpstreamCall, UpstreamOutcome } from '../../ports/gsp.js';
import type { DocumentRecord, EwbRecord, SchemaTranslation, SignatureVerification } from '../../ports/records.js';
import type { Repositories } from '../../ports/storage.js';
import { presentDocument, presentEwb } from '../../presenters.js';
import type { GstinPrincipal } from '../../principal.js';
import { type GstnErrorItem, problems } from '../../problems.js';
import type { RequestBody } from '../../request-bodies.js';
import { newId } from '../../security/ids.js';
import { forIrp } from '../../versions/nic-schema.js';
import { emit } from '../events.js';
import { enqueueReconcile } from '../reconcile/enqueue.js';
import { upstreamIdentity } from '../upstream.js';
import { checkSandboxQuota } from '../usage.js';
import { diffAgainstSigned } from './compare.js';
import { localRuleContext, withHints } from './local-rules.js';

export interface GenerateOutcome {
  status: 200 | 201 | 202;
  replayed: boolean;
  document: DocumentRecord;
  /**
   * The `irn.generated` / `note.generated` event this outcome wrote, whose `data` is the document as presented:
   * the stored answers may reference it instead of holding a copy (ADR 0035). Absent for a replay.
   */
  event?: string;
}

/** The HTTP layer passes this in so the Idempotency-Key's answer commits with the document. */
export type CompleteInTx = (tx: Repositories, outcome: GenerateOutcome) => Promise<void>;

/** An invoice (POST /v1/irn, or one record of a bulk request) or a credit/debit note (POST /v1/notes). */
export type DocumentRequest = RequestBody<'generateIrn'> | RequestBody<'generateNote'>;

/** A queued document's first background attempt comes this soon after the caller's wait ran out. */
export const QUEUE_FIRST_RETRY_MS = 2_000;

export async function generateDocument(
  deps: Deps,
  who: GstinPrincipal,
  body: DocumentRequest,
  options: {
    kind: 'invoice' | 'note';
    trace: UpstreamCall['trace'];
    deadline?: number;
    completeInTx?: CompleteInTx;
    /** When no GSP answers within the deadline, park the document and answer 202 (the worker finishes it). */
    queueOnOutage?: boolean;
    /** Called once the document row exists (pending), so the caller can link its Idempotency-Key to it. */
    onDocument?: (documentId: string) => Promise<void>;
    /**
     * The caller's Idempotency-Key was answered 202 for this document earlier: a final failure is replayed
     * (422 document-failed), never silently submitted again under the same key.
     */
    keyAwaitsOutcome?: boolean;
    /** Called with the `pending` row before the IRP is called (the HTTP layer may answer 202 from then on). */
    onPending?: (doc: DocumentRecord) => void;
    /** Called when the document goes to the IRP in another NIC schema version than received (the request log). */
    onTranslated?: (translation: SchemaTranslation) => void;
    /**
     * Checks the sandbox's monthly IRN quota before the document goes to the IRP (an API call does; a bulk
     * record was counted when its job was accepted, and a queued document when it was first submitted).
     */
    sandboxQuota?: boolean;
  },
): Promise<GenerateOutcome> {
  if (body.SellerDtls.Gstin !== who.gstin)
    throw problems.gstinMismatch('/SellerDtls/Gstin', body.SellerDtls.Gstin, who.gstin);
  const identity = {
    ...(await upstreamIdentity(deps, who, options.trace)),
    ...(options.deadline ? { deadline: options.deadline } : {}),
  };
  const now = deps.clock.now();

  const local = validateInvoice(
    body,
    localRuleContext(now, who.gstin, identity.largeTaxpayer, options.kind === 'note', deps.settings.hsnMaster),
  );
  if (!local.ok) throw problems.gstnRejected(local.errors);

  const { Typ, No, Dt } = body.DocDtls;
  const key = { docType: Typ.toUpperCase(), docNoKey: No.toUpperCase(), fy: financialYear(Dt) };
  const route = deps.gsp.route(who.environment);
  const finish = (tx: Repositories, outcome: GenerateOutcome) =>
    options.completeInTx?.(tx, outcome) ?? Promise.resolve();

  const existing = await deps.storage.documents.getByNaturalKey(
    who.accountId,
    who.gstin,
    key.docType,
    key.docNoKey,
    key.fy,
  );
  let doc: DocumentRecord;
  if (existing && (existing.status === 'generated' || existing.status === 'cancelled')) {
    return replayOrMismatch(deps, existing, body, finish);
  }
  // Only a refusal is a final failure: a `failed` row without NIC errors records that nothing was registered
  // (no answer, or the IRP said it holds no IRN), and submitting it again is what the caller was told to do.
  if (existing?.status === 'failed' && options.keyAwaitsOutcome && existing.gstnErrors.length > 0) {
    throw problems.documentFailed(`${existing.docType} ${existing.docNo}`, existing.gstnErrors as GstnErrorItem[]);
  }
  if (existing?.status === 'queued') {
    // The outage worker owns it now: report where it stands, never submit in parallel.
    return { status: 202, replayed: true, document: existing };
  }
  // Replays were answered above: only a document that may reach the IRP counts against the quota.
  if (options.sandboxQuota) await checkSandboxQuota(deps, who, 1);
  if (existing && existing.status === 'pending') {
    await options.onDocument?.(existing.id);
    // A previous attempt may have reached the IRP (crash, lost answer): ask before submitting again.
    options.onPending?.(existing);
    const found = await route.getIrnByDocument(identity, { docType: key.docType, docNo: No, docDate: Dt });
    // Found: an earlier attempt of this request registered it and never answered; this is its first answer.
    if (found.kind === 'ok')
      return record(deps, { ...existing, payload: body }, found, route, 201, false, finish, who.tenantId);
    if (found.kind === 'unavailable' || found.kind === 'ambiguous') {
      await enqueueReconcile(deps, 'generate', existing, 'upstream_unavailable');
      throw unknownOutcome(found.detail);
    }
    doc = existing;
  } else {
    doc = {
      id: newId('doc', now),
      accountId: who.accountId,
      gstin: who.gstin,
      environment: who.environment,
      docType: key.docType as DocumentRecord['docType'],
      docNo: No,
      docNoKey: key.docNoKey,
      docDate: Dt,
      financialYear: key.fy,
      status: 'pending',
      irn: null,
      ackNo: null,
      ackDt: null,
      signedInvoice: null,
      signedQrCode: null,
      ewbNo: null,
      ewbDt: null,
      ewbValidTill: null,
      remarks: null,
      info: [],
      gstnErrors: [],
      cancellableUntil: null,
      cancelledAt: null,
      cancelReason: null,
      cancelDate: null,
      gsp: null,
      irp: null,
      buyerGstin: body.BuyerDtls.Gstin,
      totalValue: body.ValDtls.TotInvVal,
      payload: body,
      createdAt: now,
      updatedAt: now,
    };
    if (existing) {
      doc = { ...doc, id: existing.id, createdAt: existing.createdAt }; // a refused number may be submitted again
      await deps.storage.documents.update(doc);
    } else if (!(await deps.storage.documents.insert(doc))) {
      throw problems.conflictInFlight(
        'document-in-flight',
        'This document is being registered by another request',
        `${Typ} ${No} is in flight; retry shortly and you will get its result.`,
      );
    }
    await options.onDocument?.(doc.id);
  }

  options.onPending?.(doc);
  deps.failpoint?.('generate:before-upstream');
  const sent = forIrp(deps.settings.nicSchema, body);
  if (sent.translation) options.onTranslated?.({ ...sent.translation, sent_body: sent.body });
  const outcome = await route.generateIrn(identity, sent.body);
  deps.failpoint?.('generate:after-upstream');
  switch (outcome.kind) {
    case 'ok':
      return record(deps, doc, outcome, route, 201, false, finish, who.tenantId);
    case 'duplicate': {
      const original = await fetchOriginal(route, identity, outcome, { docType: key.docType, docNo: No, docDate: Dt });
      if (original.kind !== 'ok') {
        // The IRP says it holds the number but did not return it (2283, a lost read, or it contradicts itself):
        // never `failed` on that. The document stays pending and the reconciler fetches what the IRP holds.
        await enqueueReconcile(deps, 'generate', doc, 'duplicate_unresolved');
        throw problems.upstreamError(
          'The IRP already holds this document number but did not return the original yet. einvoice keeps asking and sends irn.generated (or irn.failed) when it has the answer; a retry with the same Idempotency-Key is safe.',
          withHints(outcome.errors),
          { system: 'IRP', partner: route.name, code: '2150', message: 'Duplicate IRN', retryable: true },
        );
      }
      const diff = diffAgainstSigned(body, original.data.SignedInvoice);
      if (diff.length) {
        await markFailed(deps, doc, withHints(outcome.errors));
        throw mismatch(diff, outcome.errors);
      }
      return record(deps, doc, original, route, 200, true, finish, who.tenantId);
    }
    case 'rejected': {
      const errors = withHints(outcome.errors);
      await markFailed(deps, doc, errors, outcome.info);
      throw problems.gstnRejected(errors, {
        system: 'IRP',
        partner: route.name,
        code: errors[0]?.code ?? null,
        message: errors[0]?.message ?? null,
        retryable: false,
      });
    }
    case 'unavailable':
      if (options.queueOnOutage) {
        const queued: DocumentRecord = { ...doc, status: 'queued', updatedAt: deps.clock.now() };
        await deps.storage.documents.enqueue(queued, new Date(deps.clock.now().getTime() + QUEUE_FIRST_RETRY_MS));
        return { status: 202, replayed: false, document: queued };
      }
      await deps.storage.documents.update({ ...doc, status: 'failed', gstnErrors: [], updatedAt: deps.clock.now() });
      throw problems.upstreamError(
        `No answer from the IRP (${outcome.detail}); nothing was registered. Retry with the same Idempotency-Key.`,
        [],
        {
          system: 'GSP',
          partner: route.name,
          code: outcome.code ?? null,
          message: outcome.detail,
          retryable: true,
        },
      );
    case 'ambiguous': {
      // The IRP may have registered it: find out before anything else (never resubmit blindly).
      const found = await route.getIrnByDocument(identity, { docType: key.docType, docNo: No, docDate: Dt });
      // The IRN was made by the write that timed out: record that route, not the one that answered the read.
      if (found.kind === 'ok')
        return record(
          deps,
          doc,
          { ...found, ...(outcome.via ? { via: outcome.via } : {}) },
          route,
          201,
          false,
          finish,
          who.tenantId,
        );
      if (found.kind === 'rejected') {
        await deps.storage.documents.update({ ...doc, status: 'failed', updatedAt: deps.clock.now() });
        throw problems.upstreamError(
          `The IRP did not answer (${outcome.detail}) and holds no IRN for this document. Retry with the same Idempotency-Key.`,
          [],
          {
            system: 'IRP',
            partner: route.name,
            code: null,
            message: outcome.detail,
            retryable: true,
          },
        );
      }
      await enqueueReconcile(deps, 'generate', doc, 'upstream_timeout');
      throw unknownOutcome(outcome.detail);
    }
  }
}

/**
 * The original of a 2150 duplicate: by the DUPIRN the answer carries (NIC's InfoDtls, Adaequare's `result`),
 * which works however old the document is; by document details only when the answer named no IRN (NIC
 * answers those lookups only for about 2 days, 2283 after).
 */
export function fetchOriginal(
  route: GspRoute,
  identity: UpstreamCall,
  duplicate: { dupIrn?: string },
  byDoc: { docType: string; docNo: string; docDate: string },
): Promise<UpstreamOutcome<IrnData>> {
  return duplicate.dupIrn ? route.getIrn(identity, duplicate.dupIrn) : route.getIrnByDocument(identity, byDoc);
}

function unknownOutcome(detail: string) {
  return problems.upstreamError(
    `The IRP did not answer (${detail}) and could not be asked whether it registered the document. einvoice keeps asking and sends irn.generated (or irn.failed) when it knows; a retry with the same Idempotency-Key is also safe: einvoice checks with the IRP before submitting again, so no second IRN can result.`,
    [],
    { system: 'IRP', partner: null, code: null, message: detail, retryable: true },
  );
}

export function mismatch(
  diff: { pointer: string; existing: unknown; requested: unknown }[],
  errors: { code: string; message: string }[],
) {
  return problems.conflict(
    'duplicate-document-mismatch',
    'This document number already has an IRN with different content',
    `The IRP registered this number earlier with other values (${diff.length} field${diff.length === 1 ? '' : 's'} differ); use a new number, or a credit note to correct it.`,
    { diff, gstn_errors: withHints(errors) },
  );
}

async function replayOrMismatch(
  deps: Deps,
  existing: DocumentRecord,
  body: unknown,
  finish: (tx: Repositories, o: GenerateOutcome) => Promise<void>,
): Promise<GenerateOutcome> {
  const diff = diffAgainstSigned(body, existing.signedInvoice);
  if (diff.length) throw mismatch(diff, [{ code: '2150', message: 'Duplicate IRN' }]);
  const outcome: GenerateOutcome = { status: 200, replayed: true, document: existing };
  await deps.storage.transaction((tx) => finish(tx, outcome));
  return outcome;
}

export async function markFailed(
  deps: Deps,
  doc: DocumentRecord,
  errors: unknown[],
  info: InfoDtl[] = [],
): Promise<void> {
  await deps.storage.documents.update({
    ...doc,
    status: 'failed',
    gstnErrors: errors,
    info,
    updatedAt: deps.clock.now(),
  });
}

export async function record(
  deps: Deps,
  doc: DocumentRecord,
  outcome: Extract<UpstreamOutcome<IrnData>, { kind: 'ok' }>,
  route: { name: string; irp: string },
  status: 200 | 201,
  replayed: boolean,
  finish: (tx: Repositories, o: GenerateOutcome) => Promise<void>,
  /** The GSTIN's tenant when the caller knows it (the principal does): the events need no read to find it. */
  tenantId?: string | null,
): Promise<GenerateOutcome> {
  const d = outcome.data;
  const owner = tenantId !== undefined ? { tenantId } : {};
  const now = deps.clock.now();
  const generated: DocumentRecord = {
    ...doc,
    status: d.Status === 'CNL' ? 'cancelled' : 'generated',
    irn: d.Irn,
    ackNo: d.AckNo,
    ackDt: d.AckDt,
    signedInvoice: d.SignedInvoice,
    signedQrCode: d.SignedQRCode,
    signatureVerification: verifySignatures(deps, doc, d),
    ewbNo: d.EwbNo ?? null,
    ewbDt: d.EwbDt ?? null,
    ewbValidTill: d.EwbValidTill ?? null,
    remarks: d.Remarks ?? null,
    info: outcome.info,
    gstnErrors: [],
    cancellableUntil: irnCancellableUntil(parseAckDt(d.AckDt)),
    gsp: outcome.via?.gsp ?? route.name,
    irp: outcome.via?.irp ?? route.irp,
    updatedAt: now,
  };
  const stored = await deps.storage.transaction(async (tx): Promise<GenerateOutcome> => {
    // Compare-and-set: when another request (or the queue worker) recorded this IRN first, answer with
    // its record and announce nothing; only the first recorder emits the events.
    if (!(await tx.documents.updateUnlessFinal(generated))) {
      const current = (await tx.documents.get(doc.accountId, doc.gstin, doc.id)) ?? generated;
      const replay: GenerateOutcome = { status: 200, replayed: true, document: current };
      await finish(tx, replay);
      return replay;
    }
    const type = generated.docType === 'INV' ? 'irn.generated' : 'note.generated';
    const event = await emit(deps, tx, {
      accountId: doc.accountId,
      gstin: doc.gstin,
      type,
      data: presentDocument(generated),
      ...owner,
    });
    if (d.EwbNo && !(await tx.ewbs.get(doc.accountId, doc.gstin, d.EwbNo))) {
      const ewb = ewbFromIrn(generated, d, now);
      await tx.ewbs.insert(ewb);
      await emit(deps, tx, {
        accountId: doc.accountId,
        gstin: doc.gstin,
        type: 'ewb.generated',
        data: presentEwb(ewb),
        ...owner,
      });
    }
    const result: GenerateOutcome = { status, replayed, document: generated, event };
    await finish(tx, result);
    return result;
  });
  // Alert once, by the recorder of the IRN, after it is stored (a replay above returns the first recorder's record).
  if (stored.document === generated && generated.signatureVerification?.status === 'failed')
    deps.signatures?.onFailed(generated, generated.signatureVerification);
  return stored;
}

/**
 * The IRP's signed invoice and QR code against NIC's certificates. Never a rejection: the IRN exists at the IRP,
 * so a failure flags the document (and alerts, in record) and the caller still gets its IRN.
 */
function verifySignatures(deps: Deps, doc: DocumentRecord, d: IrnData): SignatureVerification {
  if (!deps.signatures) return { status: 'unverified', reason: 'no NIC signing certificates are configured' };
  return deps.signatures.verify(doc.environment, { signedInvoice: d.SignedInvoice, signedQrCode: d.SignedQRCode });
}

function ewbFromIrn(doc: DocumentRecord, d: IrnData, now: Date): EwbRecord {
  const ewbDt = d.EwbDt!;
  return {
    id: newId('ewb', now),
    accountId: doc.accountId,
    gstin: doc.gstin,
    irn: d.Irn,
    ewbNo: d.EwbNo!,
    ewbDt,
    ewbValidTill: d.EwbValidTill,
    status: d.EwbValidTill ? 'active' : 'part_a',
    // The payload is the request validateInvoice accepted when the document was generated.
    distanceKm: ewbDistanceFromInfo(doc.info) ?? Number((doc.payload as Invoice).EwbDtls?.Distance ?? 0),
    vehicles: [],
    extensionCount: 0,
    remarks: d.Remarks,
    cancellableUntil: ewbCancellableUntil(parseAckDt(ewbDt)),
    cancelledAt: null,
    gsp: doc.gsp,
    irp: doc.irp,
    createdAt: now,
    updatedAt: now,
  };
}
