import { AsyncLocalStorage } from 'node:async_hooks';

/** The request header a client (the einvoice server's sandbox relay, or anyone's test) sets to run one call at a test clock's time. */
export const CLOCK_HEADER = 'x-sandbox-clock';

/**
 * Injectable time. `base` is options.now (default: the wall clock); tests and the admin endpoint move
 * time by an offset on top of it, so a frozen base plus advance() gives fully deterministic runs.
 * One request can run at another instant (`within`, driven by the `x-sandbox-clock` header): a test clock
 * of the caller's, which wins over the offset for everything that request does (docs/adr/0025).
 */
export class SandboxClock {
  private offsetMs = 0;
  private readonly request = new AsyncLocalStorage<Date>();

  constructor(private readonly base: () => Date = () => new Date()) {}

  now(): Date {
    const pinned = this.request.getStore();
    if (pinned) return new Date(pinned.getTime());
    return new Date(this.base().getTime() + this.offsetMs);
  }

  /** Runs `fn` (and everything it awaits) with now() answering `at`. */
  within<T>(at: Date, fn: () => T): T {
    return this.request.run(at, fn);
  }

  advance(ms: number): Date {
    this.offsetMs += ms;
    return this.now();
  }

  /** Jump to an absolute instant (keeps following the base clock from there). */
  set(at: Date): Date {
    this.offsetMs = at.getTime() - this.base().getTime();
    return this.now();
  }

  get offset(): number {
    return this.offsetMs;
  }
}

/** An `x-sandbox-clock` value: an RFC 3339 instant with a zone (`Z` or an offset); anything else is refused. */
export function parseClockHeader(value: string): Date | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value.trim())) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : new Date(ms);
}
