import type { Invoice, RuleContext, Taxpayer } from '../src/index.js';

/** Fixed clock: 20 Nov 2025, 12:00 IST. */
export const NOW = new Date('2025-11-20T06:30:00Z');
export const TODAY = '20/11/2025';

export const SELLER = '29AAACP7879D1Z0';
export const BUYER = '29AAGCB7383J1Z4';
export const BUYER_MH = '27AAPFU0939F1ZV';
export const BUYER_SEZ = '29AABCS1429B1ZB';
export const BUYER_CANCELLED = '29AAACC1206D1ZM';
export const BUYER_SUSPENDED = '29AAACS8577K1ZP';
export const BUYER_INACTIVE = '29AAACI1195H1ZK';
export const BUYER_NEW = '29AAACN0000A1Z5';
export const SELLER_LARGE = '29AAACL1234A1Z1';
export const SELLER_SEZ = '29AAACZ1234A1Z1';
export const ECOM = '29AAACE1234A1C1';
export const SELLER_NOT_ENABLED = '29AAACN1111N1Z1'; // einvoiceEnabled: false
export const SELLER_COMPOSITION = '29AAACM2222M1Z1'; // type COM
export const SELLER_COM_NOT_ENABLED = '29AAACM3333M1Z1'; // both
export const SANDBOX_SELLER = '02AMBPG7773M002'; // fails the checksum; known to the sandbox master

const tp = (gstin: string, extra: Partial<Taxpayer> = {}): Taxpayer => ({
  gstin,
  legalName: `Taxpayer ${gstin}`,
  addr1: 'MG Road',
  location: 'Bengaluru',
  pin: 560001,
  stateCode: gstin.slice(0, 2),
  status: 'ACT',
  type: 'REG',
  einvoiceEnabled: true,
  registeredOn: '01/07/2017',
  ...extra,
});

export const TAXPAYERS: Record<string, Taxpayer> = Object.fromEntries(
  [
    tp(SELLER),
    tp(BUYER),
    tp(BUYER_MH, { pin: 400001 }),
    tp(BUYER_SEZ, { type: 'SEZ' }),
    tp(BUYER_CANCELLED, { status: 'CNL', cancelledOn: '01/04/2025' }),
    tp(BUYER_SUSPENDED, { status: 'SUS' }),
    tp(BUYER_INACTIVE, { status: 'INA' }),
    tp(BUYER_NEW, { registeredOn: '01/12/2025' }),
    tp(SELLER_LARGE, { largeTaxpayer: true }),
    tp(SELLER_SEZ, { type: 'SEZ' }),
    tp(ECOM, { type: 'TCS' }),
    tp(SANDBOX_SELLER, { stateCode: '02', pin: 171302 }),
    tp(SELLER_NOT_ENABLED, { einvoiceEnabled: false }),
    tp(SELLER_COMPOSITION, { type: 'COM' }),
    tp(SELLER_COM_NOT_ENABLED, { type: 'COM', einvoiceEnabled: false }),
  ].map((t) => [t.gstin, t]),
);

export const ctx = (extra: Partial<RuleContext> = {}): RuleContext => ({
  now: NOW,
  lookupTaxpayer: (g) => TAXPAYERS[g],
  ...extra,
});

type Item = Invoice['ItemList'][number];
export const goodsItem = (extra: Partial<Item> = {}): Item => ({
  SlNo: '1',
  PrdDesc: 'Cotton vests',
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
  ...extra,
});

/** The §7 base: a valid intra-state B2B INV in Karnataka. */
export function baseInvoice(): Invoice {
  return {
    Version: '1.1',
    TranDtls: { TaxSch: 'GST', SupTyp: 'B2B', RegRev: 'N' },
    DocDtls: { Typ: 'INV', No: 'INV/2025/001', Dt: TODAY },
    SellerDtls: {
      Gstin: SELLER,
      LglNm: 'Acme Textiles Pvt Ltd',
      Addr1: '12 MG Road',
      Loc: 'Bengaluru',
      Pin: 560001,
      Stcd: '29',
    },
    BuyerDtls: {
      Gstin: BUYER,
      LglNm: 'Bharat Retail Ltd',
      Pos: '29',
      Addr1: '5 Residency Road',
      Loc: 'Bengaluru',
      Pin: 560025,
      Stcd: '29',
    },
    ItemList: [goodsItem()],
    ValDtls: { AssVal: 1000, CgstVal: 90, SgstVal: 90, IgstVal: 0, TotInvVal: 1180 },
  };
}

/** Builder: start from the base and apply edits; `build()` returns a deep copy (as plain JSON). */
export class InvoiceBuilder {
  private inv: Invoice = baseInvoice();
  with(edit: (inv: Invoice) => void): this {
    edit(this.inv);
    return this;
  }
  /** Move the buyer to Maharashtra (inter-state) and charge IGST instead of CGST/SGST. */
  interState(): this {
    return this.with((i) => {
      Object.assign(i.BuyerDtls, { Gstin: BUYER_MH, Pos: '27', Stcd: '27', Pin: 400001, Loc: 'Mumbai' });
      this.igst();
    });
  }
  /** Charge IGST 18 % on every line (and in the totals) instead of CGST/SGST. */
  igst(): this {
    return this.with((i) => {
      for (const it of i.ItemList)
        Object.assign(it, { IgstAmt: r2((it.AssAmt * it.GstRt) / 100), CgstAmt: 0, SgstAmt: 0 });
      recompute(i);
    });
  }
  items(n: number): this {
    return this.with((i) => {
      i.ItemList = Array.from({ length: n }, (_, k) => goodsItem({ SlNo: String(k + 1) }));
      recompute(i);
    });
  }
  export(): this {
    return this.with((i) => {
      i.TranDtls.SupTyp = 'EXPWOP';
      Object.assign(i.BuyerDtls, { Gstin: 'URP', Pos: '96', Stcd: '96', Pin: 999999, Loc: 'New York' });
      for (const it of i.ItemList)
        Object.assign(it, { GstRt: 0, IgstAmt: 0, CgstAmt: 0, SgstAmt: 0, TotItemVal: it.AssAmt });
      i.ExpDtls = { CntCode: 'US', Port: 'INBLR4', ForCur: 'USD' };
      recompute(i);
    });
  }
  build(): Invoice {
    return JSON.parse(JSON.stringify(this.inv)) as Invoice;
  }
}
export const inv = () => new InvoiceBuilder();

const r2 = (v: number) => Math.round(v * 100) / 100;
/** Recompute item totals and ValDtls from the lines. */
export function recompute(i: Invoice): void {
  let ass = 0,
    c = 0,
    s = 0,
    g = 0;
  for (const it of i.ItemList) {
    it.TotItemVal = r2(it.AssAmt + (it.IgstAmt ?? 0) + (it.CgstAmt ?? 0) + (it.SgstAmt ?? 0));
    ass += it.AssAmt;
    c += it.CgstAmt ?? 0;
    s += it.SgstAmt ?? 0;
    g += it.IgstAmt ?? 0;
  }
  i.ValDtls = { AssVal: r2(ass), CgstVal: r2(c), SgstVal: r2(s), IgstVal: r2(g), TotInvVal: r2(ass + c + s + g) };
}

export const codes = (r: { ok: boolean; errors?: { code: string }[] }): string[] =>
  r.ok ? [] : (r as { errors: { code: string }[] }).errors.map((e) => e.code);
