// Time-sortable ids (ULID layout: 48-bit milliseconds + 80 random bits, Crockford base32), so that
// "newest first" is "id descending" and ids double as pagination cursors.
import { randomBytes } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export function ulid(now: number = Date.now()): string {
  let time = '';
  let t = now;
  for (let i = 0; i < 10; i++) {
    time = ALPHABET[t % 32]! + time;
    t = Math.floor(t / 32);
  }
  const bytes = randomBytes(10);
  let random = '';
  let acc = 0;
  let bits = 0;
  for (const b of bytes) {
    acc = (acc << 8) | b;
    bits += 8;
    while (bits >= 5) {
      random += ALPHABET[(acc >> (bits - 5)) & 31]!;
      bits -= 5;
    }
    acc &= (1 << bits) - 1;
  }
  return time + random;
}

export function newId(prefix: string, now?: Date): string {
  return `${prefix}_${ulid(now?.getTime())}`;
}
