/**
 * The stand-alone e-way bill API prints times as `dd/MM/yyyy hh:mm:ss AM/PM` in IST, unlike the e-invoice
 * API's `yyyy-MM-dd HH:mm:ss` (that one comes from @einvoice/gst's formatAckDt). The seconds are always
 * `00`: every EWB API time in the IC samples (cancelDate, vehUpdDate, updatedDate, transUpdateDate,
 * ewayBillDate) and in Masters India's published responses is on the minute, so NIC truncates to it.
 */
export function formatEwbApiDateTime(d: Date): string {
  const ist = new Date(d.getTime() + 330 * 60_000);
  const p = (n: number) => String(n).padStart(2, '0');
  const h24 = ist.getUTCHours();
  const h12 = h24 % 12 === 0 ? 12 : h24 % 12;
  return `${p(ist.getUTCDate())}/${p(ist.getUTCMonth() + 1)}/${ist.getUTCFullYear()} ${p(h12)}:${p(ist.getUTCMinutes())}:00 ${h24 < 12 ? 'AM' : 'PM'}`;
}
