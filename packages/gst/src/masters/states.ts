/**
 * GST state codes (Stcd / Pos). Source: nic-einvoice.md §1 Masters, from india-compliance
 * constants/__init__.py STATE_NUMBERS and Mittal-Analytics codes.py. 96 = Other Country
 * (exports), 97 = Other Territory, 99 = Centre Jurisdiction (MA only; not a place of supply).
 */
export interface State {
  code: string;
  name: string;
  legacy?: boolean;
}

export const states: readonly State[] = [
  { code: '01', name: 'Jammu and Kashmir' },
  { code: '02', name: 'Himachal Pradesh' },
  { code: '03', name: 'Punjab' },
  { code: '04', name: 'Chandigarh' },
  { code: '05', name: 'Uttarakhand' },
  { code: '06', name: 'Haryana' },
  { code: '07', name: 'Delhi' },
  { code: '08', name: 'Rajasthan' },
  { code: '09', name: 'Uttar Pradesh' },
  { code: '10', name: 'Bihar' },
  { code: '11', name: 'Sikkim' },
  { code: '12', name: 'Arunachal Pradesh' },
  { code: '13', name: 'Nagaland' },
  { code: '14', name: 'Manipur' },
  { code: '15', name: 'Mizoram' },
  { code: '16', name: 'Tripura' },
  { code: '17', name: 'Meghalaya' },
  { code: '18', name: 'Assam' },
  { code: '19', name: 'West Bengal' },
  { code: '20', name: 'Jharkhand' },
  { code: '21', name: 'Odisha' },
  { code: '22', name: 'Chhattisgarh' },
  { code: '23', name: 'Madhya Pradesh' },
  { code: '24', name: 'Gujarat' },
  { code: '25', name: 'Daman and Diu', legacy: true },
  { code: '26', name: 'Dadra and Nagar Haveli and Daman and Diu' },
  { code: '27', name: 'Maharashtra' },
  { code: '29', name: 'Karnataka' },
  { code: '30', name: 'Goa' },
  { code: '31', name: 'Lakshadweep' },
  { code: '32', name: 'Kerala' },
  { code: '33', name: 'Tamil Nadu' },
  { code: '34', name: 'Puducherry' },
  { code: '35', name: 'Andaman and Nicobar Islands' },
  { code: '36', name: 'Telangana' },
  { code: '37', name: 'Andhra Pradesh' },
  { code: '38', name: 'Ladakh' },
  { code: '96', name: 'Other Country' },
  { code: '97', name: 'Other Territory' },
];

const CODES = new Set(states.map((s) => s.code));

/** "9" and "09" are the same state: the schema allows 1-2 digits (MA test sent "9"). */
export function normalizeStateCode(code: string): string {
  return code.length === 1 ? `0${code}` : code;
}

export function isStateCode(code: string): boolean {
  return CODES.has(normalizeStateCode(code));
}
