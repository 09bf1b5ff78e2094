import { describe, expect, it } from 'vitest';
import { isSuccessStatus, parseErrorDetails } from '../src/client/index.js';
import { createSandbox } from '../src/index.js';

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

describe('embedding without a socket (app.fetch)', () => {
  it('serves keys and NIC errors, and a reset fault becomes a network error', async () => {
    const sb = createSandbox();
    const jwks = (await (await sb.fetch(new Request('http://sandbox/.well-known/jwks.json'))).json()) as {
      keys: { kid: string }[];
    };
    expect(jwks.keys[0]!.kid).toBe(sb.jwks.keys[0]!.kid);
    sb.admin.injectFault({ gstin: '*', mode: 'reset', ops: ['auth'] });
    const r = await sb.fetch(new Request('http://sandbox/eivital/v1.04/auth', { method: 'POST', body: '{}' }));
    expect(r.type).toBe('error');
  });
});
