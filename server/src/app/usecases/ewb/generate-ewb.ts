// Generate an e-way bill from an IRN (NIC's Generate EWB by IRN): local rules first, the IRP that
// issued the IRN next; a lost answer is reconciled with NIC's get-EWB-by-IRN, never resubmitted blindly.
import { ewbCancellableUntil, ewbDistanceFromInfo, type Invoice, parseAckDt, validateEwbByIrn } from '@einvoice/gst';
import type { Deps } from '../../deps.js';
import type { EwbData, InfoDtl, UpstreamCall } from '../../ports/gsp.js';
import type { DocumentRecord, EwbRecord } from '../../ports/records.js';
import type { Repositories } from '../../ports/storage.js';
import { presentEwb } from '../../presenters.js';
import type { GstinPrincipal } from '../../principal.js';
import { problems } from '../../problems.js';
import type { RequestBody } from '../../request-bodies.js';
import { newId } from '../../security/ids.js';
import { withHints } from '../documents/local-rules.js';
import { emit } from '../events.js';
import { enqueueReconcile } from '../reconcile/enqueue.js';
import { clockFor } from '../test-clocks.js';
import { upstreamIdentity } from '../upstream.js';

export interface EwbOutcome {
  status: 200 | 201;
  ewb: EwbRecord;
}

export async function generateEwb(
  deps: Deps,
  who: GstinPrincipal,
  body: RequestBody<'generateEwb'>,
  options: { trace: UpstreamCall['trace']; completeInTx?: (tx: Repositories, o: EwbOutcome) => Promise<void> },
): Promise<EwbOutcome> {
  const doc = await deps.storage.documents.getByIrn(who.accountId, who.gstin, body.Irn);
  if (!doc?.irn)
    throw problems.notFound(`No IRN ${body.Irn.slice(0, 8)}...${body.Irn.slice(-4)} exists for GSTIN ${who.gstin}.`);
  const existing = (await deps.storage.ewbs.listByIrn(who.accountId, who.gstin, doc.irn)).filter(
    (e) => e.status !== 'cancelled',
  );
  const now = (await clockFor(deps, who)).now();
  const local = validateEwbByIrn(body, {
    invoice: doc.payload as Invoice, // the request validateInvoice accepted when the IRN was generated
    irnStatus: doc.status === 'cancelled' ? 'CNL' : 'ACT',
    now,
    hasEwb: existing.length > 0,
    ownerGstin: doc.gstin,
    callerGstin: who.gstin,
  });
  if (!local.ok) throw problems.gstnRejected(local.errors);

  const identity = await upstreamIdentity(deps, who, options.trace);
  const route = deps.gsp.route(who.environment, { irp: doc.irp });
  let outcome = await route.generateEwb(identity, body);
  let status: 200 | 201 = 201;
  if (outcome.kind === 'ambiguous' || (outcome.kind === 'rejected' && outcome.errors.some((e) => e.code === '4002'))) {
    // Either our earlier attempt committed (lost answer) or this one did: the IRP knows which EWB exists.
    const found = await route.getEwbByIrn(identity, doc.irn);
    if (found.kind === 'ok') {
      outcome = { kind: 'ok', data: found.data, info: [], ...(found.via ? { via: found.via } : {}) };
      status = 200; // it existed before this call answered
    } else if (outcome.kind === 'ambiguous') {
      // The IRP may hold it: the reconciler keeps asking and records it (ewb.generated) if so.
      await enqueueReconcile(deps, 'ewb_generate', doc, 'upstream_timeout', {
        detail: { request: body, distanceKm: local.value.distanceKm },
      });
      throw problems.upstreamUnavailable(
        `The IRP did not answer (${outcome.detail}); einvoice keeps checking with the IRP and sends ewb.generated if it was generated. Retrying with the same Idempotency-Key is safe: einvoice checks with the IRP first.`,
        {
          system: 'IRP',
          partner: route.name,
          code: null,
          message: outcome.detail,
          retryable: true,
        },
      );
    }
  }
  if (outcome.kind === 'rejected' || outcome.kind === 'duplicate') {
    const errors = withHints(outcome.errors);
    throw problems.gstnRejected(errors, {
      system: 'IRP',
      partner: route.name,
      code: errors[0]?.code ?? null,
      message: errors[0]?.message ?? null,
      retryable: false,
    });
  }
  if (outcome.kind !== 'ok') {
    throw problems.upstreamUnavailable(
      `No answer from the IRP (${outcome.detail}); nothing was generated. Retry with the same Idempotency-Key.`,
      {
        system: 'GSP',
        partner: route.name,
        code: outcome.kind === 'unavailable' ? (outcome.code ?? null) : null,
        message: outcome.detail,
        retryable: true,
      },
    );
  }
  return recordEwb(deps, doc as DocumentRecord & { irn: string }, body, outcome, {
    status,
    distanceKm: local.value.distanceKm,
    ...(options.completeInTx ? { completeInTx: options.completeInTx } : {}),
  });
}

