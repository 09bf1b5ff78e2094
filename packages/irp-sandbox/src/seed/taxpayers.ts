import type { Taxpayer } from '../rules.js';
import { STATES } from './states.js';

const REG = '01/07/2017';

function tp(
  gstin: string,
  legalName: string,
  addr1: string,
  location: string,
  pin: number,
  extra: Partial<Taxpayer> = {},
): Taxpayer {
  return {
    gstin,
    legalName,
    addr1,
    location,
    pin,
    stateCode: gstin.slice(0, 2),
    status: 'ACT',
    type: 'REG',
    einvoiceEnabled: true,
    registeredOn: REG,
    ...extra,
  } as Taxpayer;
}

/**
 * Seeded test taxpayers (documented in README.md). The NIC/GSP sandbox GSTINs mostly fail the check
 * digit, so they must be listed; the synthetic special cases all have valid check digits.
 */
export const SEED_TAXPAYERS: readonly Taxpayer[] = [
  // NIC sandbox sample payloads (NIC-GEN, NIC-EWB)
  tp('37ARZPT4384Q1MT', 'NIC Sample Seller (AP)', 'Sample Address 1', 'Vijayawada', 520001),
  tp('29AWGPV7107B1Z1', 'NIC Sample Buyer (KA)', 'Sample Address 2', 'Bengaluru', 560001),
  tp('12AWGPV7107B1Z1', 'NIC Sample Transporter', 'Sample Address 3', 'Itanagar', 791111),
  // ClearTax, Masters India, Adaequare sandbox GSTINs
  tp('24AAFCD5862R005', 'ClearTax Sandbox Seller (GJ)', 'Sandbox Road 1', 'Ahmedabad', 380001),
  tp('09AAAPG7885R002', 'Masters India Sandbox Seller (UP)', 'Sandbox Road 2', 'Lucknow', 226001),
  tp('05AAAPG7885R002', 'Masters India Sandbox Buyer (UK)', 'Sandbox Road 3', 'Dehradun', 248001),
  tp('01AMBPG7773M002', 'Adaequare Sandbox Company (JK)', 'Test Address - 1', 'Test City', 193501),
  tp('02AMBPG7773M002', 'Adaequare Sandbox Company (HP)', 'Test Address - 2', 'Test City', 171302),
  tp('36AMBPG7773M002', 'Adaequare Sandbox Customer (TS)', 'Test Address - 3', 'Test City', 500055),
  // EWB GSP sandbox
  tp('05AAACG2115R1ZN', 'EWB Sandbox Company', 'EWB Address 1', 'Dehradun', 248001),
  tp('05AAACG2140A1ZL', 'EWB Sandbox Counterparty', 'EWB Address 2', 'Dehradun', 248001),
  // Conformance base case (reference §7): seller and buyer in Karnataka
  tp('29AAACP7879D1Z0', 'Sandbox Seller Pvt Ltd', '1 MG Road', 'Bengaluru', 560001, { tradeName: 'Sandbox Seller' }),
  tp('29AAGCB7383J1Z4', 'Sandbox Buyer Pvt Ltd', '2 Brigade Road', 'Bengaluru', 560025, { tradeName: 'Sandbox Buyer' }),
  tp('27AAPFU0939F1ZV', 'Sandbox Mumbai Buyer LLP', '3 Marine Drive', 'Mumbai', 400020),
  tp('09AAJCM7191E1Z5', 'Sandbox Noida Buyer Pvt Ltd', '4 Sector 18', 'Noida', 201301),
  // Special cases (synthetic, valid check digits)
  tp('29AABCC1234C1Z9', 'Cancelled Traders', '10 Closed Street', 'Bengaluru', 560002, {
    status: 'CNL',
    cancelledOn: '01/04/2024',
  }),
  tp('29AABCS4321S1ZU', 'Suspended Traders', '11 Paused Street', 'Bengaluru', 560003, { status: 'SUS' }),
  tp('29AABCI5555I1ZA', 'Inactive Traders', '12 Dormant Street', 'Bengaluru', 560004, { status: 'INA' }),
  tp('29AABCN1111N1ZJ', 'Not Enabled Traders', '13 Paper Street', 'Bengaluru', 560005, { einvoiceEnabled: false }),
  tp('29AABCM2222M1ZG', 'Composition Dealer', '14 Small Street', 'Bengaluru', 560006, { type: 'COM' }),
  tp('29AABCZ3333Z1Z7', 'SEZ Unit Pvt Ltd', '15 SEZ Campus', 'Bengaluru', 560100, { type: 'SEZ' }),
  tp('29AABCL4444L1Z7', 'Large Taxpayer Ltd', '16 Big Street', 'Bengaluru', 560007, { largeTaxpayer: true }),
  tp('27AABCL4444L1ZB', 'Large Taxpayer Ltd (MH)', '17 Big Street', 'Mumbai', 400001, { largeTaxpayer: true }),
  tp('27AABCB6666B1ZU', 'Sandbox Pune Buyer Pvt Ltd', '18 FC Road', 'Pune', 411004),
  tp('33AABCT7777T1ZC', 'Sandbox Chennai Buyer Pvt Ltd', '19 Anna Salai', 'Chennai', 600002),
  tp('07AABCD8888D1ZE', 'Sandbox Delhi Buyer Pvt Ltd', '20 Connaught Place', 'New Delhi', 110001),
  tp('29AABCR9999R1ZV', 'Recently Registered Pvt Ltd', '21 New Street', 'Bengaluru', 560008, {
    registeredOn: '01/01/2025',
  }),
  // xxAAFCD5862R1Zx family from the EWB GSP sandbox page, with correct check digits
  ...(
    [
      ['01AAFCD5862R1Z9', 190001],
      ['02AAFCD5862R1Z7', 171001],
      ['06AAFCD5862R1ZZ', 122001],
      ['07AAFCD5862R1ZX', 110001],
      ['10AAFCD5862R1ZA', 800001],
      ['11AAFCD5862R1Z8', 737101],
      ['12AAFCD5862R1Z6', 791111],
      ['13AAFCD5862R1Z4', 797001],
      ['17AAFCD5862R1ZW', 793001],
      ['18AAFCD5862R1ZU', 781001],
      ['24AAFCD5862R1Z1', 380001],
      ['27AAFCD5862R1ZV', 400001],
      ['29AAFCD5862R1ZR', 560001],
      ['32AAFCD5862R1Z4', 682001],
      ['33AAFCD5862R1Z2', 600001],
    ] as const
  ).map(([g, pin]) =>
    tp(g, 'AAFCD Sandbox Enterprises', 'Sandbox Estate', STATES[g.slice(0, 2)]?.[0] ?? 'Sandbox', pin),
  ),
];

