// GET /v1/status (public): how the GSP routes and the IRPs behind them are doing.
import type { Deps } from '../../app/deps.js';
import { serviceStatus } from '../../app/usecases/service-status.js';
import type { Handler } from '../call.js';

export function statusHandlers(deps: Deps): Record<string, Handler> {
  return {
    getStatus: async () => ({
      status: 200,
      body: await serviceStatus(deps),
      headers: { 'cache-control': 'max-age=5' },
    }),
  };
}
