import { randomBytes } from 'node:crypto';
import type { Invoice } from '../../src/index.js';

export function istToday(): string {
  const d = new Date(Date.now() + 5.5 * 3600_000);
  return `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`;
}

/** An intra-state B2B invoice (CGST + SGST) for `seller`, with a unique document number. */
export function invoice(seller: string, docNo = `QS/${randomBytes(5).toString('hex').toUpperCase()}`): Invoice {
  return {
    Version: '1.1',
    TranDtls: { TaxSch: 'GST', SupTyp: 'B2B' },
    DocDtls: { Typ: 'INV', No: docNo, Dt: istToday() },
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
        Qty: 10,
        Unit: 'NOS',
        UnitPrice: 100,
        TotAmt: 1000,
        AssAmt: 1000,
        GstRt: 18,
        CgstAmt: 90,
        SgstAmt: 90,
        TotItemVal: 1180,
      },
    ],
    ValDtls: { AssVal: 1000, CgstVal: 90, SgstVal: 90, TotInvVal: 1180 },
  } as Invoice;
}
