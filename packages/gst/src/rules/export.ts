import { type NicError, nicError } from '../errors.js';
import { isCountryCode } from '../masters/countries.js';
import { isCurrencyCode } from '../masters/currencies.js';
import { isPortCode } from '../masters/ports.js';
import type { Invoice } from '../schema/invoice.js';
import type { ResolvedContext } from './context.js';

/**
 * Export details against the masters: port 2201, country 2202 (also mandatory for exports,
 * per the GSTN advisory), currency 2203. OrgCntry of items is checked against the country master.
 */
export function exportRules(inv: Invoice, ctx: ResolvedContext, out: NicError[]): void {
  const e = inv.ExpDtls;
  const exportSupply = inv.TranDtls.SupTyp === 'EXPWP' || inv.TranDtls.SupTyp === 'EXPWOP';
  if (e?.Port !== undefined && !isPortCode(e.Port, ctx.portMaster)) out.push(nicError('2201', '/ExpDtls/Port', e.Port));
  if (e?.CntCode !== undefined) {
    if (!isCountryCode(e.CntCode)) out.push(nicError('2202', '/ExpDtls/CntCode', e.CntCode));
  } else if (exportSupply) {
    out.push(nicError('2202', '/ExpDtls/CntCode', '(missing)'));
  }
  if (e?.ForCur !== undefined && !isCurrencyCode(e.ForCur)) out.push(nicError('2203', '/ExpDtls/ForCur', e.ForCur));
  inv.ItemList.forEach((it, i) => {
    if (it.OrgCntry !== undefined && !isCountryCode(it.OrgCntry.toUpperCase()))
      out.push(nicError('2202', `/ItemList/${i}/OrgCntry`, it.OrgCntry));
  });
}
