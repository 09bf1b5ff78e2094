import { describe, expect, it } from 'vitest';
import { isSuccessStatus, parseErrorDetails, parseGspMessage } from '../src/index.js';

describe('client envelope parsing', () => {
  it('reads ErrorDetails as an array or as base64 (NIC documents both)', () => {
    const arr = [
      { ErrorCode: '2172', ErrorMessage: 'IGST' },
      { ErrorCode: '2189', ErrorMessage: 'Total' },
    ];
    expect(parseErrorDetails(arr)).toEqual([
      { code: '2172', message: 'IGST' },
      { code: '2189', message: 'Total' },
    ]);
    expect(parseErrorDetails(Buffer.from(JSON.stringify(arr)).toString('base64'))).toEqual(parseErrorDetails(arr));
    expect(parseErrorDetails(null)).toEqual([]);
    expect(isSuccessStatus('1')).toBe(true);
    expect(isSuccessStatus(1)).toBe(true);
    expect(isSuccessStatus('0')).toBe(false);
  });
});

describe('parseGspMessage', () => {
  it('splits on item boundaries only, keeping commas inside messages', () => {
    expect(
      parseGspMessage('2172 : IGST cannot be charged, use CGST/SGST, 2189 : Total invoice value mismatch'),
    ).toEqual([
      { code: '2172', message: 'IGST cannot be charged, use CGST/SGST' },
      { code: '2189', message: 'Total invoice value mismatch' },
    ]);
    expect(parseGspMessage('GSPERR300 : Ei : GSPGSTDOWN')).toEqual([{ code: 'GSPERR300', message: 'Ei : GSPGSTDOWN' }]);
  });
});
