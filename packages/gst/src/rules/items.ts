import { type NicError, nicError } from '../errors.js';
import { isUqc } from '../masters/uqc.js';
import type { Invoice } from '../schema/invoice.js';
import type { ResolvedContext } from './context.js';
import { isIntraState } from './tax-type.js';
import { fmt, n, off, r2 } from './util.js';

/**
 * Per-line rules: master membership (2176 HSN, 2177 UQC), goods need Qty/Unit (2238/2239),
 * rate list (2240), arithmetic (2192, 2193, 2194; tolerance +/-1 like ERPN/EGC, NIC unconfirmed),
 * CGST = SGST (2227), tax vs rate (2234 CGST/SGST, 2235 IGST, 2266 cess, 2267 state cess).
 */
export function itemRules(inv: Invoice, ctx: ResolvedContext, out: NicError[]): void {
  const tol = ctx.tolerance;
  const t = inv.TranDtls.SupTyp;
  const withoutPayment = t === 'EXPWOP' || t === 'SEZWOP';
  const intra = isIntraState(inv);
  const rates = new Set(ctx.gstRates);
  inv.ItemList.forEach((it, i) => {
    const p = `/ItemList/${i}`;
    if (!ctx.hsnMaster.has(it.HsnCd)) out.push(nicError('2176', `${p}/HsnCd`, it.HsnCd));
    if (it.Unit !== undefined && !isUqc(it.Unit)) out.push(nicError('2177', `${p}/Unit`, it.Unit));
    if (it.IsServc === 'N') {
      if (it.Qty === undefined) out.push(nicError('2238', `${p}/Qty`, it.SlNo));
      if (it.Unit === undefined) out.push(nicError('2239', `${p}/Unit`, it.SlNo));
    }
    if (!rates.has(it.GstRt)) out.push(nicError('2240', `${p}/GstRt`, it.SlNo, it.GstRt, [...rates].join(', ')));

    if (it.Qty !== undefined && off(it.TotAmt, r2(it.Qty * it.UnitPrice), tol)) {
      out.push(nicError('2192', `${p}/TotAmt`, it.HsnCd, it.SlNo, tol));
    }
    if (off(it.AssAmt, it.TotAmt - n(it.Discount), tol))
      out.push(nicError('2193', `${p}/AssAmt`, it.HsnCd, it.SlNo, tol));
    const total =
      it.AssAmt +
      n(it.IgstAmt) +
      n(it.CgstAmt) +
      n(it.SgstAmt) +
      n(it.CesAmt) +
      n(it.CesNonAdvlAmt) +
      n(it.StateCesAmt) +
      n(it.StateCesNonAdvlAmt) +
      n(it.OthChrg);
    if (off(it.TotItemVal, total, tol)) out.push(nicError('2194', `${p}/TotItemVal`, it.HsnCd, it.SlNo, tol));

    if (Math.abs(r2(n(it.CgstAmt)) - r2(n(it.SgstAmt))) > 1e-9) out.push(nicError('2227', `${p}/SgstAmt`, it.SlNo));
    const cs = n(it.CgstAmt) > 0 || n(it.SgstAmt) > 0;
    if (intra && cs) {
      const half = (it.AssAmt * it.GstRt) / 200;
      if (off(n(it.CgstAmt), half, tol) || off(n(it.SgstAmt), half, tol))
        out.push(nicError('2234', `${p}/CgstAmt`, it.SlNo, tol));
    } else if (!intra && !withoutPayment && n(it.IgstAmt) > 0) {
      if (off(n(it.IgstAmt), (it.AssAmt * it.GstRt) / 100, tol))
        out.push(nicError('2235', `${p}/IgstAmt`, it.SlNo, tol));
    }
    if (it.CesRt !== undefined && it.CesAmt !== undefined && off(it.CesAmt, (it.AssAmt * it.CesRt) / 100, tol)) {
      out.push(nicError('2266', `${p}/CesAmt`, it.SlNo, tol));
    }
    if (
      it.StateCesRt !== undefined &&
      it.StateCesAmt !== undefined &&
      off(it.StateCesAmt, (it.AssAmt * it.StateCesRt) / 100, tol)
    ) {
      out.push(nicError('2267', `${p}/StateCesAmt`, it.SlNo, tol));
    }
  });
}

/**
 * Invoice totals against the item sums (2182-2187, to the paisa: reference case 9 rejects a
 * 1-rupee gap) and the invoice value
 * formula (2189, +/-1 as NIC states), discount below total (2220).
 */
export function totalRules(inv: Invoice, ctx: ResolvedContext, out: NicError[]): void {
  const tol = ctx.tolerance;
  const v = inv.ValDtls;
  let ass = 0,
    cgst = 0,
    sgst = 0,
    igst = 0,
    ces = 0,
    stCes = 0;
  for (const it of inv.ItemList) {
    ass += it.AssAmt;
    cgst += n(it.CgstAmt);
    sgst += n(it.SgstAmt);
    igst += n(it.IgstAmt);
    ces += n(it.CesAmt) + n(it.CesNonAdvlAmt);
    stCes += n(it.StateCesAmt) + n(it.StateCesNonAdvlAmt);
  }
  const check = (code: string, field: string, given: number, sum: number) => {
    if (off(given, sum, ctx.sumTolerance))
      out.push(nicError(code, `/ValDtls/${field}`, fmt(given), fmt(sum), ctx.sumTolerance));
  };
  check('2182', 'AssVal', v.AssVal, ass);
  check('2183', 'SgstVal', n(v.SgstVal), sgst);
  check('2184', 'CgstVal', n(v.CgstVal), cgst);
  check('2185', 'IgstVal', n(v.IgstVal), igst);
  check('2186', 'CesVal', n(v.CesVal), ces);
  check('2187', 'StCesVal', n(v.StCesVal), stCes);
  const expected =
    v.AssVal +
    n(v.CgstVal) +
    n(v.SgstVal) +
    n(v.IgstVal) +
    n(v.CesVal) +
    n(v.StCesVal) +
    n(v.OthChrg) -
    n(v.Discount) +
    n(v.RndOffAmt);
  if (off(v.TotInvVal, expected, tol))
    out.push(nicError('2189', '/ValDtls/TotInvVal', fmt(v.TotInvVal), fmt(expected), tol));
  if (n(v.Discount) > 0 && n(v.Discount) >= v.TotInvVal)
    out.push(nicError('2220', '/ValDtls/Discount', fmt(n(v.Discount)), fmt(v.TotInvVal)));
}
