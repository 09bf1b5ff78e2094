// Invoice fixtures: the reference's base case (intra-state B2B, CGST + SGST), dated today in IST.
export function istToday(offsetDays = 0): string {
  const d = new Date(Date.now() + 5.5 * 3600_000 + offsetDays * 86400_000);
  const dd = String(d.getUTCDate()).padStart(2, '0');
  const mm = String(d.getUTCMonth() + 1).padStart(2, '0');
  return `${dd}/${mm}/${d.getUTCFullYear()}`;
}

let counter = 0;
export const uniqueDocNo = (prefix = 'INV') =>
  `${prefix}/${Date.now().toString(36).toUpperCase().slice(-6)}/${++counter}`;

export function invoice(
  seller: string,
  overrides: { docNo?: string; docType?: 'INV' | 'CRN' | 'DBN'; qty?: number; ewb?: Record<string, unknown> } = {},
) {
  const qty = overrides.qty ?? 10;
  const amount = qty * 100;
  const tax = Math.round(amount * 0.09 * 100) / 100;
  return {
    Version: '1.1',
    TranDtls: { TaxSch: 'GST', SupTyp: 'B2B' },
    DocDtls: { Typ: overrides.docType ?? 'INV', No: overrides.docNo ?? uniqueDocNo(), Dt: istToday() },
    SellerDtls: {
      Gstin: seller,
      LglNm: 'Acme Industries Private Limited',
      Addr1: '14 Industrial Layout',
      Loc: 'Bengaluru',
      Pin: 560058,
      Stcd: seller.slice(0, 2),
    },
    BuyerDtls: {
      Gstin: '29AAGCB7383J1Z4',
      LglNm: 'Bharat Components Private Limited',
      Pos: '29',
      Addr1: 'Prestige Tech Park',
      Loc: 'Bengaluru',
      Pin: 560103,
      Stcd: '29',
    },
    ItemList: [
      {
        SlNo: '1',
        PrdDesc: 'Cotton knitted t-shirts',
        IsServc: 'N',
        HsnCd: '61149090',
        Qty: qty,
        Unit: 'NOS',
        UnitPrice: 100,
        TotAmt: amount,
        AssAmt: amount,
        GstRt: 18,
        CgstAmt: tax,
        SgstAmt: tax,
        TotItemVal: amount + 2 * tax,
      },
    ],
    ValDtls: { AssVal: amount, CgstVal: tax, SgstVal: tax, TotInvVal: amount + 2 * tax },
    ...(overrides.ewb ? { EwbDtls: overrides.ewb } : {}),
  };
}

/** Part-B by road for an e-way bill on an IRN (`{ Irn, ...road }`). */
export const road = {
  Distance: 0,
  TransMode: '1',
  TransId: '29AAGCB7383J1Z4',
  TransName: 'Bharat Logistics',
  VehNo: 'KA01AB1234',
  VehType: 'R',
};