/**
 * GSTIN master: seeded entries first; otherwise any GSTIN with a valid check digit is an active, regular,
 * e-invoice-enabled taxpayer of the state its first two digits name. Anything else is unknown (3028).
 */
export class TaxpayerDirectory {
  private readonly seeded = new Map<string, Taxpayer>();

  constructor(
    private readonly isValidGstin: (g: string) => boolean,
    extra: readonly Taxpayer[] = [],
  ) {
    for (const t of [...SEED_TAXPAYERS, ...extra]) this.seeded.set(t.gstin.toUpperCase(), t);
  }

  upsert(t: Taxpayer): void {
    this.seeded.set(t.gstin.toUpperCase(), t);
  }

  lookup = (gstin: string): Taxpayer | undefined => {
    if (typeof gstin !== 'string') return undefined;
    const key = gstin.toUpperCase();
    const seeded = this.seeded.get(key);
    if (seeded) return seeded;
    const state = STATES[key.slice(0, 2)];
    if (!state || !safe(() => this.isValidGstin(key))) return undefined;
    return tp(key, `Sandbox Taxpayer ${key}`, 'Sandbox Address', state[0], state[1]);
  };

  seededList(): Taxpayer[] {
    return [...this.seeded.values()];
  }
}

function safe(f: () => boolean): boolean {
  try {
    return f();
  } catch {
    return false;
  }
}
