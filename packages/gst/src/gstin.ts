/**
 * GSTIN format and check digit. The check digit is the standard mod-36 Luhn variant used by
 * GSTN (IC utils validate_gstin_check_digit; nic-einvoice.md §2.1 item 5). Note that the NIC
 * taxpayer master, not the checksum, decides validity on the IRP: many sandbox GSTINs fail it.
 */
const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

export const GSTIN_PATTERNS = {
  regular: /^[0-9]{2}[A-Z]{5}[0-9]{4}[A-Z][1-9A-Z]Z[0-9A-Z]$/,
  tcs: /^[0-9]{2}[A-Z]{5}[0-9]{4}[A-Z][1-9A-Z]C[0-9A-Z]$/,
  tds: /^[0-9]{2}[A-Z]{4}[A-Z0-9][0-9]{4}[A-Z][1-9A-Z]D[0-9A-Z]$/,
  uin: /^[0-9]{4}[A-Z]{3}[0-9]{5}[UO]N[A-Z0-9]$/,
  /** Non-resident OIDAR suppliers (state 99). */
  oidar: /^9999[0-9]{2}[A-Z]{3}[0-9]{5}[A-Z0-9]{2}$/,
} as const;
export type GstinKind = keyof typeof GSTIN_PATTERNS;

/** Check character for the first 14 characters of a GSTIN. Throws on a bad alphabet/length. */
export function gstinCheckDigit(first14: string): string {
  const s = first14.toUpperCase();
  if (s.length !== 14) throw new RangeError('gstinCheckDigit needs exactly 14 characters');
  let sum = 0;
  for (let i = 0; i < 14; i++) {
    const v = ALPHABET.indexOf(s[i]!);
    if (v < 0) throw new RangeError(`invalid GSTIN character ${s[i]}`);
    const p = v * (i % 2 === 0 ? 1 : 2);
    sum += Math.floor(p / 36) + (p % 36);
  }
  return ALPHABET[(36 - (sum % 36)) % 36]!;
}

export function gstinKind(gstin: string): GstinKind | undefined {
  for (const k of Object.keys(GSTIN_PATTERNS) as GstinKind[]) if (GSTIN_PATTERNS[k].test(gstin)) return k;
  return undefined;
}

/** True when the GSTIN has a known format and a correct check digit. */
export function isValidGstin(gstin: string): boolean {
  if (typeof gstin !== 'string' || gstin.length !== 15 || !gstinKind(gstin)) return false;
  return gstinCheckDigit(gstin.slice(0, 14)) === gstin[14];
}

/** Transporter IDs (GSTIN or TRANSIN) are exempt from the checksum: shape only. */
export function isTransporterId(id: string): boolean {
  return /^[0-9]{2}[0-9A-Z]{13}$/.test(id);
}
