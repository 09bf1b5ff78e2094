import type {
  CancelEwbData,
  EwbByIrnData,
  EwbData,
  ExtendEwbData,
  GetEwayBillData,
  UpdateEwbVehicleData,
} from '@einvoice/nic';
import { isRecord } from '../protocol/body.js';
import { formatEwbApiDateTime } from '../protocol/dates.js';
import { nicError } from '../protocol/errors.js';
import * as rules from '../rules.js';
import type { EwbRecord, IrnRecord, VehicleEntry } from '../store/ledger.js';
import { type Caller, fail, type Outcome, ok, type ServiceDeps } from './types.js';

interface Created extends EwbData {
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
  const vehicles: VehicleEntry[] = [];
  if (!partAOnly) {
    // The Part-B given at generation is the first VehiclListDetails entry, from the dispatch (or seller) place.
    const t = request as unknown as Record<string, string | undefined>;
    const doc = rec.document as Record<string, unknown>;
    const from = (
      isRecord(request.DispDtls) ? request.DispDtls : isRecord(doc.DispDtls) ? doc.DispDtls : doc.SellerDtls
    ) as Record<string, unknown> | undefined;
    vehicles.push({
      enteredAt: now,
      enteredDate: formatEwbApiDateTime(now),
      source: 'GENERATE',
      vehicleNo: t.VehNo ?? null,
      vehicleType: t.VehType === 'O' || t.VehType === 'R' ? t.VehType : null,
      transMode: t.TransMode ?? null,
      transDocNo: t.TransDocNo ?? null,
      transDocDate: t.TransDocDt ?? null,
      fromPlace: typeof from?.Loc === 'string' ? from.Loc : null,
      fromState: typeof from?.Stcd === 'string' ? from.Stcd : null,
      reasonCode: null,
      reasonRem: null,
      userGstin: caller.gstin,
    });
  }
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
    partBAt: partAOnly ? null : now,
    vehicles,
    extensions: [],
    status: 'ACT',
    request,
    channel: caller.channel,
  };
  deps.ledger.addEwb(ewb);
  const ev = deps.ledger.record({
    at: now,
    type: 'EWB_GENERATED',
    gstin: caller.gstin,
    irn: rec.irn,
    ewbNo: ewb.ewbNo,
    channel: caller.channel,
  });
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

export function generateEwb(deps: ServiceDeps, caller: Caller, payload: unknown): Outcome<EwbData> {
  if (!isRecord(payload) || typeof payload.Irn !== 'string') return fail([nicError('4003', 'Irn is required')]);
  const rec = deps.ledger.getIrn(payload.Irn);
  if (!rec) return fail([nicError('4003')]);
  const r = createEwbForIrn(deps, caller, rec, payload, true);
  if (!r.ok) return r;
  const { EwbNo, EwbDt, EwbValidTill, Remarks } = r.data;
  return ok({ EwbNo, EwbDt, EwbValidTill, Remarks }, null, r.events);
}

export function getEwbByIrn(deps: ServiceDeps, caller: Caller, irn: string): Outcome<EwbByIrnData> {
  const rec = deps.ledger.getIrn(String(irn ?? ''));
  if (!rec) return fail([nicError('4003')]);
  if (rec.sellerGstin !== caller.gstin) return fail([nicError('2143')]);
  const ewb = deps.ledger.activeEwbForIrn(rec.irn) ?? deps.ledger.ewbsForIrn(rec.irn).at(-1);
  if (!ewb) return fail([nicError('4005')]);
  return ok({
    EwbNo: ewb.ewbNo,
    Status: ewb.status,
    GenGstin: ewb.genGstin,
    EwbDt: ewb.ewbDtText,
    EwbValidTill: ewb.validTillText,
  });
}

/** CANEWB of the stand-alone EWB API: times in its own `dd/MM/yyyy hh:mm:ss AM/PM` format. */
export function cancelEwb(deps: ServiceDeps, caller: Caller, payload: unknown): Outcome<CancelEwbData> {
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
    ...(ewb.partBAt ? { partBAt: ewb.partBAt } : {}),
  });
  if (!v.ok) return fail(v.errors);
  ewb.status = 'CNL';
  ewb.cancelledAt = now;
  ewb.cancelReason = String(v.value.cancelRsnCode);
  if (v.value.cancelRmrk !== undefined) ewb.cancelRemark = v.value.cancelRmrk;
  const ev = deps.ledger.record({
    at: now,
    type: 'EWB_CANCELLED',
    gstin: caller.gstin,
    irn: ewb.irn,
    ewbNo: ewb.ewbNo,
    channel: caller.channel,
  });
  return ok({ ewayBillNo: ewb.ewbNo, cancelDate: formatEwbApiDateTime(now) }, null, [ev]);
}

/**
 * GetEwayBill of the stand-alone EWB API: the e-way bill as the IRP holds it (a subset of NIC's fields: status,
 * validity, extensions, Part-B entries newest first). Another GSTIN's, or an unknown number: 325.
 */
export function getEwayBill(deps: ServiceDeps, caller: Caller, ewbNoText: string): Outcome<GetEwayBillData> {
  const ewbNo = Number(ewbNoText);
  const ewb = Number.isSafeInteger(ewbNo) ? deps.ledger.getEwb(ewbNo) : undefined;
  if (!ewb || ewb.genGstin !== caller.gstin) return fail([nicError('325', 'Could not retrieve data')]);
  return ok({
    ewbNo: ewb.ewbNo,
    ewayBillDate: formatEwbApiDateTime(ewb.ewbDt),
    status: ewb.status,
    validUpto: ewb.validTill ? formatEwbApiDateTime(ewb.validTill) : null,
    extendedTimes: ewb.extensions.length,
    VehiclListDetails: [...ewb.vehicles].reverse().map((v) => ({
      updMode: v.source === 'GENERATE' ? 'API' : 'VEHEWB',
      vehicleNo: v.vehicleNo,
      fromPlace: v.fromPlace,
      fromState: v.fromState === null ? null : Number(v.fromState),
      tripshtNo: 0,
      userGSTINTransin: v.userGstin,
      enteredDate: v.enteredDate,
      transMode: v.transMode,
      transDocNo: v.transDocNo,
      transDocDate: v.transDocDate,
      groupNo: '0',
    })),
  });
}

