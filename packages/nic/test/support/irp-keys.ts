import { constants, generateKeyPairSync, type KeyObject, privateDecrypt, sign } from 'node:crypto';

/** One RSA key pair for a whole test file: keygen is the slow part. */
export const irpKey = generateKeyPairSync('rsa', { modulusLength: 2048 });
export const irpPublicKeyPem = irpKey.publicKey.export({ type: 'spki', format: 'pem' }).toString();

/**
 * What the IRP does with the auth payload: RSA PKCS#1 v1.5 decryption, by hand because Node 20 refuses
 * that padding in privateDecrypt (the simulator does the same).
 */
export function rsaDecryptForTest(privateKey: KeyObject, base64: string): Buffer {
  const em = privateDecrypt({ key: privateKey, padding: constants.RSA_NO_PADDING }, Buffer.from(base64, 'base64'));
  return em.subarray(em.indexOf(0x00, 2) + 1);
}

/** A JWT laid out like NIC's SignedInvoice / SignedQRCode. */
export function nicJwt(data: unknown, privateKey: KeyObject = irpKey.privateKey, alg = 'RS256'): string {
  const part = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const input = `${part({ alg, kid: 'K', typ: 'JWT', x5t: 'X' })}.${part({ data: JSON.stringify(data), iss: 'NIC' })}`;
  return `${input}.${sign('sha256', Buffer.from(input), privateKey).toString('base64url')}`;
}
