/**
 * GST rates (the combined, IGST-equivalent rate in GstRt). NIC's allowed list is unconfirmed
 * (nic-einvoice.md §2.1 item 8); this is the list of notified rates: 0, 0.1 (merchant exports),
 * 0.25 (rough diamonds), 1, 1.5 (cut diamonds), 3 (gold, silver), 5, 6, 7.5, 12, 18, 28, and 40
 * (GST 2.0, notified from 22 September 2025). Override with RuleContext.gstRates.
 */
export const gstRates: readonly number[] = [0, 0.1, 0.25, 1, 1.5, 3, 5, 6, 7.5, 12, 18, 28, 40];
