// Bearer secrets (API keys, client secrets, access tokens) are 32 random bytes, so a fast keyed hash is
// enough at rest (no password stretching needed: there is nothing to brute-force). Only the hash and
// a short display prefix are stored; comparison is constant-time.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export const DISPLAY_PREFIX_LENGTH = 12;

export function generateSecret(prefix: string): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

export function displayPrefix(secret: string): string {
  return secret.slice(0, DISPLAY_PREFIX_LENGTH);
}

export class SecretHasher {
  constructor(private readonly pepper: Buffer) {}

  hash(secret: string): string {
    return createHmac('sha256', this.pepper).update(secret).digest('hex');
  }

  matches(secret: string, storedHash: string): boolean {
    const a = Buffer.from(this.hash(secret), 'hex');
    const b = Buffer.from(storedHash, 'hex');
    return a.length === b.length && timingSafeEqual(a, b);
  }
}
