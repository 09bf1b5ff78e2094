/**
 * First-3-digit PIN ranges per state. Source: nic-einvoice.md §2.1 item 6, from
 * india-compliance STATE_PINCODE_MAPPING. Telangana (36) shares Andhra Pradesh's 500-535 and
 * Ladakh (38) shares J&K's 180-194 (the source has no separate ranges); 96/97 have none.
 */
export const pinPrefixes: Readonly<Record<string, ReadonlyArray<readonly [number, number]>>> = {
  '01': [[180, 194]],
  '02': [[171, 177]],
  '03': [[140, 160]],
  '04': [[160, 160]],
  '05': [[244, 263]],
  '06': [[121, 136]],
  '07': [[110, 110]],
  '08': [[301, 345]],
  '09': [[201, 285]],
  '10': [[800, 855]],
  '11': [[737, 737]],
  '12': [[790, 792]],
  '13': [[797, 798]],
  '14': [[795, 795]],
  '15': [[796, 796]],
  '16': [[799, 799]],
  '17': [[793, 794]],
  '18': [[781, 788]],
  '19': [[700, 743]],
  '20': [[813, 835]],
  '21': [[751, 770]],
  '22': [[490, 497]],
  '23': [[450, 488]],
  '24': [[360, 396]],
  '25': [
    [362, 362],
    [396, 396],
  ],
  '26': [
    [362, 362],
    [396, 396],
  ],
  '27': [[400, 445]],
  '29': [[560, 591]],
  '30': [[403, 403]],
  '31': [[682, 682]],
  '32': [[670, 695]],
  '33': [[600, 643]],
  '34': [
    [533, 533],
    [605, 605],
    [607, 607],
    [609, 609],
    [673, 673],
  ],
  '35': [[744, 744]],
  '36': [[500, 535]],
  '37': [[500, 535]],
  '38': [[180, 194]],
};

/**
 * Whether a PIN belongs to a state. States without ranges (96, 97, unknown) are not checked
 * and return true: the rule can only reject what the master knows.
 */
export function pinBelongsToState(pin: number, stateCode: string): boolean {
  const ranges = pinPrefixes[stateCode];
  if (!ranges) return true;
  const p3 = Math.floor(pin / 1000);
  return ranges.some(([lo, hi]) => p3 >= lo && p3 <= hi);
}
