// Cancel an IRN: local rules first (24 h window 2270, active e-way bill 2230, ownership), then the IRP
// that issued it. Cancelling a cancelled IRN returns it unchanged (NIC's 9999 is not an error to us).
import { parseAckDt, validateCancelIrn } from '@einvoice/gst';
import type { Deps } from '../../deps.js';
import type { UpstreamCall } from '../../ports/gsp.js';
import type { DocumentRecord } from '../../ports/records.js';
import type { Repositories } from '../../ports/storage.js';
import { presentDocument } from '../../presenters.js';
import type { GstinPrincipal } from '../../principal.js';
import { problems } from '../../problems.js';
import type { RequestBody } from '../../request-bodies.js';
import { emit } from '../events.js';
import { enqueueReconcile } from '../reconcile/enqueue.js';
import { clockFor } from '../test-clocks.js';
import { upstreamIdentity } from '../upstream.js';
import { withHints } from './local-rules.js';

export async function cancelIrn(
  deps: Deps,
  who: GstinPrincipal,
  irn: string,
  body: RequestBody<'cancelIrn'>,
  options: { trace: UpstreamCall['trace']; completeInTx?: (tx: Repositories, doc: DocumentRecord) => Promise<void> },
): Promise<DocumentRecord> {
  const doc = await deps.storage.documents.getByIrn(who.accountId, who.gstin, irn);
  if (!doc?.ackDt)
    throw problems.notFound(`No IRN ${irn.slice(0, 8)}...${irn.slice(-4)} exists for GSTIN ${who.gstin}.`);
  if (doc.status === 'cancelled') {
    await deps.storage.transaction(async (tx) => options.completeInTx?.(tx, doc));
    return doc;
  }
  // A sandbox GSTIN on a test clock lives at the clock's time: its 24-hour window is counted there.
  const now = (await clockFor(deps, who)).now();
  const ewbs = await deps.storage.ewbs.listByIrn(who.accountId, who.gstin, irn);
  const local = validateCancelIrn(
    { Irn: irn, ...body },
    {
      ackDt: parseAckDt(doc.ackDt),
      now,
      status: 'ACT',
      hasActiveEwb: ewbs.some((e) => e.status === 'active' || e.status === 'part_a'),
      ownerGstin: doc.gstin,
      callerGstin: who.gstin,
    },
  );
  if (!local.ok) throw problems.gstnRejected(local.errors);

  const identity = await upstreamIdentity(deps, who, options.trace);
  const outcome = await deps.gsp
    .route(who.environment, { irp: doc.irp })
    .cancelIrn(identity, { Irn: irn, CnlRsn: body.CnlRsn, ...(body.CnlRem ? { CnlRem: body.CnlRem } : {}) });
  let cancelDate: string | null = null;
  if (outcome.kind === 'ok') cancelDate = outcome.data.CancelDate;
  else if (outcome.kind === 'rejected' && outcome.errors.some((e) => e.code === '9999'))
    cancelDate = null; // already cancelled at the IRP
  else if (outcome.kind === 'rejected' || outcome.kind === 'duplicate') {
    throw problems.gstnRejected(withHints(outcome.errors), {
      system: 'IRP',
      partner: doc.gsp,
      code: outcome.errors[0]?.code ?? null,
      message: outcome.errors[0]?.message ?? null,
      retryable: false,
    });
  } else {
    if (outcome.kind === 'ambiguous') {
      // The IRP may have cancelled it: the reconciler asks it and records the cancellation (irn.cancelled) if so.
      await enqueueReconcile(deps, 'cancel', doc, 'upstream_timeout', {
        detail: { CnlRsn: body.CnlRsn, ...(body.CnlRem ? { CnlRem: body.CnlRem } : {}) },
      });
    }
    throw problems.upstreamUnavailable(
      outcome.kind === 'ambiguous'
        ? `The IRP did not confirm the cancellation (${outcome.detail}); einvoice is checking with the IRP and sends irn.cancelled if it took effect. Retrying with the same Idempotency-Key is safe.`
        : `The IRP did not confirm the cancellation (${outcome.detail}); retry with the same Idempotency-Key.`,
      {
        system: 'IRP',
        partner: doc.gsp,
        code: null,
        message: outcome.detail,
        retryable: true,
      },
    );
  }
  const cancelled: DocumentRecord = {
    ...doc,
    status: 'cancelled',
    cancelledAt: now,
    cancelReason: body.CnlRsn,
    cancelDate,
    updatedAt: now,
  };
  return deps.storage.transaction(async (tx) => {
    // Compare-and-set: the reconciler (or a concurrent retry) may have recorded this cancellation first.
    if (!(await tx.documents.updateIfStatus(cancelled, ['generated']))) {
      const current = (await tx.documents.get(doc.accountId, doc.gstin, doc.id)) ?? cancelled;
      await options.completeInTx?.(tx, current);
      return current;
    }
    await emit(deps, tx, {
      accountId: who.accountId,
      gstin: who.gstin,
      type: 'irn.cancelled',
      data: presentDocument(cancelled),
    });
    await options.completeInTx?.(tx, cancelled);
    return cancelled;
  });
}
