import type { HsnMaster } from '../masters/hsn.js';

export type TaxpayerStatus = 'ACT' | 'CNL' | 'SUS' | 'INA';
export interface Taxpayer {
  gstin: string;
  legalName: string;
  tradeName?: string;
  addr1: string;
  addr2?: string;
  location: string;
  pin: number;
  stateCode: string;
  status: TaxpayerStatus;
  type: 'REG' | 'COM' | 'SEZ' | 'UN' | 'ISD' | 'TDS' | 'TCS';
  einvoiceEnabled: boolean;
  registeredOn?: string /* dd/MM/yyyy */;
  cancelledOn?: string /* dd/MM/yyyy */;
  largeTaxpayer?: boolean; // AATO >= 10 Cr: the 30-day reporting rule applies
}

export interface RuleContext {
  now: Date; // time is passed in; the package never reads the clock
  lookupTaxpayer: (gstin: string) => Taxpayer | undefined;
  authGstin?: string; // GSTIN of the caller's session, when known
  thirtyDayRule?: boolean; // default true
  uppercaseDocNo?: boolean; // default true (NIC since 1 June 2025)
  hsnMaster?: HsnMaster; // default: the bundled master
  // --- additions (optional; defaults follow NIC) ---
  /** Require RefDtls.PrecDocDtls on CRN/DBN (2191). Default false, as NIC sandbox accepted a DBN without it. */
  requirePrecedingDoc?: boolean;
  /** Days a large taxpayer may report after the document date. Default 30. */
  reportingWindowDays?: number;
  /** Absolute tolerance for item arithmetic (2192-2194, 2234/2235, 2266/2267) and TotInvVal (2189; NIC: +/-1). Default 1. */
  tolerance?: number;
  /** Tolerance for ValDtls totals against the item sums (2182-2187): plain sums, so to the paisa. Default 0.01. */
  sumTolerance?: number;
  /** Allowed GstRt values. Default: masters.gstRates. */
  gstRates?: readonly number[];
  /** Full port-code master (upper case); default: the bundled list. */
  portMaster?: ReadonlySet<string>;
}

/** Context with defaults resolved once per validation. */
export interface ResolvedContext extends RuleContext {
  thirtyDayRule: boolean;
  uppercaseDocNo: boolean;
  hsnMaster: HsnMaster;
  requirePrecedingDoc: boolean;
  reportingWindowDays: number;
  tolerance: number;
  sumTolerance: number;
  gstRates: readonly number[];
}