/** The e-way bill an EWB API payload names, or undefined (the caller then gets 312, as for another GSTIN's). */
function ewbOf(deps: ServiceDeps, payload: unknown): EwbRecord | undefined {
  const ewbNo = isRecord(payload) ? Number(payload.ewbNo) : NaN;
  return Number.isSafeInteger(ewbNo) ? deps.ledger.getEwb(ewbNo) : undefined;
}

function ewbApiState(ewb: EwbRecord, caller: Caller, now: Date): rules.EwbApiState {
  return {
    ewbDt: ewb.ewbDt,
    now,
    status: ewb.status,
    ownerGstin: ewb.genGstin,
    callerGstin: caller.gstin,
    validUntil: ewb.validTill,
    distanceKm: ewb.distanceKm,
    ...(ewb.partBAt ? { partBAt: ewb.partBAt } : {}),
  };
}

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

/**
 * VEHEWB (Part-B update) of the stand-alone EWB API, validated by gst's validateUpdatePartB. The first
 * Part-B entry of a Part-A e-way bill starts its validity (gst: ewbValidUntil(now, distance, vehicleType));
 * later entries (breakdown, transshipment) keep it. Every entry joins the vehicle history.
 */
export function updateEwbVehicle(deps: ServiceDeps, caller: Caller, payload: unknown): Outcome<UpdateEwbVehicleData> {
  const now = deps.clock.now();
  const ewb = ewbOf(deps, payload);
  if (!ewb) return fail([nicError('312')]);
  const v = rules.validateUpdatePartB(payload, ewbApiState(ewb, caller, now));
  if (!v.ok) return fail(v.errors);
  const { request: r, validUntil } = v.value;
  if (ewb.partAOnly || ewb.validTill === null) {
    ewb.partAOnly = false;
    ewb.partBAt = now;
  }
  ewb.validTill = validUntil;
  ewb.validTillText = rules.formatAckDt(validUntil);
  ewb.vehicles.push({
    enteredAt: now,
    enteredDate: formatEwbApiDateTime(now),
    source: 'VEHEWB',
    vehicleNo: r.vehicleNo ?? null,
    vehicleType: r.vehicleType ?? null,
    transMode: r.transMode,
    transDocNo: r.transDocNo ?? null,
    transDocDate: r.transDocDate ?? null,
    fromPlace: r.fromPlace,
    fromState: r.fromState,
    reasonCode: r.reasonCode,
    reasonRem: r.reasonRem,
    userGstin: caller.gstin,
  });
  const ev = deps.ledger.record({
    at: now,
    type: 'EWB_VEHICLE_UPDATED',
    gstin: caller.gstin,
    irn: ewb.irn,
    ewbNo: ewb.ewbNo,
    channel: caller.channel,
  });
  return ok({ vehUpdDate: formatEwbApiDateTime(now), validUpto: formatEwbApiDateTime(validUntil) }, null, [ev]);
}

/**
 * EXTENDVALIDITY of the stand-alone EWB API, validated by gst's validateExtendEwb (8 h either side of
 * the validity end, 382; 360 days from generation, 821). The new validity counts from now over the
 * remaining distance (gst).
 */
export function extendEwb(deps: ServiceDeps, caller: Caller, payload: unknown): Outcome<ExtendEwbData> {
  const now = deps.clock.now();
  const ewb = ewbOf(deps, payload);
  if (!ewb) return fail([nicError('312')]);
  const v = rules.validateExtendEwb(payload, ewbApiState(ewb, caller, now));
  if (!v.ok) return fail(v.errors);
  const { request: r, validUntil } = v.value;
  const raw = payload as Record<string, unknown>;
  ewb.extensions.push({
    extendedAt: now,
    updatedDate: formatEwbApiDateTime(now),
    previousValidTill: ewb.validTill,
    validTill: validUntil,
    remainingDistance: r.remainingDistance,
    extnRsnCode: r.extnRsnCode,
    extnRemarks: r.extnRemarks,
    consignmentStatus: r.consignmentStatus,
    transitType: r.transitType ?? null,
    fromPlace: r.fromPlace,
    fromState: r.fromState,
    fromPincode: r.fromPincode,
    vehicleNo: r.vehicleNo ?? null,
    transMode: r.transMode ?? null,
    transDocNo: r.transDocNo ?? null,
    transDocDate: r.transDocDate ?? null,
    // Not in gst's schema (it strips them); kept as sent for the ledger.
    addressLine1: str(raw.addressLine1),
    addressLine2: str(raw.addressLine2),
    addressLine3: str(raw.addressLine3),
  });
  ewb.validTill = validUntil;
  ewb.validTillText = rules.formatAckDt(validUntil);
  const ev = deps.ledger.record({
    at: now,
    type: 'EWB_EXTENDED',
    gstin: caller.gstin,
    irn: ewb.irn,
    ewbNo: ewb.ewbNo,
    channel: caller.channel,
  });
  return ok(
    {
      ewayBillNo: String(ewb.ewbNo),
      updatedDate: formatEwbApiDateTime(now),
      validUpto: formatEwbApiDateTime(validUntil),
    },
    null,
    [ev],
  );
}
