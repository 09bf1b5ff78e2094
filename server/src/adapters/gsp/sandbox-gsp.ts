// The sandbox upstream: an IRP simulator started in-process and reached over real HTTP on 127.0.0.1,
// so the route is exactly the code that would talk to a pass-through GSP.
import { createSandbox, DEFAULT_CLIENT, type RunningSandbox, type Sandbox } from '@einvoice/irp-sandbox';
import type { GspPort, GspRoute } from '../../app/ports/gsp.js';
import { problems } from '../../app/problems.js';
import { NicRoute } from './nic-route.js';

export interface EmbeddedSandbox {
  sandbox: Sandbox;
  running: RunningSandbox;
  route: NicRoute;
}

export async function startEmbeddedSandbox(options: { timeoutMs: number; now?: () => Date }): Promise<EmbeddedSandbox> {
  // A timeout-after-commit fault holds the answer just past our upstream timeout.
  const sandbox = createSandbox({ faultHoldMs: options.timeoutMs + 1000, ...(options.now ? { now: options.now } : {}) });
  const running = await sandbox.listen(0, '127.0.0.1');
  const route = new NicRoute({
    name: 'sandbox-a',
    irp: 'SANDBOX',
    baseUrl: running.url,
    clientId: DEFAULT_CLIENT.clientId,
    clientSecret: DEFAULT_CLIENT.clientSecret,
    irpPublicKeyPem: sandbox.authPublicKeyPem,
    timeoutMs: options.timeoutMs,
  });
  return { sandbox, running, route };
}

/** Sandbox credentials go to the embedded IRP; production credentials to the configured route, if any. */
export class EnvironmentGsp implements GspPort {
  constructor(
    private readonly sandboxRoute: GspRoute,
    private readonly productionRoute?: GspRoute,
  ) {}

  route(environment: 'sandbox' | 'production'): GspRoute {
    if (environment === 'sandbox') return this.sandboxRoute;
    if (!this.productionRoute) {
      throw problems.upstreamUnavailable('No GSP is configured for production on this server (set IRP_URL and its credentials).', {
        system: 'GSP', partner: null, code: null, message: 'not configured', retryable: false,
      });
    }
    return this.productionRoute;
  }
}
