import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decodeNicJwtData, verifyNicJwt } from '../src/index.js';
import { irpKey, irpPublicKeyPem, nicJwt } from './support/irp-keys.js';

const qr = { SellerGstin: '29AAGCB1286Q000', Irn: 'a'.repeat(64), ItemCnt: 1 };

describe('signed invoice / QR JWTs', () => {
  it('decodes the data claim without a key', () => {
    expect(decodeNicJwtData(nicJwt(qr))).toEqual(qr);
    expect(() => decodeNicJwtData('nope')).toThrow(/not a JWT/);
  });

  it('verifies with the IRP signing key (PEM or KeyObject) and returns the data', () => {
    expect(verifyNicJwt(nicJwt(qr), irpPublicKeyPem)).toEqual(qr);
    expect(verifyNicJwt(nicJwt(qr), irpKey.publicKey)).toEqual(qr);
  });

  it('refuses another key, a changed payload and a header that is not RS256', () => {
    const other = generateKeyPairSync('rsa', { modulusLength: 2048 });
    expect(() => verifyNicJwt(nicJwt(qr), other.publicKey)).toThrow(/does not verify/);
    const [h, , s] = nicJwt(qr).split('.');
    const forged = Buffer.from(JSON.stringify({ data: JSON.stringify({ ...qr, ItemCnt: 9 }), iss: 'NIC' }));
    expect(() => verifyNicJwt(`${h}.${forged.toString('base64url')}.${s}`, irpPublicKeyPem)).toThrow(/does not verify/);
    expect(() => verifyNicJwt(nicJwt(qr, irpKey.privateKey, 'none'), irpPublicKeyPem)).toThrow(/RS256/);
    expect(() => verifyNicJwt('a.b', irpPublicKeyPem)).toThrow(/not a JWT/);
  });
});
