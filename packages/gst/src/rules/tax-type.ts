import { type NicError, nicError } from '../errors.js';
import { normalizeStateCode } from '../masters/states.js';
import type { Invoice } from '../schema/invoice.js';
import type { ResolvedContext } from './context.js';
import { n } from './util.js';

/** Whether CGST+SGST (intra) or IGST (inter) applies: NIC's place-of-supply logic. */
export function isIntraState(inv: Invoice): boolean {
  const t = inv.TranDtls.SupTyp;
  if (t !== 'B2B' && t !== 'DEXP') return false; // SEZ and exports are inter-state by law
  return (
    normalizeStateCode(inv.SellerDtls.Stcd) === normalizeStateCode(inv.BuyerDtls.Pos) &&
    inv.TranDtls.IgstOnIntra !== 'Y'
  );
}

/**
 * Tax type by place of supply and supply type (nic-einvoice.md §2.1 item 7):
 * 2172/2241 intra, 2174 inter, 2262 IgstOnIntra, 2237/2247 SEZ, 2248/2229/2261/2180 exports,
 * 2171 URP recipient outside exports, 2242 Pos 96 outside exports, 2162 reverse charge.
 */
export function taxTypeRules(inv: Invoice, ctx: ResolvedContext, out: NicError[]): void {
  const t = inv.TranDtls.SupTyp;
  const b = inv.BuyerDtls;
  const sSt = normalizeStateCode(inv.SellerDtls.Stcd),
    pos = normalizeStateCode(b.Pos);
  const exportSupply = t === 'EXPWP' || t === 'EXPWOP';
  const sez = t === 'SEZWP' || t === 'SEZWOP';

  if (inv.TranDtls.IgstOnIntra === 'Y' && sSt !== pos) out.push(nicError('2262', '/TranDtls/IgstOnIntra'));
  if (inv.TranDtls.RegRev === 'Y' && t !== 'B2B' && !sez) out.push(nicError('2162', '/TranDtls/RegRev', t));

  if (exportSupply) {
    if (b.Gstin !== 'URP') out.push(nicError('2248', '/BuyerDtls/Gstin'));
    if (pos !== '96') out.push(nicError('2229', '/BuyerDtls/Pos'));
    if (normalizeStateCode(b.Stcd) !== '96') out.push(nicError('2261', '/BuyerDtls/Stcd'));
  } else {
    if (b.Gstin === 'URP') out.push(nicError('2171', '/BuyerDtls/Gstin', t));
    if (pos === '96') out.push(nicError('2242', '/BuyerDtls/Pos', t));
  }
  if (sez && b.Gstin !== 'URP') {
    const buyer = ctx.lookupTaxpayer(b.Gstin);
    if (buyer && buyer.type !== 'SEZ') out.push(nicError('2247', '/BuyerDtls/Gstin', b.Gstin));
  }

  const intra = isIntraState(inv);
  inv.ItemList.forEach((it, i) => {
    const p = `/ItemList/${i}`;
    const cs = n(it.CgstAmt) > 0 || n(it.SgstAmt) > 0;
    if (exportSupply && cs) out.push(nicError('2180', `${p}/CgstAmt`, it.SlNo));
    else if (sez && cs) out.push(nicError('2237', `${p}/CgstAmt`, it.SlNo));
    else if (!exportSupply && !sez) {
      if (intra) {
        if (n(it.IgstAmt) > 0) out.push(nicError('2172', `${p}/IgstAmt`, it.SlNo));
        else if (it.GstRt > 0 && it.AssAmt > 0 && !cs) out.push(nicError('2241', `${p}/CgstAmt`, it.SlNo));
      } else if (cs) {
        out.push(nicError('2174', `${p}/CgstAmt`, it.SlNo));
      }
    }
  });
}
