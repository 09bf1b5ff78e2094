// The loop every background worker shares: one pass (`runOnce`), then wait `pollMs`, then the next pass; a
// failed pass is reported and the loop goes on; `stop()` waits for the pass in progress.
export interface PollingWorker<R> {
  start(): void;
  stop(): Promise<void>;
  /** One pass now (tests and the loop call it). */
  runOnce(): Promise<R>;
}

export function pollingWorker<R>(
  runOnce: () => Promise<R>,
  options: { pollMs: number; onError?: (error: unknown) => void },
): PollingWorker<R> {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> | undefined;
  let stopped = true;

  const tick = () => {
    if (stopped) return;
    running = runOnce()
      .catch((e) => options.onError?.(e))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, options.pollMs);
      });
  };

  return {
    start() {
      if (!stopped) return;
      stopped = false;
      timer = setTimeout(tick, options.pollMs);
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
    runOnce,
  };
}
