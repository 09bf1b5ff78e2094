// Standard Webhooks symmetric secrets: random bytes shown as `whsec_` + standard base64.
import { randomBytes } from 'node:crypto';
import { InvalidSecretError } from './errors.js';

export const SECRET_PREFIX = 'whsec_';
const MIN_BYTES = 24;
const MAX_BYTES = 64;

/** A new secret of `bytes` random bytes (24..64; the spec's range). 32 bytes = 256-bit HMAC key. */
export function generateSecret(bytes = 32): string {
  if (!Number.isInteger(bytes) || bytes < MIN_BYTES || bytes > MAX_BYTES) {
    throw new RangeError(`generateSecret: bytes must be an integer in ${MIN_BYTES}..${MAX_BYTES}`);
  }
  return SECRET_PREFIX + randomBytes(bytes).toString('base64');
}

/**
 * The HMAC key of a secret. The `whsec_` prefix is optional, as in the reference libraries, so a secret
 * copied without it still works. Strict base64 is required: Buffer.from would silently skip bad characters,
 * which would turn a mistyped secret into a different key instead of an error.
 */
export function secretKey(secret: string): Buffer {
  const b64 = secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret;
  if (b64.length === 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(b64)) throw new InvalidSecretError('not base64 after whsec_');
  const key = Buffer.from(b64, 'base64');
  if (key.length === 0) throw new InvalidSecretError('empty key');
  return key;
}
