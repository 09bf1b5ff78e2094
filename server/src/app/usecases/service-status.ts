// How the GSP routes and the IRPs behind them are doing: GET /v1/status and the dashboard's public status page.
import type { Deps } from '../deps.js';
import type { RouteHealth } from '../ports/gsp.js';

const worst = (states: RouteHealth['status'][]): RouteHealth['status'] =>
  states.includes('down')
    ? states.every((s) => s === 'down')
      ? 'down'
      : 'degraded'
    : states.includes('degraded')
      ? 'degraded'
      : 'operational';

export async function serviceStatus(deps: Deps) {
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
    status: worst(routes.map((r) => r.status)),
    updated_at: deps.clock.now().toISOString(),
    gsps: routes.map(({ irp: _irp, ...gsp }) => gsp),
    irps,
    // Outcomes the reconciler has not resolved yet (its open tasks).
    unresolved: (await deps.storage.reconcile.openSummary()).count,
  };
}
