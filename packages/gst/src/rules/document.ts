import { istDayNumber, nicDayNumber } from '../dates.js';
import { type NicError, nicError } from '../errors.js';
import type { Invoice } from '../schema/invoice.js';
import type { ResolvedContext } from './context.js';

/**
 * Document-level rules: calendar date (2144), not in the future (2218), the 30-day reporting
 * window for large taxpayers (code 2305, as india-compliance issue #3253 reports the IRP answering; not in NIC's published list), duplicate
 * SlNo (2233), credit/debit note reference (2191, opt-in).
 */
export function documentRules(inv: Invoice, ctx: ResolvedContext, out: NicError[]): void {
  const day = nicDayNumber(inv.DocDtls.Dt);
  if (day === undefined) {
    out.push(nicError('2144', '/DocDtls/Dt', inv.DocDtls.Dt));
  } else {
    const today = istDayNumber(ctx.now);
    if (day > today) out.push(nicError('2218', '/DocDtls/Dt', inv.DocDtls.Dt));
    const seller = ctx.lookupTaxpayer(inv.SellerDtls.Gstin);
    if (ctx.thirtyDayRule && seller?.largeTaxpayer && today - day > ctx.reportingWindowDays) {
      out.push(nicError('2305', '/DocDtls/Dt', inv.DocDtls.Dt, ctx.reportingWindowDays));
    }
  }
  const seen = new Map<string, number>();
  inv.ItemList.forEach((item, i) => {
    const key = String(Number(item.SlNo));
    if (seen.has(key)) out.push(nicError('2233', `/ItemList/${i}/SlNo`, item.SlNo));
    else seen.set(key, i);
  });
  if (ctx.requirePrecedingDoc && inv.DocDtls.Typ !== 'INV' && !inv.RefDtls?.PrecDocDtls?.length) {
    out.push(nicError('2191', '/RefDtls/PrecDocDtls'));
  }
}