/**
 * Records an e-way bill the IRP holds for the document (once: an existing row by EwbNo is answered as it is,
 * and only the first recorder announces ewb.generated). The request path and the reconciler share it.
 */
export async function recordEwb(
  deps: Deps,
  doc: DocumentRecord & { irn: string },
  body: RequestBody<'generateEwb'>,
  outcome: { data: EwbData; info: InfoDtl[]; via?: { gsp: string; irp: string } },
  options: {
    status: 200 | 201;
    /** The distance the local rules settled on when the request was accepted. */
    distanceKm: number;
    completeInTx?: (tx: Repositories, o: EwbOutcome) => Promise<void>;
  },
): Promise<EwbOutcome> {
  const { status, completeInTx } = options;
  const now = deps.clock.now();
  const data: EwbData = outcome.data;
  const distanceKm = ewbDistanceFromInfo(outcome.info) ?? (body.Distance || options.distanceKm);
  const already = await deps.storage.ewbs.get(doc.accountId, doc.gstin, data.EwbNo);
  const ewb: EwbRecord = already ?? {
    id: newId('ewb', now),
    accountId: doc.accountId,
    gstin: doc.gstin,
    irn: doc.irn,
    ewbNo: data.EwbNo,
    ewbDt: data.EwbDt,
    ewbValidTill: data.EwbValidTill,
    status: data.EwbValidTill ? 'active' : 'part_a',
    distanceKm,
    vehicles:
      body.VehNo || body.TransDocNo
        ? [
            {
              vehicleNo: body.VehNo ?? null,
              transDocNo: body.TransDocNo ?? null,
              transMode: String(body.TransMode ?? '1'),
              fromPlace: null,
              fromState: null,
              reasonCode: '4',
              entered_at: now.toISOString(),
            },
          ]
        : [],
    extensionCount: 0,
    remarks: data.Remarks,
    cancellableUntil: ewbCancellableUntil(parseAckDt(data.EwbDt)),
    cancelledAt: null,
    gsp: outcome.via?.gsp ?? null,
    irp: outcome.via?.irp ?? doc.irp,
    createdAt: now,
    updatedAt: now,
  };
  const result: EwbOutcome = { status: already ? 200 : status, ewb };
  return deps.storage.transaction(async (tx) => {
    // Checked again inside the transaction: the reconciler and a retry may record the same e-way bill.
    if (!already && !(await tx.ewbs.get(doc.accountId, doc.gstin, data.EwbNo))) {
      await tx.ewbs.insert(ewb);
      await tx.documents.update({
        ...doc,
        ewbNo: ewb.ewbNo,
        ewbDt: ewb.ewbDt,
        ewbValidTill: ewb.ewbValidTill,
        updatedAt: now,
      });
      await emit(deps, tx, {
        accountId: doc.accountId,
        gstin: doc.gstin,
        type: 'ewb.generated',
        data: presentEwb(ewb),
      });
      await completeInTx?.(tx, result);
      return result;
    }
    const current = (await tx.ewbs.get(doc.accountId, doc.gstin, data.EwbNo)) ?? ewb;
    const replay: EwbOutcome = { status: 200, ewb: current };
    await completeInTx?.(tx, replay);
    return replay;
  });
}
