// Signing per Standard Webhooks 1.0: HMAC-SHA256 over `${msgId}.${timestamp}.${body}`, shown as
// `v1,<base64>`; several signatures are space-separated (one per secret during a rotation).
import { createHmac } from 'node:crypto';
import { secretKey } from './secret.js';

export type Payload = string | Uint8Array;

/** Integer Unix seconds; a Date is truncated (the header carries whole seconds). */
export function toUnixSeconds(timestamp: number | Date): number {
  const seconds = timestamp instanceof Date ? Math.floor(timestamp.getTime() / 1000) : timestamp;
  if (!Number.isSafeInteger(seconds) || seconds < 0)
    throw new RangeError('timestamp must be a non-negative integer of seconds');
  return seconds;
}

/** The exact bytes that are signed. The payload must be the raw body as sent, never re-serialised JSON. */
export function signedContent(msgId: string, timestamp: number, payload: Payload): Buffer {
  // The id and timestamp are joined with '.', so neither may contain one (the spec's own warning).
  if (msgId.length === 0 || msgId.includes('.')) throw new RangeError('msgId must be non-empty and contain no "."');
  const body =
    typeof payload === 'string'
      ? Buffer.from(payload, 'utf8')
      : Buffer.from(payload.buffer, payload.byteOffset, payload.byteLength);
  return Buffer.concat([Buffer.from(`${msgId}.${timestamp}.`, 'utf8'), body]);
}

/** One `v1,<base64>` signature. */
export function signOne(msgId: string, timestamp: number | Date, payload: Payload, secret: string): string {
  const mac = createHmac('sha256', secretKey(secret))
    .update(signedContent(msgId, toUnixSeconds(timestamp), payload))
    .digest('base64');
  return `v1,${mac}`;
}

/** The `webhook-signature` header value: one signature per secret, in the order given, space-separated. */
export function sign(
  msgId: string,
  timestamp: number | Date,
  payload: Payload,
  secrets: string | readonly string[],
): string {
  const list = typeof secrets === 'string' ? [secrets] : secrets;
  if (list.length === 0) throw new RangeError('sign: at least one secret is required');
  return list.map((s) => signOne(msgId, timestamp, payload, s)).join(' ');
}

// A type alias (not an interface) so it is assignable to Record<string, string> header bags.
export type WebhookHeaders = {
  'webhook-id': string;
  'webhook-timestamp': string;
  'webhook-signature': string;
};

/** The three headers of one delivery attempt. */
export function webhookHeaders(
  msgId: string,
  timestamp: number | Date,
  payload: Payload,
  secrets: string | readonly string[],
): WebhookHeaders {
  const seconds = toUnixSeconds(timestamp);
  return {
    'webhook-id': msgId,
    'webhook-timestamp': String(seconds),
    'webhook-signature': sign(msgId, seconds, payload, secrets),
  };
}
