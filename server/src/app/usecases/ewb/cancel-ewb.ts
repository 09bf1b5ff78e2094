// Cancel an e-way bill (NIC CANEWB): within 24 h, owner only; cancelling twice returns it unchanged. Sent through
// sendEwbChange (changes.ts): a cancellation whose answer was lost is settled with the IRP, not left unknown.
import { parseAckDt, validateCancelEwb } from '@einvoice/gst';
import type { Deps } from '../../deps.js';
import type { UpstreamCall } from '../../ports/gsp.js';
import type { EwbRecord } from '../../ports/records.js';
import type { Repositories } from '../../ports/storage.js';
import type { GstinPrincipal } from '../../principal.js';
import { problems } from '../../problems.js';
import type { RequestBody } from '../../request-bodies.js';
import { clockFor } from '../test-clocks.js';
import { sendEwbChange } from './changes.js';

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
  options: {
    trace: UpstreamCall['trace'];
    completeInTx?: (tx: Repositories, ewb: EwbRecord) => Promise<void>;
    idempotencyKey?: string;
  },
): Promise<EwbRecord> {
  const ewb = await ownedEwb(deps, who, ewbNo);
  if (ewb.status === 'cancelled') {
    await deps.storage.transaction(async (tx) => options.completeInTx?.(tx, ewb));
    return ewb;
  }
  const request = {
    ewbNo,
    cancelRsnCode: body.cancelRsnCode,
    ...(body.cancelRmrk ? { cancelRmrk: body.cancelRmrk } : {}),
  };
  // A sandbox GSTIN on a test clock: its e-way bill windows are counted at the clock's time.
  const clock = await clockFor(deps, who);
  return sendEwbChange(
    deps,
    who,
    ewb,
    'ewb_cancel',
    request,
    {
      validate: (current) => {
        const local = validateCancelEwb({ ewbNo, ...body }, ewbState(current, clock.now(), who.gstin));
        if (!local.ok) throw problems.gstnRejected(local.errors);
      },
      send: (identity, current) => deps.gsp.route(who.environment, { irp: current.irp }).cancelEwb(identity, request),
      // 312 after an earlier lost answer means it is already cancelled at the IRP.
      alreadyApplied: (errors) => errors.some((e) => e.code === '312'),
    },
    options,
  );
}
