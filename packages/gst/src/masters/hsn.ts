/**
 * HSN / SAC: structure checks and a bundled master.
 *
 * Structure (all must hold): 4, 6 or 8 digits, not all zeros (schema pattern); goods chapters
 * 01-98 except 77 (reserved in the Harmonized System); services (SAC) are chapter 99 with
 * exactly 6 digits.
 *
 * Bundled master (written by us from the Customs Tariff / HS 2022 chapter layout and the GST
 * SAC scheme): for every chapter, the 4-digit headings from XX01 up to the chapter's last
 * heading; for chapter 99 the SAC headings 9954, 9961-9969, 9971-9973, 9981-9999; plus the
 * full codes used in our samples and tests. A 6/8-digit code is accepted when its 4-digit
 * heading is known (lenient: the bundled master cannot list every tariff line). Load the
 * government's full master with `loadHsnMaster(text)` for exact membership.
 */
export interface HsnMaster {
  /** Source description, for logs. */
  readonly source: string;
  /** Number of codes (headings or full codes) known. */
  readonly size: number;
  has(code: string): boolean;
}

/** Last heading number per goods chapter (HS 2022 as adopted in the Indian Customs Tariff). */
const LAST_HEADING: Readonly<Record<string, number>> = {
  '01': 6,
  '02': 10,
  '03': 9,
  '04': 10,
  '05': 11,
  '06': 4,
  '07': 14,
  '08': 14,
  '09': 10,
  '10': 8,
  '11': 9,
  '12': 14,
  '13': 2,
  '14': 4,
  '15': 22,
  '16': 5,
  '17': 4,
  '18': 6,
  '19': 5,
  '20': 9,
  '21': 6,
  '22': 9,
  '23': 9,
  '24': 4,
  '25': 30,
  '26': 21,
  '27': 16,
  '28': 53,
  '29': 42,
  '30': 6,
  '31': 5,
  '32': 15,
  '33': 7,
  '34': 7,
  '35': 7,
  '36': 6,
  '37': 7,
  '38': 27,
  '39': 26,
  '40': 17,
  '41': 15,
  '42': 6,
  '43': 4,
  '44': 21,
  '45': 4,
  '46': 2,
  '47': 7,
  '48': 23,
  '49': 11,
  '50': 7,
  '51': 13,
  '52': 12,
  '53': 11,
  '54': 8,
  '55': 16,
  '56': 9,
  '57': 5,
  '58': 11,
  '59': 11,
  '60': 6,
  '61': 17,
  '62': 17,
  '63': 10,
  '64': 6,
  '65': 7,
  '66': 3,
  '67': 4,
  '68': 15,
  '69': 14,
  '70': 20,
  '71': 18,
  '72': 29,
  '73': 26,
  '74': 19,
  '75': 8,
  '76': 16,
  '78': 6,
  '79': 7,
  '80': 7,
  '81': 13,
  '82': 15,
  '83': 11,
  '84': 87,
  '85': 49,
  '86': 9,
  '87': 16,
  '88': 7,
  '89': 8,
  '90': 33,
  '91': 14,
  '92': 9,
  '93': 7,
  '94': 6,
  '95': 8,
  '96': 20,
  '97': 6,
  '98': 6,
};

const SAC_HEADINGS: readonly number[] = [
  9954,
  9961,
  9962,
  9963,
  9964,
  9965,
  9966,
  9967,
  9968,
  9969,
  9971,
  9972,
  9973,
  ...Array.from({ length: 19 }, (_, i) => 9981 + i),
];

/** Full codes used in the samples and the reference's test cases. */
const EXPLICIT: readonly string[] = [
  '1001',
  '10019910',
  '10063020',
  '61149090',
  '721011',
  '72101110',
  '95066230',
  '999900',
  '998311',
  '998313',
  '998314',
  '996511',
  '996791',
  '997212',
  '84713010',
  '85176290',
  '30049099',
  '27101944',
];

function headings(): string[] {
  const out: string[] = [];
  for (const [ch, last] of Object.entries(LAST_HEADING)) {
    for (let h = 1; h <= last; h++) out.push(`${ch}${String(h).padStart(2, '0')}`);
  }
  for (const h of SAC_HEADINGS) out.push(String(h));
  return out;
}

/** Structural validity: digits 4/6/8, chapter 01-98 minus 77, or a 6-digit SAC in chapter 99. */
export function isHsnStructureValid(code: string): boolean {
  if (!/^(?!0+$)([0-9]{4}|[0-9]{6}|[0-9]{8})$/.test(code)) return false;
  const ch = Number(code.slice(0, 2));
  if (ch === 99) return code.length === 6;
  return ch >= 1 && ch <= 98 && ch !== 77;
}

export function isSac(code: string): boolean {
  return code.startsWith('99');
}

class BundledHsnMaster implements HsnMaster {
  readonly source = 'bundled (headings + sample codes)';
  private readonly heads = new Set(headings());
  private readonly full = new Set(EXPLICIT);
  get size() {
    return this.heads.size + this.full.size;
  }
  has(code: string): boolean {
    if (!isHsnStructureValid(code)) return false;
    return this.full.has(code) || this.heads.has(code.slice(0, 4));
  }
}

class LoadedHsnMaster implements HsnMaster {
  /** Every full code plus every 4- and 6-digit prefix of one, so a shorter code of a known line passes. */
  private readonly codes = new Set<string>();
  private count = 0;
  constructor(
    readonly source: string,
    list: Iterable<string>,
  ) {
    for (const c of list) {
      if (!this.codes.has(c)) this.count++;
      this.codes.add(c);
      if (c.length >= 6) this.codes.add(c.slice(0, 6));
      if (c.length >= 4) this.codes.add(c.slice(0, 4));
    }
  }
  get size() {
    return this.count;
  }
  has(code: string): boolean {
    return isHsnStructureValid(code) && this.codes.has(code);
  }
}

export const bundledHsnMaster: HsnMaster = new BundledHsnMaster();

/**
 * Builds an HSN master from the text of the government's master file, read by the caller
 * (this package does no I/O). Accepted shapes:
 * - plain list: one code per line;
 * - CSV/TSV/semicolon-separated (e.g. the GST portal's "HSN_SAC.xlsx" saved as CSV, columns
 *   `HSN_CD,HSN_Description`): the first field of each line that is 4-8 digits is taken;
 *   header lines and descriptions are ignored. Quotes around fields are allowed.
 * Codes of 2 digits (chapter rows) and malformed rows are skipped. Throws when nothing usable
 * was found (a wrong file should fail at start, not reject every invoice later).
 */
export function loadHsnMaster(text: string, source = 'loaded'): HsnMaster {
  const codes: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const first =
      raw
        .split(/[,;\t|]/)[0]
        ?.trim()
        .replace(/^"|"$/g, '')
        .replace(/\s+/g, '') ?? '';
    if (/^[0-9]{4}$|^[0-9]{6}$|^[0-9]{8}$/.test(first)) codes.push(first);
  }
  if (codes.length === 0) throw new Error('loadHsnMaster: no 4/6/8-digit HSN codes found in the text');
  return new LoadedHsnMaster(source, codes);
}
