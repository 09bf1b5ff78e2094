// The retry policy of spec/conformance/README.md, shared by every einvoice SDK (vectors: spec/vectors/retry-backoff.json).

export const DEFAULT_MAX_RETRIES = 2;
export const MAX_RETRY_AFTER_MS = 60_000;
const INITIAL_DELAY_S = 0.5;
const MAX_DELAY_S = 8;
const MAX_JITTER = 0.25;

/** Connection errors are retried by the caller; these are the statuses worth another attempt. */
export function shouldRetryStatus(status: number, headers: Headers): boolean {
  const override = headers.get('x-should-retry');
  if (override === 'true') return true;
  if (override === 'false') return false;
  return status === 408 || status === 409 || status === 429 || status >= 500;
}

/**
 * Milliseconds the server asked us to wait: `retry-after-ms`, then `Retry-After` as seconds or an HTTP date.
 * Undefined when absent, unparsable, not positive or above 60 s (then the computed back-off applies).
 */
export function retryAfterMs(headers: Headers, now: number = Date.now()): number | undefined {
  let ms: number | undefined;
  const msHeader = headers.get('retry-after-ms');
  if (msHeader !== null && msHeader.trim() !== '' && Number.isFinite(Number(msHeader))) ms = Number(msHeader);
  if (ms === undefined) {
    const value = headers.get('retry-after');
    if (value !== null && value.trim() !== '') {
      if (/^\s*\d+(\.\d+)?\s*$/.test(value)) ms = Number(value) * 1000;
      else {
        const date = Date.parse(value);
        if (!Number.isNaN(date)) ms = date - now;
      }
    }
  }
  return ms !== undefined && ms > 0 && ms <= MAX_RETRY_AFTER_MS ? ms : undefined;
}

/** min(0.5 * 2^n, 8) s minus up to 25 % jitter, where n is 0 before the first retry. `random` is U[0,1). */
export function backoffMs(retryIndex: number, random: number = Math.random()): number {
  const base = Math.min(INITIAL_DELAY_S * 2 ** retryIndex, MAX_DELAY_S);
  return base * (1 - random * MAX_JITTER) * 1000;
}

/** The delay before retry number `retryIndex` (0-based) after a response with these headers. */
export function retryDelayMs(
  retryIndex: number,
  headers: Headers | undefined,
  random: number = Math.random(),
  now: number = Date.now(),
): number {
  return (headers && retryAfterMs(headers, now)) ?? backoffMs(retryIndex, random);
}

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
