// Time-sortable ids (ULID layout: 48-bit milliseconds + 80 random bits, Crockford base32), so that
// "newest first" is "id descending" and ids double as pagination cursors.
import { randomFillSync } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * Random bytes drawn from a pool refilled 4 KB at a time: one call into the CSPRNG per ~400 ids instead of one
 * per id (a generate makes about eight ids; issue #19). Every byte is used once.
 */
const pool = Buffer.alloc(4096);
let poolOffset = pool.length;
function random10(): Buffer {
  if (poolOffset + 10 > pool.length) {
    randomFillSync(pool);
    poolOffset = 0;
  }
  poolOffset += 10;
  return pool.subarray(poolOffset - 10, poolOffset);
}

export function ulid(now: number = Date.now()): string {
  let time = '';
  let t = now;
  for (let i = 0; i < 10; i++) {
    time = ALPHABET[t % 32]! + time;
    t = Math.floor(t / 32);
  }
  const bytes = random10();
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
