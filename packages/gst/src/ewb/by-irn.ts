import { z } from 'zod';
import { istDayNumber, nicDayNumber } from '../dates.js';
import { type NicError, nicError, type Validation } from '../errors.js';
import { isTransporterId } from '../gstin.js';
import { pinDistanceKm } from '../masters/pin-distance.js';
import { date, pin, stateCode, str, text } from '../schema/common.js';
import type { Invoice } from '../schema/invoice.js';
import { issuesToNicErrors } from '../schema/issues.js';
import { isVehicleNo } from './masters.js';
import { ewbValidUntil } from './validity.js';

const addr = z.object({
  Addr1: text(1, 100),
  Addr2: text(3, 100).optional(),
  Loc: text(3, 100),
  Pin: pin(),
  Stcd: stateCode(),
});

/** Generate-EWB-by-IRN body (NIC-EWB). v1.01 spelled TransDocNo/TransDocDt as TrnDocNo/TrnDocDt: both accepted. */
export const ewbByIrnRequestSchema = z.preprocess(
  (v) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const o = { ...(v as Record<string, unknown>) };
      if (o.TransDocNo === undefined && o.TrnDocNo !== undefined) o.TransDocNo = o.TrnDocNo;
      if (o.TransDocDt === undefined && o.TrnDocDt !== undefined) o.TransDocDt = o.TrnDocDt;
      return o;
    }
    return v;
  },
  z.object({
    Irn: str(64, 64).regex(/^[0-9a-f]{64}$/),
    Distance: z.int().min(0).max(4000),
    TransMode: z.enum(['1', '2', '3', '4']).optional(),
    TransId: str(15, 15).optional(),
    TransName: text(3, 100).optional(),
    TransDocNo: str(1, 15)
      .regex(/^[a-zA-Z0-9/-]{1,15}$/)
      .optional(),
    TransDocDt: date().optional(),
    VehNo: str(4, 20)
      .regex(/^[0-9A-Z]{4,20}$/)
      .optional(),
    VehType: z.enum(['R', 'O']).optional(),
    ExpShipDtls: addr.optional(),
    DispDtls: addr.extend({ Nm: text(3, 100) }).optional(),
  }),
);
export type EwbByIrnRequest = z.output<typeof ewbByIrnRequestSchema>;

/** Transport details common to EwbDtls in Generate IRN and the Generate-EWB-by-IRN body. */
export interface TransportDetails {
  Distance: number;
  TransMode?: string | undefined;
  TransId?: string | undefined;
  TransDocNo?: string | undefined;
  TransDocDt?: string | undefined;
  VehNo?: string | undefined;
  VehType?: 'R' | 'O' | undefined;
}

export interface EwbPlan {
  distanceKm: number;
  partAOnly: boolean;
  validUntil: Date | null;
}

/** Codes used by the e-invoice EWB flow vs the stand-alone EWB API (distance too high: 4013 vs 702). */
export type EwbCodeSet = 'einvoice' | 'ewb';

/**
 * The e-way bill rules shared by EwbDtls (inside Generate IRN: errors go to InfoDtls EWBERR)
 * and Generate-EWB-by-IRN: document kind (4010/4009), Part-A/Part-B (4019, 4011/4022,
 * 4012/4023, 4024, 4028), transporter id (4018), vehicle number (4014), transport document
 * date (4016/4021), distance (721; 4013 above 110 % of the PIN distance or 100 km for the same
 * PIN; 4013 for Distance 0 with the same PIN), document age (820: older than 180 days).
 */
