// Cancel an e-way bill (NIC CANEWB): within 24 h, owner only; cancelling twice returns it unchanged.
import { parseAckDt, validateCancelEwb } from '@einvoice/gst';
import type { Deps } from '../../deps.js';
import type { UpstreamCall } from '../../ports/gsp.js';
import type { EwbRecord } from '../../ports/records.js';
import type { Repositories } from '../../ports/storage.js';
import { presentEwb } from '../../presenters.js';
import type { GstinPrincipal } from '../../principal.js';
import { problems } from '../../problems.js';
import type { RequestBody } from '../../request-bodies.js';
import { withHints } from '../documents/local-rules.js';
import { emit } from '../events.js';
import { upstreamIdentity } from '../upstream.js';

export async function ownedEwb(deps: Deps, who: GstinPrincipal, ewbNo: number): Promise<EwbRecord> {
  const ewb = await deps.storage.ewbs.get(who.accountId, who.gstin, ewbNo);
  if (!ewb) throw problems.notFound(`No e-way bill ${ewbNo} exists for GSTIN ${who.gstin}.`);
  return ewb;
}

export function ewbState(ewb: EwbRecord, now: Date, callerGstin: string) {
  return {
    ewbDt: parseAckDt(ewb.ewbDt),
    now,
    status: ewb.status === 'cancelled' ? ('CNL' as const) : ('ACT' as const),
    ownerGstin: ewb.gstin,
    callerGstin,
    validUntil: ewb.ewbValidTill ? parseAckDt(ewb.ewbValidTill) : null,
    distanceKm: ewb.distanceKm,
  };
}

export async function cancelEwb(
  deps: Deps,
  who: GstinPrincipal,
  ewbNo: number,
  body: RequestBody<'cancelEwb'>,
  options: { trace: UpstreamCall['trace']; completeInTx?: (tx: Repositories, ewb: EwbRecord) => Promise<void> },
): Promise<EwbRecord> {
  const ewb = await ownedEwb(deps, who, ewbNo);
  if (ewb.status === 'cancelled') {
    await deps.storage.transaction(async (tx) => options.completeInTx?.(tx, ewb));
    return ewb;
  }
  const now = deps.clock.now();
  const local = validateCancelEwb({ ewbNo, ...body }, ewbState(ewb, now, who.gstin));
  if (!local.ok) throw problems.gstnRejected(local.errors);
  const identity = await upstreamIdentity(deps, who, options.trace);
  const outcome = await deps.gsp.route(who.environment, { irp: ewb.irp }).cancelEwb(identity, {
    ewbNo,
    cancelRsnCode: body.cancelRsnCode,
    ...(body.cancelRmrk ? { cancelRmrk: body.cancelRmrk } : {}),
  });
  if (outcome.kind === 'rejected' || outcome.kind === 'duplicate') {
    // 312 after an earlier lost answer means it is already cancelled at the IRP.
    if (!outcome.errors.some((e) => e.code === '312')) {
      throw problems.gstnRejected(withHints(outcome.errors), {
        system: 'IRP',
        partner: ewb.gsp,
        code: outcome.errors[0]?.code ?? null,
        message: outcome.errors[0]?.message ?? null,
        retryable: false,
      });
    }
  } else if (outcome.kind !== 'ok') {
    throw problems.upstreamUnavailable(
      `The IRP did not confirm the cancellation (${outcome.detail}); retry with the same Idempotency-Key.`,
      {
        system: 'IRP',
        partner: ewb.gsp,
        code: null,
        message: outcome.detail,
        retryable: true,
      },
    );
  }
  const cancelled: EwbRecord = { ...ewb, status: 'cancelled', cancelledAt: now, updatedAt: now };
  await deps.storage.transaction(async (tx) => {
    await tx.ewbs.update(cancelled);
    await emit(deps, tx, {
      accountId: who.accountId,
      gstin: who.gstin,
      type: 'ewb.cancelled',
      data: presentEwb(cancelled),
    });
    await options.completeInTx?.(tx, cancelled);
  });
  return cancelled;
}
