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

/** Every schema version gst knows, including the test-only rehearsal versions. */
const registry: gst.VersionRegistry = {
  current: gst.schemaVersions.current,
  versions: [
    ...new Map([...gst.schemaVersions.versions, ...gst.rehearsalRegistry.versions].map((v) => [v.version, v])).values(),
  ],
};

/**
 * Generate IRN validation. With a demanded schema version (options.demandVersion) gst translates
 * the request to it, checks it against that version's schema, then runs the business rules: an
 * unchanged v1.1 request still gets its IRN while the IRP "speaks" the new version.
 */
export function validateInvoice(input: unknown, opts: InvoiceRuleOptions, demandVersion?: string): Validation<Invoice> {
  return demandVersion === undefined
    ? gst.validateInvoice(input, opts)
    : gst.validateInvoice(input, opts, { version: demandVersion, registry });
}

/**
 * After a schema cut-over the IRP takes documents in the demanded version only: a `Version` naming another one
 * is 2140 at /Version (null when the document is in the demanded version).
 */
export function versionRefusal(input: unknown, demandVersion: string): NicError | null {
  const target = registry.versions.find((v) => v.version === demandVersion || v.wire === demandVersion);
  const sent = input && typeof input === 'object' ? (input as { Version?: unknown }).Version : undefined;
  if (target && sent === target.wire) return null;
  const wanted = target?.wire ?? demandVersion;
  return gst.nicError(
    '2140',
    '/Version',
    `/Version: expected ${wanted} (schema ${demandVersion}), got ${JSON.stringify(sent)}`,
  );
}

export function computeIrn(
  sellerGstin: string,
  docType: string,
  docNo: string,
  docDate: string,
  uppercaseDocNo: boolean,
): string {
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

export function validateCancelIrn(
  input: unknown,
  state: CancelIrnState,
): Validation<{ Irn: string; CnlRsn: string; CnlRem?: string }> {
  return gst.validateCancelIrn(input, state);
}

export interface EwbByIrnResult {
  request: Record<string, unknown>;
  distanceKm: number;
  partAOnly: boolean;
  /** End of validity (23:59 IST of the last day), null while Part-A only. */
  validUntil: Date | null;
}

/** `ownerGstin`/`callerGstin` together make gst refuse another GSTIN's IRN (2143). */
export function validateEwbByIrn(input: unknown, ctx: gst.EwbByIrnContext): Validation<EwbByIrnResult> {
  const r = gst.validateEwbByIrn(input, ctx);
  if (!r.ok) return r;
  const { request, distanceKm, partAOnly, validUntil } = r.value;
  return {
    ok: true,
    value: { request: request as unknown as Record<string, unknown>, distanceKm, partAOnly, validUntil },
  };
}

export interface CancelEwbState {
  ewbDt: Date;
  now: Date;
  status: 'ACT' | 'CNL';
  ownerGstin: string;
  callerGstin: string;
  validUntil: Date | null;
  /** First Part-B entry: the 24 h cancel window (728) counts from it. Default ewbDt. */
  partBAt?: Date;
}

export function validateCancelEwb(
  input: unknown,
  state: CancelEwbState,
): Validation<{ ewbNo: number | string; cancelRsnCode: string | number; cancelRmrk?: string }> {
  return gst.validateCancelEwb(input, state) as Validation<{
    ewbNo: number | string;
    cancelRsnCode: string | number;
    cancelRmrk?: string;
  }>;
}

/** The e-way bill as the stand-alone EWB API rules see it (gst's EwbState). */
export interface EwbApiState extends CancelEwbState {
  /** The e-way bill's distance: a first Part-B entry starts a validity of ceil(km / 200) days. */
  distanceKm?: number;
}

export type UpdatePartBRequest = gst.UpdatePartBRequest;
export type ExtendEwbRequest = gst.ExtendEwbRequest;

/**
 * VEHEWB: 312 (not own or cancelled), 315 (lapsed), 4011/4012/4014/4016/4024. `validUntil` is the
 * existing validity, or (first Part-B of a Part-A e-way bill) gst's `ewbValidUntil(now, distanceKm, vehicleType)`.
 */
export function validateUpdatePartB(
  input: unknown,
  state: EwbApiState,
): Validation<{ request: UpdatePartBRequest; validUntil: Date }> {
  return gst.validateUpdatePartB(input, state);
}

/** EXTENDVALIDITY: 312, 382 (outside 8 h either side of the validity end), 821 (360 days), 4028/4011/4012/4014. */
export function validateExtendEwb(
  input: unknown,
  state: EwbApiState,
): Validation<{ request: ExtendEwbRequest; validUntil: Date }> {
  return gst.validateExtendEwb(input, state);
}

/** QR MainHsnCode: the HSN of the line with the highest taxable value (gst's rule). */
export function mainHsnCode(invoice: Invoice): string {
  return gst.mainHsnCode(invoice);
}
