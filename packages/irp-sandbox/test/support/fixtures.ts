import { formatNicDate } from '@einvoice/gst';

export const SELLER = '29AAACP7879D1Z0';
export const BUYER = '29AAGCB7383J1Z4';

let counter = 0;
/** A unique document number per call, so tests never collide on the duplicate key. */
export function nextDocNo(prefix = 'T'): string {
  counter += 1;
  return `${prefix}${Date.now().toString(36).toUpperCase().slice(-6)}${counter}`.slice(0, 16);
}

/** Reference §7 base case: intra-state B2B INV, one goods line, 1000 + 9% CGST + 9% SGST. */
export function baseInvoice(
  opts: { docNo?: string; docDate?: Date; seller?: string; buyer?: string; typ?: string } = {},
): Record<string, unknown> {
  const seller = opts.seller ?? SELLER;
  return {
    Version: '1.1',
    TranDtls: { TaxSch: 'GST', SupTyp: 'B2B', RegRev: 'N' },
    DocDtls: { Typ: opts.typ ?? 'INV', No: opts.docNo ?? nextDocNo(), Dt: formatNicDate(opts.docDate ?? new Date()) },
    SellerDtls: {
      Gstin: seller,
      LglNm: 'Sandbox Seller Pvt Ltd',
      Addr1: '1 MG Road',
      Loc: 'Bengaluru',
      Pin: 560001,
      Stcd: seller.slice(0, 2),
    },
    BuyerDtls: {
      Gstin: opts.buyer ?? BUYER,
      LglNm: 'Sandbox Buyer Pvt Ltd',
      Pos: '29',
      Addr1: '2 Brigade Road',
      Loc: 'Bengaluru',
      Pin: 560025,
      Stcd: '29',
    },
    ItemList: [
      {
        SlNo: '1',
        PrdDesc: 'Cotton knitted garments',
        IsServc: 'N',
        HsnCd: '61149090',
        Qty: 10,
        Unit: 'NOS',
        UnitPrice: 100,
        TotAmt: 1000,
        Discount: 0,
        AssAmt: 1000,
        GstRt: 18,
        IgstAmt: 0,
        CgstAmt: 90,
        SgstAmt: 90,
        TotItemVal: 1180,
      },
    ],
    ValDtls: { AssVal: 1000, CgstVal: 90, SgstVal: 90, IgstVal: 0, TotInvVal: 1180 },
  };
}
