import { constants, type KeyObject, privateDecrypt } from 'node:crypto';

/**
 * The IRP's side of NIC's login (clients encrypt with @einvoice/nic's rsaEncrypt): RSA PKCS#1 v1.5 decryption.
 * Node 20 refuses RSA_PKCS1_PADDING in privateDecrypt (CVE-2023-46809, the Marvin attack) unless the
 * process runs with --security-revert. NIC's protocol needs it, so we decrypt raw (RSA_NO_PADDING) and
 * strip the v1.5 padding ourselves. Timing side channels do not matter for a simulator on loopback.
 */
export function rsaDecrypt(privateKey: KeyObject, base64: string): Buffer {
  const data = Buffer.from(base64, 'base64');
  const em = privateDecrypt({ key: privateKey, padding: constants.RSA_NO_PADDING }, data);
  // EM = 0x00 || 0x02 || PS (>= 8 non-zero bytes) || 0x00 || M
  if (em[0] !== 0x00 || em[1] !== 0x02) throw new Error('RSA PKCS#1 v1.5 padding is invalid');
  const sep = em.indexOf(0x00, 2);
  if (sep < 10) throw new Error('RSA PKCS#1 v1.5 padding is invalid');
  return em.subarray(sep + 1);
}
