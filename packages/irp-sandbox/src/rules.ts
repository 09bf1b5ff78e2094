/**
 * The ONE module that calls @einvoice/gst. Every business rule (schema, tax arithmetic, GSTIN status,
 * cancel windows, e-way bill rules, IRN hash, date formats) lives there; the sandbox only routes data
 * in and out. If gst's API moves, this file is the only one to change.
 */
import * as gst from '@einvoice/gst';
import type { NicError } from './protocol/errors.js';

export type Taxpayer = gst.Taxpayer;
export type Invoice = gst.Invoice;
export type Validation<T> = { ok: true; value: T } | { ok: false; errors: NicError[] };

export interface InvoiceRuleOptions {
  now: Date;
  lookupTaxpayer: (gstin: string) => Taxpayer | undefined;
  authGstin?: string;
  thirtyDayRule?: boolean;
  uppercaseDocNo?: boolean;
}

export function validateInvoice(input: unknown, opts: InvoiceRuleOptions): Validation<Invoice> {
  return gst.validateInvoice(input, opts);
}

export function computeIrn(sellerGstin: string, docType: string, docNo: string, docDate: string, uppercaseDocNo: boolean): string {
  return gst.computeIrn(sellerGstin, docType, docNo, docDate, { uppercaseDocNo });
}

/** `yyyy-MM-dd HH:mm:ss` in IST (AckDt, CancelDate, EwbDt, TokenExpiry). */
export function formatAckDt(d: Date): string {
  return gst.formatAckDt(d);
}

export function isValidGstin(gstin: string): boolean {
  return gst.isValidGstin(gstin);
}

export interface CancelIrnState {
  ackDt: Date;
  now: Date;
  status: 'ACT' | 'CNL';
  hasActiveEwb: boolean;
  ownerGstin: string;
  callerGstin: string;
}

export function validateCancelIrn(input: unknown, state: CancelIrnState): Validation<{ Irn: string; CnlRsn: string; CnlRem?: string }> {
  return gst.validateCancelIrn(input, state);
}

export interface EwbByIrnResult {
  request: Record<string, unknown>;
  distanceKm: number;
  partAOnly: boolean;
  /** End of validity (23:59 IST of the last day), null while Part-A only. */
  validUntil: Date | null;
}

export function validateEwbByIrn(
  input: unknown,
  ctx: { invoice: Invoice; irnStatus: 'ACT' | 'CNL'; now: Date; hasEwb: boolean },
): Validation<EwbByIrnResult> {
  const r = gst.validateEwbByIrn(input, ctx);
  if (!r.ok) return r;
  const { request, distanceKm, partAOnly, validUntil } = r.value;
  return { ok: true, value: { request: request as unknown as Record<string, unknown>, distanceKm, partAOnly, validUntil } };
}

export interface CancelEwbState {
  ewbDt: Date;
  now: Date;
  status: 'ACT' | 'CNL';
  ownerGstin: string;
  callerGstin: string;
  validUntil: Date | null;
}

export function validateCancelEwb(input: unknown, state: CancelEwbState): Validation<{ ewbNo: number | string; cancelRsnCode: string | number; cancelRmrk?: string }> {
  return gst.validateCancelEwb(input, state) as Validation<{ ewbNo: number | string; cancelRsnCode: string | number; cancelRmrk?: string }>;
}

/** Every schema version gst knows, including the test-only rehearsal versions. */
const registry: gst.VersionRegistry = {
  current: gst.schemaVersions.current,
  versions: [...new Map([...gst.schemaVersions.versions, ...gst.rehearsalRegistry.versions].map((v) => [v.version, v])).values()],
};

function schemaError(pointer: string, message: string): NicError {
  return { code: '2140', message: `Error while validating the request against the schema: ${message}`, hint: 'Fix the field at the pointer', pointer };
}

/**
 * Schema-version demand (options.demandVersion): translate the request to the demanded version
 * (gst.translateInvoice), check it against that version's schema, then run gst's business rules.
 * An unchanged v1.1 request therefore still gets its IRN while the IRP "speaks" the new version.
 */
export function validateInvoiceAs(input: unknown, demandVersion: string, opts: InvoiceRuleOptions): Validation<Invoice> {
  const target = registry.versions.find((v) => v.version === demandVersion || v.wire === demandVersion);
  if (!target) return { ok: false, errors: [schemaError('/Version', `unknown schema version ${demandVersion}`)] };
  const sent = (input as { Version?: unknown } | null)?.Version;
  const fromVersion = registry.versions.find((v) => v.wire === sent || v.version === sent)?.version ?? gst.schemaVersions.current;
  let translated: unknown;
  try {
    translated = gst.translateInvoice(input, fromVersion, target.version, registry);
  } catch (e) {
    return { ok: false, errors: [schemaError('/Version', (e as Error).message)] };
  }
  const parsed = target.schema.safeParse(translated);
  if (!parsed.success) {
    // gst does not export its zod-issue mapper (issuesToNicErrors); one 2140 per issue suffices for a rehearsal.
    return { ok: false, errors: parsed.error.issues.map((i) => schemaError('/' + i.path.map(String).join('/'), i.message)) };
  }
  const errors = gst.checkBusinessRules(parsed.data as Invoice, opts);
  return errors.length ? { ok: false, errors } : { ok: true, value: parsed.data as Invoice };
}

/**
 * QR MainHsnCode: the HSN of the item with the highest taxable value (AssAmt), per the reference
 * (marked unconfirmed there). Kept here because it is a domain choice; move to gst if it grows one.
 */
export function mainHsnCode(items: ReadonlyArray<{ HsnCd?: unknown; AssAmt?: unknown }>): string {
  let best: { hsn: string; amt: number } | undefined;
  for (const item of items) {
    const amt = typeof item.AssAmt === 'number' ? item.AssAmt : 0;
    if (!best || amt > best.amt) best = { hsn: String(item.HsnCd ?? ''), amt };
  }
  return best?.hsn ?? '';
}
