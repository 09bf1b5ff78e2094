import { randomBytes, randomInt } from 'node:crypto';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** NIC AuthTokens look like 25 mixed-case alphanumerics. */
export function randomToken(length = 25): string {
  let out = '';
  for (let i = 0; i < length; i++) out += ALNUM[randomInt(ALNUM.length)];
  return out;
}

export function randomKey32(): Buffer {
  return randomBytes(32);
}
