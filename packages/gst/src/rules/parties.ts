import { nicDayNumber } from '../dates.js';
import { type NicError, nicError } from '../errors.js';
import { gstinCheckDigit, gstinKind } from '../gstin.js';
import { pinBelongsToState } from '../masters/pin-prefixes.js';
import { isStateCode, normalizeStateCode } from '../masters/states.js';
import type { Invoice } from '../schema/invoice.js';
import type { ResolvedContext, Taxpayer } from './context.js';

function checksumHint(gstin: string): string {
  if (!gstinKind(gstin)) return ' (its format is not a GSTIN format)';
  const want = gstinCheckDigit(gstin.slice(0, 14));
  return want === gstin[14] ? '' : ` (its check digit should be ${want}; probably a typo)`;
}

/** Taxpayer master status vs the document date: 3029, 3074-3079 (PERI list). */
function statusRules(tp: Taxpayer, pointer: string, docDt: string, out: NicError[]): void {
  const doc = nicDayNumber(docDt);
  const reg = tp.registeredOn ? nicDayNumber(tp.registeredOn) : undefined;
  const cnl = tp.cancelledOn ? nicDayNumber(tp.cancelledOn) : undefined;
  switch (tp.status) {
    case 'CNL':
      if (cnl === undefined) out.push(nicError('3075', pointer, tp.gstin));
      else if (doc !== undefined && doc > cnl) out.push(nicError('3074', pointer, tp.gstin, docDt));
      if (reg !== undefined && doc !== undefined && doc < reg) out.push(nicError('3077', pointer, tp.gstin, docDt));
      break;
    case 'SUS':
      out.push(nicError('3029', pointer, tp.gstin));
      break;
    case 'INA':
      out.push(nicError('3076', pointer, tp.gstin));
      break;
    case 'ACT':
      if (reg !== undefined && doc !== undefined && doc < reg) out.push(nicError('3079', pointer, tp.gstin));
      break;
  }
}

/**
 * Parties: state codes (2259/2260/2200), GSTIN vs state (2258/2265), seller != buyer (2211),
 * taxpayer master (3028 unknown, status 3029/3074-3079), seller not enabled for e-invoicing
 * (3026), SEZ supplier (2231), composition supplier (2300), session GSTIN
 * (2143, our choice), e-commerce GSTIN (3028), PIN vs state (2178 / 3039), buyer PIN (2244).
 */
export function partyRules(inv: Invoice, ctx: ResolvedContext, out: NicError[]): void {
  const s = inv.SellerDtls,
    b = inv.BuyerDtls;
  const sSt = normalizeStateCode(s.Stcd),
    bSt = normalizeStateCode(b.Stcd),
    pos = normalizeStateCode(b.Pos);
  const exportSupply = inv.TranDtls.SupTyp === 'EXPWP' || inv.TranDtls.SupTyp === 'EXPWOP';
  const urp = b.Gstin === 'URP';

  if (!isStateCode(sSt) || sSt === '96') out.push(nicError('2259', '/SellerDtls/Stcd', s.Stcd));
  if (!isStateCode(bSt)) out.push(nicError('2260', '/BuyerDtls/Stcd', b.Stcd));
  if (!isStateCode(pos)) out.push(nicError('2260', '/BuyerDtls/Pos', b.Pos));
  if (inv.DispDtls && !isStateCode(inv.DispDtls.Stcd)) out.push(nicError('2200', '/DispDtls/Stcd', inv.DispDtls.Stcd));
  if (inv.ShipDtls && !isStateCode(inv.ShipDtls.Stcd)) out.push(nicError('2200', '/ShipDtls/Stcd', inv.ShipDtls.Stcd));

  if (s.Gstin.slice(0, 2) !== sSt) out.push(nicError('2258', '/SellerDtls/Stcd', s.Gstin.slice(0, 2), s.Stcd));
  if (!urp && !exportSupply && b.Gstin.slice(0, 2) !== bSt)
    out.push(nicError('2265', '/BuyerDtls/Stcd', b.Gstin.slice(0, 2), b.Stcd));
  if (s.Gstin === b.Gstin) out.push(nicError('2211', '/BuyerDtls/Gstin'));

  const seller = ctx.lookupTaxpayer(s.Gstin);
  if (!seller) {
    const e = nicError('3028', '/SellerDtls/Gstin', s.Gstin, checksumHint(s.Gstin));
    out.push(e);
  } else {
    statusRules(seller, '/SellerDtls/Gstin', inv.DocDtls.Dt, out);
    if (!seller.einvoiceEnabled) out.push(nicError('3026', '/SellerDtls/Gstin', seller.gstin));
    if (seller.type === 'SEZ') out.push(nicError('2231', '/SellerDtls/Gstin'));
    else if (seller.type === 'COM') out.push(nicError('2300', '/SellerDtls/Gstin', seller.gstin));
  }
  if (!urp) {
    const buyer = ctx.lookupTaxpayer(b.Gstin);
    if (!buyer) out.push(nicError('3028', '/BuyerDtls/Gstin', b.Gstin, checksumHint(b.Gstin)));
    else statusRules(buyer, '/BuyerDtls/Gstin', inv.DocDtls.Dt, out);
  }

  const ecm = inv.TranDtls.EcmGstin;
  if (ecm) {
    const op = ctx.lookupTaxpayer(ecm);
    if (op?.type !== 'TCS') out.push(nicError('3028E', '/TranDtls/EcmGstin', ecm));
  }
  if (ctx.authGstin && ctx.authGstin !== s.Gstin && ctx.authGstin !== ecm) {
    out.push(nicError('2143', '/SellerDtls/Gstin'));
  }

  // PIN vs state: seller and dispatch 2178, buyer 3039 (domestic only), ship-to 2178.
  if (!pinBelongsToState(s.Pin, sSt)) out.push(nicError('2178', '/SellerDtls/Pin', s.Pin, s.Stcd));
  if (b.Pin === undefined) {
    if (!exportSupply && pos !== '96') out.push(nicError('2244', '/BuyerDtls/Pin'));
  } else if (!exportSupply && !pinBelongsToState(b.Pin, bSt)) {
    out.push(nicError('3039', '/BuyerDtls/Pin', b.Pin, b.Stcd));
  }
  if (inv.DispDtls && !pinBelongsToState(inv.DispDtls.Pin, normalizeStateCode(inv.DispDtls.Stcd))) {
    out.push(nicError('2178', '/DispDtls/Pin', inv.DispDtls.Pin, inv.DispDtls.Stcd));
  }
  if (inv.ShipDtls && !pinBelongsToState(inv.ShipDtls.Pin, normalizeStateCode(inv.ShipDtls.Stcd))) {
    out.push(nicError('2178', '/ShipDtls/Pin', inv.ShipDtls.Pin, inv.ShipDtls.Stcd));
  }
}
