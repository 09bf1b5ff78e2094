import { createCipheriv, createDecipheriv } from 'node:crypto';

/**
 * NIC's symmetric crypto: AES-256-ECB with PKCS#7 padding, base64 on the wire.
 * ECB is what NIC specifies (AppKey wraps the SEK; the SEK wraps every payload); we copy it, we do not endorse it.
 */
export function aesEncrypt(key: Uint8Array, plaintext: Uint8Array | string): string {
  assertKey(key);
  const cipher = createCipheriv('aes-256-ecb', key, null);
  const input = typeof plaintext === 'string' ? Buffer.from(plaintext, 'utf8') : plaintext;
  return Buffer.concat([cipher.update(input), cipher.final()]).toString('base64');
}

/** Throws when the key is wrong (bad padding) or the text is not base64 of whole blocks. */
export function aesDecrypt(key: Uint8Array, base64: string): Buffer {
  assertKey(key);
  const data = Buffer.from(base64, 'base64');
  if (data.length === 0 || data.length % 16 !== 0) throw new Error('ciphertext is not a whole number of AES blocks');
  const decipher = createDecipheriv('aes-256-ecb', key, null);
  return Buffer.concat([decipher.update(data), decipher.final()]);
}

function assertKey(key: Uint8Array): void {
  if (key.length !== 32) throw new Error(`AES-256 needs a 32-byte key, got ${key.length}`);
}
