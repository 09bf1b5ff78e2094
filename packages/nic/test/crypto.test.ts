import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { aesDecrypt, aesEncrypt, rsaEncrypt } from '../src/index.js';
import { irpKey, irpPublicKeyPem, rsaDecryptForTest } from './support/irp-keys.js';

describe('AES-256-ECB (AppKey and SEK)', () => {
  it('round-trips text and bytes, base64 on the wire', () => {
    const key = randomBytes(32);
    expect(aesDecrypt(key, aesEncrypt(key, '{"a":1}')).toString('utf8')).toBe('{"a":1}');
    const sek = randomBytes(32);
    expect(aesDecrypt(key, aesEncrypt(key, sek)).equals(sek)).toBe(true);
  });

  it('is deterministic per block, as ECB is (NIC specifies it)', () => {
    const key = randomBytes(32);
    expect(aesEncrypt(key, 'same')).toBe(aesEncrypt(key, 'same'));
  });

  it('refuses keys that are not 32 bytes and text that is not whole blocks', () => {
    expect(() => aesEncrypt(randomBytes(16), 'x')).toThrow(/32-byte key/);
    expect(() => aesDecrypt(randomBytes(32), Buffer.from('short').toString('base64'))).toThrow(/whole number/);
    expect(() => aesDecrypt(randomBytes(32), '')).toThrow(/whole number/);
  });

  it('fails on the wrong key (bad padding), so a stale SEK is noticed', () => {
    const text = aesEncrypt(randomBytes(32), 'secret payload');
    expect(() => aesDecrypt(randomBytes(32), text)).toThrow();
  });
});

describe('RSA (the auth payload)', () => {
  it('encrypts with PKCS#1 v1.5 under the IRP public key, PEM or KeyObject', () => {
    for (const key of [irpPublicKeyPem, irpKey.publicKey]) {
      const cipher = rsaEncrypt(key, 'eyJVc2VyTmFtZSI6InUifQ==');
      expect(Buffer.from(cipher, 'base64')).toHaveLength(256);
      expect(rsaDecryptForTest(irpKey.privateKey, cipher).toString('utf8')).toBe('eyJVc2VyTmFtZSI6InUifQ==');
    }
  });
});
