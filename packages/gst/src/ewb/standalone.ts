import { z } from 'zod';
import { EWB_CANCEL_WINDOW_MS } from '../cancel-windows.js';
import { DAY_MS, HOUR_MS, istDayNumber, nicDayNumber } from '../dates.js';
import { type NicError, nicError, type Validation } from '../errors.js';
import { isTransporterId } from '../gstin.js';
import { issuesToNicErrors } from '../schema/issues.js';
import { isVehicleNo } from './masters.js';
import { ewbValidUntil } from './validity.js';

/**
 * Stand-alone e-way bill API actions (CANEWB, EXTENDVALIDITY, VEHEWB). The EWB API sends
 * numbers and strings loosely (ewbNo "3010..." or 3010..., reasonCode 3 or "3"), so both are
 * accepted and normalised to strings. Codes are the e-way bill system's own (its API error list:
 * 303/304/311/394 for Part-B, 381/382/385/390 for extensions); where that list has none we reuse the
 * e-invoice EWB codes (4016/4024/4028), documented in the README.
 */
const code = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess((v) => (typeof v === 'number' ? String(v) : v), z.enum(values));
const ewbNo = z.preprocess((v) => (typeof v === 'number' ? String(v) : v), z.string().regex(/^[0-9]{12}$/));
const blankToUndef = (v: unknown) => (v === '' || v === null ? undefined : v);
const optStr = (s: z.ZodString) => z.preprocess(blankToUndef, s.optional());

export interface EwbState {
  ewbDt: Date; // generation time
  now: Date;
  status: 'ACT' | 'CNL';
  ownerGstin: string; // generator of the EWB
  callerGstin: string;
  validUntil: Date | null; // null while Part-A only
  partBAt?: Date; // first Part-B entry (validity clock start); default ewbDt
  verified?: boolean; // verified by a tax officer in transit
  distanceKm?: number; // approximate distance, for a first Part-B entry
}

function ownership(state: EwbState, out: NicError[]): void {
  if (state.status !== 'ACT' || state.ownerGstin !== state.callerGstin) out.push(nicError('312', '/ewbNo'));
}

// ---------- CANEWB ----------
export const cancelEwbRequestSchema = z.object({
  ewbNo,
  cancelRsnCode: code(['1', '2', '3', '4']),
  cancelRmrk: optStr(z.string().max(50)),
});
export type CancelEwbRequest = z.output<typeof cancelEwbRequestSchema>;

/** Cancel: own and active (312), not verified (316), not lapsed (315), within 24 h of Part-B / generation (728). */
export function validateCancelEwb(input: unknown, state: EwbState): Validation<CancelEwbRequest> {
  const parsed = cancelEwbRequestSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: issuesToNicErrors(parsed.error.issues, input) };
  const out: NicError[] = [];
  ownership(state, out);
  if (state.verified) out.push(nicError('316', '/ewbNo'));
  if (state.validUntil && state.now.getTime() > state.validUntil.getTime()) out.push(nicError('315', '/ewbNo'));
  else if (state.now.getTime() - (state.partBAt ?? state.ewbDt).getTime() > EWB_CANCEL_WINDOW_MS)
    out.push(nicError('728', '/ewbNo'));
  return out.length ? { ok: false, errors: out } : { ok: true, value: parsed.data };
}

// ---------- EXTENDVALIDITY ----------
export const extendEwbRequestSchema = z.object({
  ewbNo,
  vehicleNo: optStr(z.string().regex(/^[a-zA-Z0-9]{4,20}$/)),
  fromPlace: z.string().min(3).max(50),
  fromState: z.preprocess((v) => (typeof v === 'number' ? String(v) : v), z.string().regex(/^[0-9]{1,2}$/)),
  fromPincode: z.int().min(100000).max(999999),
  remainingDistance: z.int().min(1).max(4000),
  transDocNo: optStr(z.string().regex(/^[a-zA-Z0-9/-]{1,15}$/)),
  transDocDate: optStr(z.string().regex(/^[0-3][0-9]\/[0-1][0-9]\/20[0-9]{2}$/)),
  transMode: z.preprocess(blankToUndef, code(['1', '2', '3', '4', '5']).optional()),
  extnRsnCode: code(['1', '2', '4', '5', '99']),
  extnRemarks: z.string().min(1).max(50),
  consignmentStatus: z.enum(['M', 'T']),
  transitType: z.preprocess(blankToUndef, z.enum(['R', 'W', 'O']).optional()),
});
export type ExtendEwbRequest = z.output<typeof extendEwbRequestSchema>;

/**
 * Extend: own and active (312), a Part-A-only bill has nothing to extend (381), only from 8 h before
 * to 8 h after the validity end (382), remaining distance at most the bill's distance (390), not beyond
 * 360 days from generation (821), in movement needs a vehicle (303, format 304) or for rail/air/ship the
 * transport document number and date (385), in transit needs transitType. New validity counts from the
 * extension time.
 */
