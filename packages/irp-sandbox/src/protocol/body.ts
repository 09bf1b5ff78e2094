import { NicFailure } from './errors.js';

/** Parse a request body as JSON; never throws anything but a NicFailure. */
export function parseJsonBody(text: string, what = 'request body'): unknown {
  if (text.trim() === '') throw NicFailure.of('2255');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw NicFailure.of('2140', `Invalid ${what}: not valid JSON`, 'Send a JSON object');
  }
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
