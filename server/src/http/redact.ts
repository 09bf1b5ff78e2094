// Redaction for everything we store or log about a request: secrets never leave the process.
const SECRET_KEY = /(secret|password|passwd|token|authorization|api[_-]?key|irp_password|cookie|signature)/i;
/** Field names that match SECRET_KEY but hold no secret (a document's verification result, issue #22). */
const NOT_SECRET = new Set(['signature_verification']);
export const REDACTED = '[REDACTED]';

export function redact(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return scrubText(value);
  if (depth > 20 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => redact(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value))
    out[k] = SECRET_KEY.test(k) && !NOT_SECRET.has(k) ? REDACTED : redact(v, depth + 1);
  return out;
}

/** Secret-looking strings in free text (a pasted key in a description, say). */
export function scrubText(text: string): string {
  // One scan decides: nearly every string (an invoice's fields, a JWT) holds nothing to scrub (issue #19).
  if (!SECRET_TEXT.test(text)) return text;
  return text
    .replace(/\b(sk|cs|at)_(test|live)_[A-Za-z0-9_-]{8,}/g, `$1_$2_${REDACTED}`)
    .replace(/\bwhsec_[A-Za-z0-9+/=]{8,}/g, `whsec_${REDACTED}`);
}

/** Either pattern below, for the one-scan check (no `g` flag: test() keeps no state). */
const SECRET_TEXT = /\b(?:(?:sk|cs|at)_(?:test|live)_[A-Za-z0-9_-]{8,}|whsec_[A-Za-z0-9+/=]{8,})/;
