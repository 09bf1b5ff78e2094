// Client-side throttling from X-RateLimit-* headers: when a response says no requests remain in the window,
// the next request waits until the window resets instead of earning a 429.
import { sleep } from './retry.js';

export class Throttle {
  private blockedUntil = 0;

  constructor(private readonly now: () => number = Date.now) {}

  update(headers: Headers): void {
    const remaining = headers.get('x-ratelimit-remaining');
    const reset = headers.get('x-ratelimit-reset');
    if (remaining === null || reset === null) return;
    if (Number(remaining) <= 0 && Number(reset) > 0) {
      // Cap the wait like Retry-After (60 s): a broken header must not stall the client.
      this.blockedUntil = Math.max(this.blockedUntil, this.now() + Math.min(Number(reset), 60) * 1000);
    }
  }

  /** Milliseconds until the next request may go out (0 when not throttled). */
  waitMs(): number {
    return Math.max(0, this.blockedUntil - this.now());
  }

  async wait(signal?: AbortSignal): Promise<void> {
    const ms = this.waitMs();
    if (ms > 0) await sleep(ms, signal);
  }
}
