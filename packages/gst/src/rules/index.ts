import type { z } from 'zod';
import { type NicError, nicError, type Validation } from '../errors.js';
import { gstRates } from '../masters/gst-rates.js';
import { bundledHsnMaster } from '../masters/hsn.js';
import { type Invoice, invoiceSchema } from '../schema/invoice.js';
import { issuesToNicErrors } from '../schema/issues.js';
import { type SchemaVersion, schemaVersions, translateInvoice, type VersionRegistry } from '../versions/registry.js';
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

/** Options of `validateInvoice`. */
export interface ValidateOptions {
  /**
   * Schema version to validate as: its name ("1.1-test") or its wire value ("1.1t"). The input is
   * first translated (translateInvoice) from the version its `Version` field names (the registry's
   * current version when that is unknown) to this one, then checked with this version's schema.
   * Default: no translation, the v1.1 schema.
   */
  version?: string;
  /** Versions to look `version` up in. Default: `schemaVersions`. */
  registry?: VersionRegistry;
}

const findVersion = (registry: VersionRegistry, v: string): SchemaVersion | undefined =>
  registry.versions.find((x) => x.version === v || x.wire === v);

const versionError = (what: string): Validation<never> => ({
  ok: false,
  errors: [nicError('2140', '/Version', `/Version: ${what}`)],
});

/** The schema to use and the document to give it: translated to `version` when one is asked for. */
function prepare(input: unknown, opts: ValidateOptions): Validation<{ schema: z.ZodType; doc: unknown }> {
  if (opts.version === undefined) return { ok: true, value: { schema: invoiceSchema, doc: input } };
  const registry = opts.registry ?? schemaVersions;
  const target = findVersion(registry, opts.version);
  if (!target) return versionError(`unknown schema version ${opts.version}`);
  // Not an object: nothing to translate; the schema reports it exactly as for v1.1.
  if (input === null || typeof input !== 'object' || Array.isArray(input))
    return { ok: true, value: { schema: target.schema, doc: input } };
  const sent = (input as { Version?: unknown }).Version;
  const from = (typeof sent === 'string' ? findVersion(registry, sent)?.version : undefined) ?? registry.current;
  try {
    return { ok: true, value: { schema: target.schema, doc: translateInvoice(input, from, target.version, registry) } };
  } catch (e) {
    return versionError(e instanceof Error ? e.message : String(e));
  }
}

/**
 * Schema (2140 and the few codes NIC gives to shape errors), then, if the shape is right, every
 * business rule. All errors are collected; schema errors stop before business rules because
 * those need a well-typed document (the IRP does the same).
 *
 * With `opts.version` the input is translated to that schema version and checked with its
 * schema first (same error mapping as v1.1); an unknown version, or one that cannot be reached
 * from the document's, is a 2140 at `/Version`. The returned invoice is the translated one.
 */
export function validateInvoice(input: unknown, ctx: RuleContext, opts: ValidateOptions = {}): Validation<Invoice> {
  const prepared = prepare(input, opts);
  if (!prepared.ok) return prepared;
  const { schema, doc } = prepared.value;
  const parsed = schema.safeParse(doc);
  if (!parsed.success) return { ok: false, errors: issuesToNicErrors(parsed.error.issues, doc) };
  // Every version's schema extends v1.1's shape, so the business rules apply to its output.
  const invoice = parsed.data as Invoice;
  const errors = checkBusinessRules(invoice, ctx);
  return errors.length ? { ok: false, errors } : { ok: true, value: invoice };
}
