import { createHmac, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ewbApiHmac, parseEwbApiError } from '../src/index.js';

const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64');

describe('the stand-alone EWB API envelope', () => {
  it('hmac: HMAC-SHA256 under the rek over the base64 of the JSON', () => {
    const rek = randomBytes(32);
    const json = '{"ewayBillNo":171000000001,"cancelDate":"01/04/2025 10:30:00 AM"}';
    const expected = createHmac('sha256', rek).update(Buffer.from(json).toString('base64')).digest('base64');
    expect(ewbApiHmac(rek, json)).toBe(expected);
  });

  it('reads the base64 error: codes in order, messages when sent', () => {
    expect(parseEwbApiError(b64({ errorCodes: '312,338', errorMessages: ['not yours'] }))).toEqual([
      { code: '312', message: 'not yours' },
      { code: '338', message: '' },
    ]);
    expect(parseEwbApiError(b64({ errorCodes: '' }))).toEqual([]);
  });

  it('turns an unreadable error into one UNKNOWN with the raw text', () => {
    expect(parseEwbApiError('%%%')).toEqual([{ code: 'UNKNOWN', message: '%%%' }]);
    expect(parseEwbApiError(b64(null))).toEqual([{ code: 'UNKNOWN', message: b64(null) }]);
  });
});
