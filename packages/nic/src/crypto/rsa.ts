import { constants, type KeyObject, publicEncrypt } from 'node:crypto';

/** Client side of NIC's login: RSA PKCS#1 v1.5 under the IRP's public key, base64 out. */
export function rsaEncrypt(publicKey: KeyObject | string, plaintext: Uint8Array | string): string {
  const input = typeof plaintext === 'string' ? Buffer.from(plaintext, 'utf8') : plaintext;
  return publicEncrypt({ key: publicKey, padding: constants.RSA_PKCS1_PADDING }, input).toString('base64');
}
