// Lease heartbeats for the background workers: while a worker holds claimed rows it renews their lease every
// third of the lease, so the lease can be short (a crashed worker's rows come back within one lease) and
// still never lapse under a live worker whose IRP call runs long.
export interface Heartbeat {
  /** Rows this worker still holds. */
  readonly held: Set<string>;
  stop(): void;
}

export function startHeartbeat(
  leaseMs: number,
  renew: (ids: string[], leaseUntil: Date) => Promise<void>,
  now: () => Date,
  onError?: (error: unknown) => void,
): Heartbeat {
  const held = new Set<string>();
  const timer = setInterval(
    () => {
      if (!held.size) return;
      renew([...held], new Date(now().getTime() + leaseMs)).catch((e) => onError?.(e));
    },
    Math.max(50, Math.floor(leaseMs / 3)),
  );
  timer.unref();
  return { held, stop: () => clearInterval(timer) };
}

export interface LeaseRenewal {
  leaseMs: number;
  renew: (ids: string[], leaseUntil: Date) => Promise<void>;
  now: () => Date;
  onError?: (error: unknown) => void;
}

/**
 * Works through claimed rows one at a time while a heartbeat renews the leases of those not done yet; a row
 * leaves the heartbeat as soon as its work ends (so a renewal cannot re-lease a row the work just released).
 */
export async function workLeased<T>(
  rows: T[],
  idOf: (row: T) => string,
  lease: LeaseRenewal,
  work: (row: T) => Promise<void>,
): Promise<void> {
  if (!rows.length) return;
  const beat = startHeartbeat(lease.leaseMs, lease.renew, lease.now, lease.onError);
  for (const row of rows) beat.held.add(idOf(row));
  try {
    for (const row of rows) {
      try {
        await work(row);
      } finally {
        beat.held.delete(idOf(row));
      }
    }
  } finally {
    beat.stop();
  }
}