export function validateExtendEwb(
  input: unknown,
  state: EwbState,
): Validation<{ request: ExtendEwbRequest; validUntil: Date }> {
  const parsed = extendEwbRequestSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: issuesToNicErrors(parsed.error.issues, input) };
  const req = parsed.data;
  const out: NicError[] = [];
  ownership(state, out);
  const now = state.now.getTime();
  if (!state.validUntil) out.push(nicError('381', '/ewbNo'));
  else if (now < state.validUntil.getTime() - 8 * HOUR_MS || now > state.validUntil.getTime() + 8 * HOUR_MS)
    out.push(nicError('382', '/ewbNo'));
  if (state.distanceKm !== undefined && req.remainingDistance > state.distanceKm)
    out.push(nicError('390', '/remainingDistance', req.remainingDistance, state.distanceKm));
  if (req.consignmentStatus === 'M') {
    if (req.transMode === undefined || req.transMode === '5') out.push(nicError('4028', '/transMode'));
    else if (req.transMode === '1' && !req.vehicleNo) out.push(nicError('303', '/vehicleNo'));
    else if (req.transMode !== '1' && (!req.transDocNo || !req.transDocDate))
      out.push(nicError('385', req.transDocNo ? '/transDocDate' : '/transDocNo'));
  } else if (req.transitType === undefined) {
    out.push(nicError('2140', '/transitType', '/transitType: required when consignmentStatus is T'));
  }
  if (req.vehicleNo && !isVehicleNo(req.vehicleNo)) out.push(nicError('304', '/vehicleNo', req.vehicleNo));
  const validUntil = ewbValidUntil(state.now, req.remainingDistance, 'R');
  if (validUntil.getTime() > state.ewbDt.getTime() + 360 * DAY_MS) out.push(nicError('821', '/remainingDistance'));
  return out.length ? { ok: false, errors: out } : { ok: true, value: { request: req, validUntil } };
}

// ---------- VEHEWB (Part-B update) ----------
export const updatePartBRequestSchema = z.object({
  ewbNo,
  vehicleNo: optStr(z.string().regex(/^[a-zA-Z0-9]{4,20}$/)),
  fromPlace: z.string().min(3).max(50),
  fromState: z.preprocess((v) => (typeof v === 'number' ? String(v) : v), z.string().regex(/^[0-9]{1,2}$/)),
  reasonCode: code(['1', '2', '3', '4']),
  reasonRem: z.string().min(1).max(50),
  transDocNo: optStr(z.string().regex(/^[a-zA-Z0-9/-]{1,15}$/)),
  transDocDate: optStr(z.string().regex(/^[0-3][0-9]\/[0-1][0-9]\/20[0-9]{2}$/)),
  transMode: code(['1', '2', '3', '4', '5']),
  vehicleType: z.preprocess(blankToUndef, z.enum(['R', 'O']).optional()),
});
export type UpdatePartBRequest = z.output<typeof updatePartBRequestSchema>;

/**
 * Part-B update: own and active (312), not after validity lapsed (311), road needs a
 * vehicle (303) of a valid format (304), other modes a transport document (394), ODC only by
 * road (4024), transport document date not in the future (4016). The first Part-B (validity
 * null) starts the validity clock now; later updates keep the existing validity.
 */
export function validateUpdatePartB(
  input: unknown,
  state: EwbState,
): Validation<{ request: UpdatePartBRequest; validUntil: Date }> {
  const parsed = updatePartBRequestSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: issuesToNicErrors(parsed.error.issues, input) };
  const req = parsed.data;
  const out: NicError[] = [];
  ownership(state, out);
  if (state.validUntil && state.now.getTime() > state.validUntil.getTime()) out.push(nicError('311', '/ewbNo'));
  if (req.transMode === '1') {
    if (!req.vehicleNo) out.push(nicError('303', '/vehicleNo'));
    else if (!isVehicleNo(req.vehicleNo)) out.push(nicError('304', '/vehicleNo', req.vehicleNo));
  } else {
    if (!req.transDocNo) out.push(nicError('394', '/transDocNo'));
    if (req.vehicleType === 'O') out.push(nicError('4024', '/vehicleType'));
  }
  if (req.transDocDate) {
    const d = nicDayNumber(req.transDocDate);
    if (d === undefined) out.push(nicError('2144', '/transDocDate', req.transDocDate));
    else if (d > istDayNumber(state.now)) out.push(nicError('4016', '/transDocDate', req.transDocDate));
  }
  if (out.length) return { ok: false, errors: out };
  const validUntil = state.validUntil ?? ewbValidUntil(state.now, state.distanceKm ?? 1, req.vehicleType ?? 'R');
  return { ok: true, value: { request: req, validUntil } };
}

export { isTransporterId };
