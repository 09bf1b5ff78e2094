// GET /v1/status (public) and GET /v1/gstin-details/{gstin}.
import type { Deps } from '../../app/deps.js';
import type { RouteHealth } from '../../app/ports/gsp.js';
import { problems } from '../../app/problems.js';
import { upstreamIdentity } from '../../app/usecases/documents/generate.js';
import { withHints } from '../../app/usecases/documents/local-rules.js';
import type { Handler } from '../call.js';
import { gstinOf, traceInto } from './helpers.js';

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
        },
        headers: { 'cache-control': 'max-age=5' },
      };
    },
    getGstinDetails: async (call) => {
      const who = gstinOf(call);
      const identity = await upstreamIdentity(deps, who, traceInto(call));
      const outcome = await deps.gsp.route(who.environment).getGstinDetails(identity, call.pathParams.gstin!);
      if (outcome.kind === 'ok') return { status: 200, body: outcome.data };
      if (outcome.kind === 'rejected' || outcome.kind === 'duplicate') {
        const errors = withHints(outcome.errors);
        throw problems.gstnRejected(errors, {
          system: 'IRP',
          partner: null,
          code: errors[0]?.code ?? null,
          message: errors[0]?.message ?? null,
          retryable: false,
        });
      }
      throw problems.upstreamUnavailable(`The IRP did not answer (${outcome.detail}).`, {
        system: 'IRP',
        partner: null,
        code: null,
        message: outcome.detail,
        retryable: true,
      });
    },
  };
}
