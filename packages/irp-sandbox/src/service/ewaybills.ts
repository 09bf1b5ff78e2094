import { isRecord } from '../protocol/body.js';
import { formatEwbApiDateTime } from '../protocol/dates.js';
import { nicError } from '../protocol/errors.js';
import * as rules from '../rules.js';
import type { EwbRecord, IrnRecord } from '../store/ledger.js';
import { fail, ok, type Caller, type Outcome, type ServiceDeps } from './types.js';

export interface EwbResponse {
  EwbNo: number;
  EwbDt: string;
  EwbValidTill: string | null;
  Remarks: string | null;
}

interface Created extends EwbResponse {
  distanceKm: number;
  computedDistance: boolean;
}

/**
 * Shared by Generate-EWB-by-IRN and the EwbDtls block of Generate IRN. `checkOwner`: gst refuses
 * another GSTIN's IRN (2143); Generate IRN has already authorised the caller (seller or e-commerce
 * operator), so it skips this.
 */
export function createEwbForIrn(
  deps: ServiceDeps,
  caller: Caller,
  rec: IrnRecord,
  input: Record<string, unknown>,
  checkOwner: boolean,
): Outcome<Created> {
  const now = deps.clock.now();
  const v = rules.validateEwbByIrn(input, {
    invoice: rec.document as unknown as rules.Invoice,
    irnStatus: rec.status,
    now,
    hasEwb: deps.ledger.activeEwbForIrn(rec.irn) !== undefined,
    ...(checkOwner ? { ownerGstin: rec.sellerGstin, callerGstin: caller.gstin } : {}),
  });
  if (!v.ok) return fail(v.errors);
  const { distanceKm, partAOnly, request } = v.value;
  const validTill = partAOnly ? null : v.value.validUntil;
  const computedDistance = Number(input.Distance ?? 0) === 0;
  const ewb: EwbRecord = {
    ewbNo: deps.ledger.nextEwbNo(),
    irn: rec.irn,
    genGstin: caller.gstin,
    ewbDt: now,
    ewbDtText: rules.formatAckDt(now),
    validTill,
    validTillText: validTill ? rules.formatAckDt(validTill) : null,
    distanceKm,
    partAOnly,
    status: 'ACT',
    request,
    channel: caller.channel,
  };
  deps.ledger.addEwb(ewb);
  const ev = deps.ledger.record({ at: now, type: 'EWB_GENERATED', gstin: caller.gstin, irn: rec.irn, ewbNo: ewb.ewbNo, channel: caller.channel });
  return ok(
    {
      EwbNo: ewb.ewbNo,
      EwbDt: ewb.ewbDtText,
      EwbValidTill: ewb.validTillText,
      Remarks: computedDistance ? `Pin-Pin calc distance: ${distanceKm}KM` : null,
      distanceKm,
      computedDistance,
    },
    null,
    [ev],
  );
}

export function generateEwb(deps: ServiceDeps, caller: Caller, payload: unknown): Outcome<EwbResponse> {
  if (!isRecord(payload) || typeof payload.Irn !== 'string') return fail([nicError('4003', 'Irn is required')]);
  const rec = deps.ledger.getIrn(payload.Irn);
  if (!rec) return fail([nicError('4003')]);
  const r = createEwbForIrn(deps, caller, rec, payload, true);
  if (!r.ok) return r;
  const { EwbNo, EwbDt, EwbValidTill, Remarks } = r.data;
  return ok({ EwbNo, EwbDt, EwbValidTill, Remarks }, null, r.events);
}

export interface EwbByIrnResponse {
  EwbNo: number;
  Status: 'ACT' | 'CNL';
  GenGstin: string;
  EwbDt: string;
  EwbValidTill: string | null;
}

export function getEwbByIrn(deps: ServiceDeps, caller: Caller, irn: string): Outcome<EwbByIrnResponse> {
  const rec = deps.ledger.getIrn(String(irn ?? ''));
  if (!rec) return fail([nicError('4003')]);
  if (rec.sellerGstin !== caller.gstin) return fail([nicError('2143')]);
  const ewb = deps.ledger.activeEwbForIrn(rec.irn) ?? deps.ledger.ewbsForIrn(rec.irn).at(-1);
  if (!ewb) return fail([nicError('4005')]);
  return ok({ EwbNo: ewb.ewbNo, Status: ewb.status, GenGstin: ewb.genGstin, EwbDt: ewb.ewbDtText, EwbValidTill: ewb.validTillText });
}

/** CANEWB of the stand-alone EWB API: times in its own `dd/MM/yyyy hh:mm:ss AM/PM` format. */
export function cancelEwb(deps: ServiceDeps, caller: Caller, payload: unknown): Outcome<{ ewayBillNo: number; cancelDate: string }> {
  const now = deps.clock.now();
  const ewbNo = isRecord(payload) ? Number(payload.ewbNo) : NaN;
  const ewb = Number.isSafeInteger(ewbNo) ? deps.ledger.getEwb(ewbNo) : undefined;
  if (!ewb) return fail([nicError('312')]);
  const v = rules.validateCancelEwb(payload, {
    ewbDt: ewb.ewbDt,
    now,
    status: ewb.status,
    ownerGstin: ewb.genGstin,
    callerGstin: caller.gstin,
    validUntil: ewb.validTill,
  });
  if (!v.ok) return fail(v.errors);
  ewb.status = 'CNL';
  ewb.cancelledAt = now;
  ewb.cancelReason = String(v.value.cancelRsnCode);
  if (v.value.cancelRmrk !== undefined) ewb.cancelRemark = v.value.cancelRmrk;
  const ev = deps.ledger.record({ at: now, type: 'EWB_CANCELLED', gstin: caller.gstin, irn: ewb.irn, ewbNo: ewb.ewbNo, channel: caller.channel });
  return ok({ ewayBillNo: ewb.ewbNo, cancelDate: formatEwbApiDateTime(now) }, null, [ev]);
}
