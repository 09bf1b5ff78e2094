// What einvoice checks before any upstream call. Taxpayer status is the IRP's to judge (its master
// is the truth, and NIC's own sandbox GSTINs fail the checksum), so the local lookup treats every
// GSTIN as an active taxpayer of its state and leaves 3028/3029 to the IRP.
import { type HsnMaster, NIC_ERRORS, type NicError, type RuleContext, type Taxpayer } from '@einvoice/gst';
import type { GstnError } from '../../ports/gsp.js';

export function localTaxpayer(gstin: string, largeTaxpayer = false): Taxpayer {
  return {
    gstin,
    legalName: gstin,
    addr1: '-',
    location: '-',
    pin: 100000,
    stateCode: gstin.slice(0, 2),
    status: 'ACT',
    type: gstin[13] === 'C' ? 'TCS' : 'REG',
    einvoiceEnabled: true,
    largeTaxpayer,
  };
}

export function localRuleContext(
  now: Date,
  sellerGstin: string,
  largeTaxpayer: boolean,
  requirePrecedingDoc: boolean,
  hsnMaster?: HsnMaster,
): RuleContext {
  return {
    now,
    ...(hsnMaster ? { hsnMaster } : {}),
    lookupTaxpayer: (g) => localTaxpayer(g, g === sellerGstin && largeTaxpayer),
    authGstin: sellerGstin,
    requirePrecedingDoc,
  } as RuleContext;
}

/** NIC's answer plus our resolution hint (the playbook) when we know the code. */
export function withHints(errors: GstnError[]): NicError[] {
  return errors.map((e) => {
    const known = NIC_ERRORS[e.code];
    const hint = known
      ? known.hint
          .replace(/\s*\{\d\}\s*/g, ' ')
          .replace(/\s+/g, ' ')
          .trim()
      : "See NIC's error list for this code; the IRP gave no more detail.";
    return { code: e.code, message: e.message || known?.message || 'Error reported by the IRP', hint };
  });
}
