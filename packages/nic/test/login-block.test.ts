// NIC's login block: the ceiling the use cases check before asking the IRP, held against the real encryption.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { NIC_LOGIN_BLOCK_BYTES, nicLoginBytes, nicLoginFits, rsaEncrypt } from '../src/index.js';
import { nicLoginPayload } from '../src/login-block.js';
import { irpKey, irpPublicKeyPem, rsaDecryptForTest } from './support/irp-keys.js';

const payload = (u: string, p: string, force = false) =>
  nicLoginPayload(u, p, randomBytes(32).toString('base64'), force);

describe("NIC's login block", () => {
  it('says a pair fits exactly when RSA-2048 can encrypt its login, at the boundary (66 characters)', () => {
    for (const [u, p] of [
      ['u'.repeat(33), 'p'.repeat(33)],
      ['u'.repeat(33), 'p'.repeat(34)],
      ['api_user', 'sandbox'],
      ['u', 'p'.repeat(100)],
    ] as const) {
      const login = payload(u, p);
      const encrypt = () => rsaEncrypt(irpPublicKeyPem, login);
      if (nicLoginFits(u, p)) expect(rsaDecryptForTest(irpKey.privateKey, encrypt()).toString('utf8')).toBe(login);
      else expect(encrypt).toThrow();
    }
    expect([nicLoginFits('u'.repeat(33), 'p'.repeat(33)), nicLoginFits('u'.repeat(33), 'p'.repeat(34))]).toEqual([
      true,
      false,
    ]);
  });

  it('counts what JSON escapes twice, and measures at its largest (ForceRefreshAccessToken false, not true)', () => {
    expect(nicLoginBytes('u', '"'.repeat(10))).toBeGreaterThan(nicLoginBytes('u', 'p'.repeat(10)));
    expect(payload('u', 'p', true).length).toBeLessThanOrEqual(payload('u', 'p', false).length);
    expect(NIC_LOGIN_BLOCK_BYTES).toBe(256 - 11);
  });
});
