// Housekeeping: Idempotency-Keys live 24 h (configurable), access tokens and dashboard sessions until they expire; after
// that their rows are removed. Runs on a timer in main.ts; tests call it directly.
import type { Deps } from '../deps.js';

export async function reapExpired(
  deps: Pick<Deps, 'storage' | 'clock'>,
): Promise<{ idempotencyKeys: number; tokens: number; dashboardSessions: number }> {
  const now = deps.clock.now();
  return {
    idempotencyKeys: await deps.storage.idempotency.deleteExpired(now),
    tokens: await deps.storage.tokens.deleteExpired(now),
    dashboardSessions: await deps.storage.dashboardSessions.deleteExpired(now),
  };
}
