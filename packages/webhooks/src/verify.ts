// Verification: required headers, timestamp within tolerance (both directions), then any `v1` signature
// that matches any trusted secret, compared in constant time. Other versions (`v1a`, ...) are skipped, as the
// reference libraries do, so a future asymmetric signature next to ours does not break old receivers.
import { createHmac, timingSafeEqual } from 'node:crypto';
import {
  InvalidTimestampError,
  MissingHeadersError,
  NoMatchingSignatureError,
  TimestampTooNewError,
  TimestampTooOldError,
} from './errors.js';
import { secretKey } from './secret.js';
import { type Payload, signedContent } from './sign.js';

export const DEFAULT_TOLERANCE_SECONDS = 300;

export type HeaderBag =
  | Headers
  | { get(name: string): string | null }
  | Record<string, string | readonly string[] | undefined>;

export interface VerifyOptions {
  /** Seconds a timestamp may be off in either direction (default 300, the spec's 5 minutes). */
  tolerance?: number;
  /** The current time, for tests and for receivers with their own clock. */
  now?: Date | number | (() => Date | number);
}

export interface VerifiedMessage {
  id: string;
  timestamp: number;
}

function header(headers: HeaderBag, name: string): string | undefined {
  if (typeof (headers as { get?: unknown }).get === 'function') {
    return (headers as { get(n: string): string | null }).get(name) ?? undefined;
  }
  const bag = headers as Record<string, string | readonly string[] | undefined>;
  const key = Object.keys(bag).find((k) => k.toLowerCase() === name);
  const value = key === undefined ? undefined : bag[key];
  return Array.isArray(value) ? value.join(' ') : (value as string | undefined);
}

/** webhook-* first; svix-* as the fallback, so the same helper verifies Svix-sent messages. */
function read(headers: HeaderBag, field: 'id' | 'timestamp' | 'signature'): string | undefined {
  return header(headers, `webhook-${field}`) ?? header(headers, `svix-${field}`);
}

function nowSeconds(now: VerifyOptions['now']): number {
  const value = typeof now === 'function' ? now() : (now ?? Date.now());
  const ms = value instanceof Date ? value.getTime() : value;
  return Math.floor(ms / 1000);
}

/**
 * Throws a WebhookVerificationError subclass unless the payload is authentic and fresh.
 * `secret` may be a list (a receiver mid-rotation trusts both the old and the new secret).
 */
export function verify(
  payload: Payload,
  headers: HeaderBag,
  secret: string | readonly string[],
  options: VerifyOptions = {},
): VerifiedMessage {
  const id = read(headers, 'id');
  const ts = read(headers, 'timestamp');
  const signatures = read(headers, 'signature');
  const missing = [
    ...(id ? [] : ['webhook-id']),
    ...(ts ? [] : ['webhook-timestamp']),
    ...(signatures ? [] : ['webhook-signature']),
  ];
  if (missing.length) throw new MissingHeadersError(missing);

  if (!/^\d{1,15}$/.test(ts!)) throw new InvalidTimestampError(ts!);
  const timestamp = Number(ts);
  const now = nowSeconds(options.now);
  const tolerance = options.tolerance ?? DEFAULT_TOLERANCE_SECONDS;
  if (now - timestamp > tolerance) throw new TimestampTooOldError(timestamp, now);
  if (timestamp - now > tolerance) throw new TimestampTooNewError(timestamp, now);

  const content = signedContent(id!, timestamp, payload);
  const expected = (typeof secret === 'string' ? [secret] : secret).map((s) =>
    createHmac('sha256', secretKey(s)).update(content).digest(),
  );
  for (const entry of signatures!.split(' ')) {
    const comma = entry.indexOf(',');
    if (comma < 0 || entry.slice(0, comma) !== 'v1') continue;
    const given = Buffer.from(entry.slice(comma + 1), 'base64');
    if (expected.some((mac) => mac.length === given.length && timingSafeEqual(mac, given)))
      return { id: id!, timestamp };
  }
  throw new NoMatchingSignatureError();
}
