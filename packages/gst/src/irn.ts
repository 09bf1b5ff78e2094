import { createHash } from 'node:crypto';
import { financialYear } from './dates.js';

/**
 * IRN = lowercase hex SHA-256 of SellerGstin + FY("YYYY-YY" of DocDtls.Dt) + DocTyp (upper) +
 * DocNo, no separators (nic-einvoice.md §3, verified against real IRNs). Since 1 June 2025
 * the IRP upper-cases DocNo before hashing; pass `uppercaseDocNo: false` for older documents.
 * node:crypto is pure computation, not I/O.
 */
export function computeIrn(
  sellerGstin: string,
  docType: string,
  docNo: string,
  docDate: string,
  opts: { uppercaseDocNo?: boolean } = {},
): string {
  const no = opts.uppercaseDocNo === false ? docNo : docNo.toUpperCase();
  const pre = `${sellerGstin.toUpperCase()}${financialYear(docDate)}${docType.toUpperCase()}${no}`;
  return createHash('sha256').update(pre, 'utf8').digest('hex');
}

/** The de-duplication key the IRP uses (2150): same parts as the IRN. */
export function duplicateKey(
  sellerGstin: string,
  docType: string,
  docNo: string,
  docDate: string,
  opts: { uppercaseDocNo?: boolean } = {},
): string {
  const no = opts.uppercaseDocNo === false ? docNo : docNo.toUpperCase();
  return [sellerGstin.toUpperCase(), financialYear(docDate), docType.toUpperCase(), no].join('|');
}

/** IRN of a parsed invoice, honouring RuleContext.uppercaseDocNo (default true). */
export function irnOf(
  invoice: { SellerDtls: { Gstin: string }; DocDtls: { Typ: string; No: string; Dt: string } },
  opts: { uppercaseDocNo?: boolean } = {},
): string {
  return computeIrn(invoice.SellerDtls.Gstin, invoice.DocDtls.Typ, invoice.DocDtls.No, invoice.DocDtls.Dt, opts);
}
