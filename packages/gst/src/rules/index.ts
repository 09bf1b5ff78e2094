import type { NicError, Validation } from '../errors.js';
import { bundledHsnMaster } from '../masters/hsn.js';
import { gstRates } from '../masters/gst-rates.js';
import { invoiceSchema, type Invoice } from '../schema/invoice.js';
import { issuesToNicErrors } from '../schema/issues.js';
import type { ResolvedContext, RuleContext } from './context.js';
import { documentRules } from './document.js';
import { exportRules } from './export.js';
import { itemRules, totalRules } from './items.js';
import { partyRules } from './parties.js';
import { taxTypeRules } from './tax-type.js';

export function resolveContext(ctx: RuleContext): ResolvedContext {
  return {
    ...ctx,
    thirtyDayRule: ctx.thirtyDayRule ?? true,
    uppercaseDocNo: ctx.uppercaseDocNo ?? true,
    hsnMaster: ctx.hsnMaster ?? bundledHsnMaster,
    requirePrecedingDoc: ctx.requirePrecedingDoc ?? false,
    reportingWindowDays: ctx.reportingWindowDays ?? 30,
    tolerance: ctx.tolerance ?? 1,
    sumTolerance: ctx.sumTolerance ?? 0.01,
    gstRates: ctx.gstRates ?? gstRates,
  };
}

/** Rule groups, in the order their errors are reported (stable: group order, then document order). */
export const RULE_GROUPS = [documentRules, partyRules, taxTypeRules, itemRules, totalRules, exportRules] as const;

/** Business rules only, on an invoice that already passed the schema. */
export function checkBusinessRules(inv: Invoice, ctx: RuleContext): NicError[] {
  const resolved = resolveContext(ctx);
  const out: NicError[] = [];
  for (const group of RULE_GROUPS) group(inv, resolved, out);
  return out;
}

/**
 * Schema (2140 and the few codes NIC gives to shape errors), then, if the shape is right, every
 * business rule. All errors are collected; schema errors stop before business rules because
 * those need a well-typed document (the IRP does the same).
 */
export function validateInvoice(input: unknown, ctx: RuleContext): Validation<Invoice> {
  const parsed = invoiceSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: issuesToNicErrors(parsed.error.issues, input) };
  const errors = checkBusinessRules(parsed.data, ctx);
  return errors.length ? { ok: false, errors } : { ok: true, value: parsed.data };
}
