import { describe, expect, it } from 'vitest';
import {
  computeIrn,
  financialYear,
  formatAckDt,
  formatNicDate,
  gstinCheckDigit,
  isValidGstin,
  parseAckDt,
  parseNicDate,
} from '../src/index.js';

describe('GSTIN check digit (reference §2.1 item 5 vectors)', () => {
  it.each(['05AAACG2115R1ZN', '29AAACP7879D1Z0', '09AAJCM7191E1Z5', '27AAPFU0939F1ZV'])('%s passes', (g) => {
    expect(isValidGstin(g)).toBe(true);
    expect(gstinCheckDigit(g.slice(0, 14))).toBe(g[14]);
  });
  it.each(['29AWGPV7107B1Z1', '37ARZPT4384Q1MT', '02AMBPG7773M002'])('%s fails', (g) => {
    expect(isValidGstin(g)).toBe(false);
  });
  it('rejects wrong length, lower case and bad formats', () => {
    expect(isValidGstin('29AAACP7879D1Z')).toBe(false);
    expect(isValidGstin('29aaacp7879d1z0')).toBe(false);
    expect(isValidGstin('URP')).toBe(false);
    expect(() => gstinCheckDigit('29AAACP7879D1')).toThrow();
  });
});

/** IRNs recomputed from the saved samples (our own copy of the preimage parts, not the files). */
describe('IRN against real NIC IRNs', () => {
  const cases: Array<[string, string, string, string, string, boolean]> = [
    // seller, type, doc no, date, IRN, uppercaseDocNo
    [
      '01AMBPG7773M002',
      'INV',
      'SINV-CFY-00067',
      '16/09/2022',
      '706daeccda0ef6f818da78f3a2a05a1288731057373002289b46c3229289a2e7',
      false,
    ],
    [
      '02AMBPG7773M002',
      'INV',
      '9sQ5E2',
      '02/10/2023',
      '2ecc42a8e81dcbbb56923e4bd046c861ce7374060bd31875ce35447e922c9399',
      false,
    ],
    [
      '01AMBPG7773M002',
      'INV',
      'SINV-21-B2B-0021',
      '02/06/2021',
      '2dcf96dedb78955d5c2cc44a495b9810d2fbd9509fd970b7a7d3a9dd32799547',
      false,
    ],
    // January-March belongs to the previous FY: 08/03/2021 -> 2020-21 (Masters India sample)
    [
      '09AAAPG7885R002',
      'INV',
      'Test/IRNGV',
      '08/03/2021',
      '0657ea66f6461c473a05754b5cdee3531032924fe81635a6433fdd9313125b1b',
      false,
    ],
  ];
  it.each(cases)('%s %s %s %s', (g, t, no, dt, irn, upper) => {
    expect(computeIrn(g, t, no, dt, { uppercaseDocNo: upper })).toBe(irn);
  });
  it('post-June-2025 sample: DocNo "Test-00df1" hashed upper-cased (d9476807...)', () => {
    expect(computeIrn('37ARZPT4384Q1MT', 'INV', 'Test-00df1', '15/07/2025').startsWith('d9476807')).toBe(true);
  });
  it('pre-June-2025 mixed-case DocNo differs when upper-cased (so the option matters)', () => {
    expect(computeIrn('02AMBPG7773M002', 'INV', '9sQ5E2', '02/10/2023')).not.toBe(
      '2ecc42a8e81dcbbb56923e4bd046c861ce7374060bd31875ce35447e922c9399',
    );
  });
  it('document type is upper-cased', () => {
    expect(computeIrn('01AMBPG7773M002', 'inv', 'SINV-CFY-00067', '16/09/2022')).toBe(
      '706daeccda0ef6f818da78f3a2a05a1288731057373002289b46c3229289a2e7',
    );
  });
});

describe('dates (IST)', () => {
  it.each([
    ['01/04/2025', '2025-26'],
    ['31/03/2025', '2024-25'],
    ['01/01/2026', '2025-26'],
    ['31/12/2099', '2099-00'],
    ['15/03/2000', '1999-00'],
  ])('financialYear(%s) = %s', (d, fy) => expect(financialYear(d)).toBe(fy));
  it('rejects impossible dates', () => {
    expect(() => financialYear('31/02/2025')).toThrow();
    expect(() => parseNicDate('2025-01-01')).toThrow();
  });
  it('parseNicDate is 00:00 IST; formatNicDate uses the IST day', () => {
    expect(parseNicDate('20/11/2025').toISOString()).toBe('2025-11-19T18:30:00.000Z');
    expect(formatNicDate(new Date('2025-11-19T18:30:00Z'))).toBe('20/11/2025');
    expect(formatNicDate(new Date('2025-11-19T18:29:59Z'))).toBe('19/11/2025');
  });
  it('formatAckDt / parseAckDt round-trip in IST', () => {
    const d = new Date('2022-09-16T13:59:00Z');
    expect(formatAckDt(d)).toBe('2022-09-16 19:29:00');
    expect(parseAckDt('2022-09-16 19:29:00').getTime()).toBe(d.getTime());
  });
});

describe('irnOf', () => {
  it('hashes a parsed invoice, with the DocNo option', async () => {
    const { irnOf } = await import('../src/index.js');
    const doc = { SellerDtls: { Gstin: '02AMBPG7773M002' }, DocDtls: { Typ: 'INV', No: '9sQ5E2', Dt: '02/10/2023' } };
    expect(irnOf(doc, { uppercaseDocNo: false })).toBe(
      '2ecc42a8e81dcbbb56923e4bd046c861ce7374060bd31875ce35447e922c9399',
    );
    expect(irnOf(doc)).toBe(computeIrn('02AMBPG7773M002', 'INV', '9SQ5E2', '02/10/2023'));
  });
});