export function planEwb(
  inv: Invoice,
  t: TransportDetails,
  now: Date,
  base: string,
  pins?: { from?: number | undefined; to?: number | undefined },
): { errors: NicError[]; plan?: EwbPlan } {
  const out: NicError[] = [];
  if (inv.DocDtls.Typ !== 'INV') out.push(nicError('4010', '/DocDtls/Typ'));
  else if (inv.ItemList.every((it) => it.IsServc === 'Y')) out.push(nicError('4009', '/ItemList'));

  const hasVeh = t.VehNo !== undefined,
    hasDoc = t.TransDocNo !== undefined;
  let partB = false;
  if (t.TransMode === undefined) {
    if (hasVeh || hasDoc) out.push(nicError('4028', `${base}/TransMode`));
    else if (t.TransId === undefined) out.push(nicError('4019', `${base}/TransId`));
  } else if (t.TransMode === '1') {
    if (!hasVeh) {
      if (t.TransId === undefined) {
        out.push(nicError('4011', `${base}/VehNo`));
        out.push(nicError('4019', `${base}/TransId`));
      }
    } else {
      partB = true;
      if (t.VehType === undefined) out.push(nicError('4022', `${base}/VehType`));
    }
  } else {
    if (t.VehType === 'O') out.push(nicError('4024', `${base}/VehType`));
    if (!hasDoc) {
      if (t.TransId === undefined) {
        out.push(nicError('4012', `${base}/TransDocNo`));
        out.push(nicError('4019', `${base}/TransId`));
      }
    } else {
      partB = true;
      if (t.TransDocDt === undefined) out.push(nicError('4023', `${base}/TransDocDt`));
    }
  }
  if (t.TransId !== undefined && !isTransporterId(t.TransId)) out.push(nicError('4018', `${base}/TransId`, t.TransId));
  if (hasVeh && !isVehicleNo(t.VehNo!)) out.push(nicError('4014', `${base}/VehNo`, t.VehNo!));
  if (t.TransDocDt !== undefined) {
    const td = nicDayNumber(t.TransDocDt),
      doc = nicDayNumber(inv.DocDtls.Dt);
    if (td === undefined) out.push(nicError('2144', `${base}/TransDocDt`, t.TransDocDt));
    else {
      if (td > istDayNumber(now)) out.push(nicError('4016', `${base}/TransDocDt`, t.TransDocDt));
      if (doc !== undefined && td < doc) out.push(nicError('4021', `${base}/TransDocDt`, t.TransDocDt, inv.DocDtls.Dt));
    }
  }
  const doc = nicDayNumber(inv.DocDtls.Dt);
  if (doc !== undefined && istDayNumber(now) - doc > 180) out.push(nicError('820', '/DocDtls/Dt'));

  const from = pins?.from ?? inv.DispDtls?.Pin ?? inv.SellerDtls.Pin;
  const to = pins?.to ?? inv.ShipDtls?.Pin ?? inv.BuyerDtls.Pin;
  let distanceKm = t.Distance;
  const computed = to === undefined ? undefined : pinDistanceKm(from, to);
  if (t.Distance === 0 && to !== undefined && from === to) {
    // NIC e-invoice release notes (validations released 7 Dec 2020): for the same PIN the actual distance, 1-100 km.
    out.push(nicError('4013S', `${base}/Distance`, from));
  } else if (t.Distance === 0) {
    if (computed === undefined) out.push(nicError('721', `${base}/Distance`));
    else distanceKm = Math.max(1, computed);
  } else if (to !== undefined && from === to) {
    if (t.Distance > 100) out.push(nicError('4013', `${base}/Distance`, t.Distance, 100));
  } else if (computed !== undefined && t.Distance > Math.floor(computed * 1.1)) {
    out.push(nicError('4013', `${base}/Distance`, t.Distance, Math.floor(computed * 1.1)));
  }
  if (out.length) return { errors: out };
  const validUntil = partB ? ewbValidUntil(now, distanceKm, t.VehType ?? 'R') : null;
  return { errors: [], plan: { distanceKm, partAOnly: !partB, validUntil } };
}

/** EwbDtls of a Generate-IRN request: the result feeds InfoDtls EWBERR / EWBPPD; the IRN itself still succeeds. */
export function validateInvoiceEwb(invoice: Invoice, ctx: { now: Date }): Validation<EwbPlan> | undefined {
  const e = invoice.EwbDtls;
  if (!e) return undefined;
  const r = planEwb(invoice, e, ctx.now, '/EwbDtls');
  return r.plan ? { ok: true, value: r.plan } : { ok: false, errors: r.errors };
}

/**
 * What Generate-EWB-by-IRN needs besides the request. `ownerGstin` (the IRN's seller) and
 * `callerGstin` (the session's GSTIN): give both whenever the caller is not already known to own
 * the IRN. Leaving both out skips the check; giving only one fails closed (2143).
 */
export interface EwbByIrnContext {
  invoice: Invoice;
  irnStatus: 'ACT' | 'CNL';
  now: Date;
  hasEwb: boolean;
  ownerGstin?: string | undefined;
  callerGstin?: string | undefined;
}

/**
 * Generate-EWB-by-IRN: another GSTIN's IRN (2143, alone: say nothing more about it), IRN status
 * (4000), existing EWB (4002), then the shared rules.
 */
export function validateEwbByIrn(
  input: unknown,
  ctx: EwbByIrnContext,
): Validation<{ request: EwbByIrnRequest; distanceKm: number; partAOnly: boolean; validUntil: Date | null }> {
  const parsed = ewbByIrnRequestSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: issuesToNicErrors(parsed.error.issues, input) };
  const ownershipGiven = ctx.ownerGstin !== undefined || ctx.callerGstin !== undefined;
  if (ownershipGiven && ctx.ownerGstin !== ctx.callerGstin) return { ok: false, errors: [nicError('2143', '/Irn')] };
  const req = parsed.data;
  const errors: NicError[] = [];
  if (ctx.irnStatus !== 'ACT') errors.push(nicError('4000', '/Irn'));
  if (ctx.hasEwb) errors.push(nicError('4002', '/Irn'));
  const r = planEwb(ctx.invoice, req, ctx.now, '', {
    from: req.DispDtls?.Pin,
    to: req.ExpShipDtls?.Pin,
  });
  errors.push(...r.errors);
  if (errors.length || !r.plan) return { ok: false, errors };
  return { ok: true, value: { request: req, ...r.plan } };
}
