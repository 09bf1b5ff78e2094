// Verification of signed invoices / QR codes against NIC's signing certificates, chosen by the JWT header's
// kid or x5t, with several certificates at once (NIC rotates its key: two kids appear in public samples).
import { createPrivateKey, generateKeyPairSync, type KeyObject, sign, X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NicSigningKeys } from '../src/index.js';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8');
const certA = fixture('nic-signing-a.crt');
const certB = fixture('nic-signing-b.crt');
const keyA = createPrivateKey(fixture('nic-signing-a.key'));
const keyB = createPrivateKey(fixture('nic-signing-b.key'));
/** The thumbprint as openssl and Windows show it, computed by Node's X509 parser (not by the code under test). */
const kidOf = (pem: string) => new X509Certificate(pem).fingerprint.replaceAll(':', '');
const x5tOf = (pem: string) => Buffer.from(kidOf(pem), 'hex').toString('base64url');

const data = { Irn: 'a'.repeat(64), ItemCnt: 1 };
function jwt(privateKey: KeyObject, header: Record<string, unknown>, payload: unknown = data): string {
  const part = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const input = `${part({ alg: 'RS256', ...header, typ: 'JWT' })}.${part({ data: JSON.stringify(payload), iss: 'NIC' })}`;
  return `${input}.${sign('sha256', Buffer.from(input), privateKey).toString('base64url')}`;
}

describe('NIC signing certificates', () => {
  const ring = NicSigningKeys.merge([NicSigningKeys.fromPem(certA, 'a.crt'), NicSigningKeys.fromPem(certB, 'b.crt')]);

  it('names each certificate by its SHA-1 thumbprint, as NIC puts it in kid and x5t', () => {
    expect(ring.keys.map((k) => k.kid)).toEqual([kidOf(certA), kidOf(certB)]);
    expect(ring.keys.map((k) => k.x5t)).toEqual([x5tOf(certA), x5tOf(certB)]);
  });

  it('verifies tokens of both keys during a rotation, chosen by kid or by x5t alone', () => {
    expect(ring.check(jwt(keyA, { kid: kidOf(certA), x5t: x5tOf(certA) }))).toEqual({
      status: 'verified',
      kid: kidOf(certA),
    });
    expect(ring.check(jwt(keyB, { kid: kidOf(certB).toLowerCase() }))).toEqual({
      status: 'verified',
      kid: kidOf(certB),
    });
    expect(ring.check(jwt(keyB, { x5t: x5tOf(certB) }))).toEqual({ status: 'verified', kid: kidOf(certB) });
  });

  it('verifies a header that names no key with whichever configured certificate signed it', () => {
    expect(ring.check(jwt(keyB, {}))).toEqual({ status: 'verified', kid: kidOf(certB) });
  });

  it("fails an unknown kid, a key signing under another key's kid, a changed payload and an unnamed foreign key", () => {
    const foreign = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
    const unknown = ring.check(jwt(foreign, { kid: 'F'.repeat(40) }));
    expect(unknown).toEqual({ status: 'failed', reason: expect.stringMatching(/matches none of the 2 configured/) });
    const impostor = ring.check(jwt(foreign, { kid: kidOf(certA) }));
    expect(impostor).toEqual({ status: 'failed', reason: expect.stringMatching(/does not verify with a\.crt/) });
    const [h, , s] = jwt(keyA, { kid: kidOf(certA) }).split('.');
    const changed = Buffer.from(JSON.stringify({ data: JSON.stringify({ ...data, ItemCnt: 9 }), iss: 'NIC' }));
    expect(ring.check(`${h}.${changed.toString('base64url')}.${s}`).status).toBe('failed');
    expect(ring.check(jwt(foreign, {}))).toEqual({ status: 'failed', reason: expect.stringMatching(/names no kid/) });
    expect(ring.check('garbage').status).toBe('failed');
  });

  it('reads several certificates from one file and refuses a file that holds none', () => {
    expect(NicSigningKeys.fromPem(`${certA}\n${certB}`, 'both.pem').keys.map((k) => k.source)).toEqual([
      'both.pem#1',
      'both.pem#2',
    ]);
    expect(() => NicSigningKeys.fromPem('hello', 'x.pem')).toThrow(/x.pem holds no PEM certificate/);
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ type: 'spki', format: 'pem' });
    expect(() => NicSigningKeys.fromPem(ec.toString(), 'ec.pem')).toThrow(/ec key; NIC signs with RSA/);
  });
});
