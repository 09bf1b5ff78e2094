// Test clocks at the sandbox IRP (docs/adr/0025): a call made for a GSTIN on a test clock carries the clock's
// instant in `x-sandbox-clock`, and the IRP runs that one request at it. The instant travels with the async
// call (AsyncLocalStorage), so session slots shared by many callers never mix two clocks up. Only the sandbox
// routes' fetch reads it; production routes never send the header.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { FetchLike } from '@einvoice/nic';
import type { GspRoute, UpstreamCall } from '../../app/ports/gsp.js';

export const CLOCK_HEADER = 'x-sandbox-clock';

const current = new AsyncLocalStorage<Date>();

/** The sandbox routes' HTTP client: `base` plus the calling GSTIN's test-clock instant, when it has one. */
export function clockedFetch(base: FetchLike = fetch): FetchLike {
  return (url, init) => {
    const at = current.getStore();
    return at
      ? base(url, { ...init, headers: { ...init.headers, [CLOCK_HEADER]: at.toISOString() } })
      : base(url, init);
  };
}

/** The route, with every call that names a `clockAt` run at that instant (as far as clockedFetch is concerned). */
export function followTestClocks(route: GspRoute): GspRoute {
  return new Proxy(route, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (typeof value !== 'function') return value;
      return (who: UpstreamCall, ...rest: unknown[]) =>
        who?.clockAt
          ? current.run(who.clockAt, () => value.call(target, who, ...rest))
          : value.call(target, who, ...rest);
    },
  });
}
