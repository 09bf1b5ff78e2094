// GET /v1/status (public): how the GSP routes and the IRPs behind them are doing.
import type { Deps } from '../../app/deps.js';
import type { RouteHealth } from '../../app/ports/gsp.js';
import type { Handler } from '../call.js';

const worst = (states: RouteHealth['status'][]): RouteHealth['status'] =>
  states.includes('down')
    ? states.every((s) => s === 'down')
      ? 'down'
      : 'degraded'
    : states.includes('degraded')
      ? 'degraded'
      : 'operational';

export function statusHandlers(deps: Deps): Record<string, Handler> {
  return {
    getStatus: async () => {
      const routes = deps.gsp.health();
      const irps = [...new Set(routes.map((r) => r.irp))].map((irp) => {
        const serving = routes.filter((r) => r.irp === irp);
        const best = serving.reduce((a, b) => (a.error_rate <= b.error_rate ? a : b));
        return {
          id: irp,
          status: worst(serving.map((r) => r.status)),
          latency_ms: best.latency_ms,
          error_rate: best.error_rate,
        };
      });
      return {
        status: 200,
        body: {
          status: worst(routes.map((r) => r.status)),
          updated_at: deps.clock.now().toISOString(),
          gsps: routes.map(({ irp: _irp, ...gsp }) => gsp),
          irps,
          // Outcomes the reconciler has not resolved yet (its open tasks).
          unresolved: (await deps.storage.reconcile.openSummary()).count,
        },
        headers: { 'cache-control': 'max-age=5' },
      };
    },
  };
}
