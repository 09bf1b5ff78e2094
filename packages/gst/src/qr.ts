/**
 * Signed QR code helpers. The QR payload holds NIC's ten fields (SellerGstin, BuyerGstin, DocNo,
 * DocTyp, DocDt, TotInvVal, ItemCnt, MainHsnCode, Irn, IrnDt); only MainHsnCode needs a rule.
 */

/** The part of an invoice `mainHsnCode` reads (an `Invoice` fits, and so does a signed-invoice body). */
export interface HsnLines {
  ItemList: ReadonlyArray<{ HsnCd: string; AssAmt: number }>;
}

/**
 * QR `MainHsnCode`: the HSN of the item with the highest taxable value (AssAmt); on a tie the
 * first such line wins. nic-einvoice.md §3 (the selection rule is marked unconfirmed there).
 * An empty item list (never valid) gives ''.
 */
export function mainHsnCode(invoice: HsnLines): string {
  let best: { hsn: string; amt: number } | undefined;
  for (const item of invoice.ItemList) {
    if (!best || item.AssAmt > best.amt) best = { hsn: item.HsnCd, amt: item.AssAmt };
  }
  return best?.hsn ?? '';
}
