// Housekeeping: Idempotency-Keys live 24 h (configurable), access tokens and dashboard sessions until they expire; after
// that their rows are removed. Runs on a timer in main.ts; tests call it directly.
import type { Deps } from '../deps.js';

export async function reapExpired(
  deps: Pick<Deps, 'storage' | 'clock' | 'settings'>,
): Promise<{ idempotencyKeys: number; tokens: number; dashboardSessions: number }> {
  const now = deps.clock.now();
  return {
    // A key of a GSTIN on a test clock expires on the clock; its row still lives the retention in wall time.
    idempotencyKeys: await deps.storage.idempotency.deleteExpired(
      now,
      new Date(now.getTime() - deps.settings.idempotencyTtlHours * 3600_000),
    ),
    tokens: await deps.storage.tokens.deleteExpired(now),
    dashboardSessions: await deps.storage.dashboardSessions.deleteExpired(now),
  };
}
