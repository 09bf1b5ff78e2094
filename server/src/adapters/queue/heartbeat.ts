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
