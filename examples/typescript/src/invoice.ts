// The invoice this quickstart registers: an intra-state B2B sale inside Karnataka (seller and buyer in
// state 29), so the tax is CGST + SGST rather than IGST. In your integration this comes from your ERP.
import { randomBytes } from 'node:crypto';
import type { Invoice } from '@einvoice/sdk';

export const SELLER_GSTIN = '29AAACP7879D1Z0';
export const BUYER_GSTIN = '29AAGCB7383J1Z4';

/**
 * A document number nobody has used yet, so the program can run again and again against one server
 * (the IRP refuses a second IRN for the same seller, document type, number and financial year).
 * NIC allows at most 16 characters: a letter or 1-9 first, then letters, digits, `/` and `-`.
 */
export function freshDocumentNumber(prefix = 'EX/'): string {
  const time = Date.now().toString(36); // 8 characters until the year 2059
  const random = randomBytes(2).readUInt16BE(0).toString(36).padStart(3, '0'); // two runs in the same millisecond
  return `${prefix}${time}${random}`.toUpperCase().slice(0, 16);
}

/**
 * Today's date in India as NIC wants it (dd/MM/yyyy). The IRP checks the document date against the Indian
 * calendar, so a machine clock in UTC must not be used as is: between 00:00 and 05:30 IST it is still yesterday.
 */
export function todayInIndia(now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Kolkata',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('day')}/${part('month')}/${part('year')}`;
}

/** Ten t-shirts at 100 each, 18 % GST split into 9 % CGST and 9 % SGST: 1000 + 90 + 90 = 1180. */
export function intraStateInvoice(documentNumber: string, documentDate: string = todayInIndia()): Invoice {
  return {
    Version: '1.1',
    TranDtls: { TaxSch: 'GST', SupTyp: 'B2B', RegRev: 'N', IgstOnIntra: 'N' },
    DocDtls: { Typ: 'INV', No: documentNumber, Dt: documentDate },
    SellerDtls: {
      Gstin: SELLER_GSTIN,
      LglNm: 'Acme Industries Private Limited',
      TrdNm: 'Acme Industries',
      Addr1: '14 Industrial Layout, Peenya',
      Loc: 'Bengaluru',
      Pin: 560058,
      Stcd: '29',
      Ph: '9845012345',
      Em: 'accounts@acme.example',
    },
    BuyerDtls: {
      Gstin: BUYER_GSTIN,
      LglNm: 'Bharat Components Private Limited',
      Pos: '29',
      Addr1: 'Prestige Tech Park, Outer Ring Road',
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
