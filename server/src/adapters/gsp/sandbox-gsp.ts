// The sandbox upstream: an IRP simulator started in-process and reached over real HTTP on 127.0.0.1,
// so the route is exactly the code that would talk to a pass-through GSP.
import { createSandbox, DEFAULT_CLIENT, type RunningSandbox, type Sandbox } from '@einvoice/irp-sandbox';
import type { GspPort, GspRoute, RouteHealth } from '../../app/ports/gsp.js';
import { trackRoute } from './tracked-route.js';
import { problems } from '../../app/problems.js';
import { NicRoute } from './nic-route.js';
import { httpControl, inProcessControl, type SandboxControl } from './sandbox-control.js';

export interface SandboxUpstream {
  route: NicRoute;
  control: SandboxControl;
  /** The in-process simulator, when embedded (tests read its ledger); undefined for an external one. */
  sandbox?: Sandbox;
  close(): Promise<void>;
}

function sandboxRoute(baseUrl: string, irpPublicKeyPem: string, timeoutMs: number): NicRoute {
  return new NicRoute({
    name: 'sandbox-a',
    irp: 'SANDBOX',
    baseUrl,
    clientId: DEFAULT_CLIENT.clientId,
    clientSecret: DEFAULT_CLIENT.clientSecret,
    irpPublicKeyPem,
    timeoutMs,
  });
}

/** The default: a simulator in this process, reached over real HTTP on 127.0.0.1. */
export async function startEmbeddedSandbox(options: { timeoutMs: number }): Promise<SandboxUpstream> {
  // A timeout-after-commit fault holds the answer just past our upstream timeout.
  const sandbox = createSandbox({ faultHoldMs: options.timeoutMs + 1000 });
  const running: RunningSandbox = await sandbox.listen(0, '127.0.0.1');
  return {
    route: sandboxRoute(running.url, sandbox.authPublicKeyPem, options.timeoutMs),
    control: inProcessControl(sandbox),
    sandbox,
    close: () => running.close(),
  };
}

/** A simulator running on its own (IRP_SANDBOX_URL): its state outlives this process, as NIC's does. */
export async function connectExternalSandbox(baseUrl: string, options: { timeoutMs: number }): Promise<SandboxUpstream> {
  const res = await fetch(new URL('/sandbox/keys/auth.pem', baseUrl));
  if (!res.ok) throw new Error(`IRP_SANDBOX_URL ${baseUrl}: cannot read /sandbox/keys/auth.pem (${res.status})`);
  return { route: sandboxRoute(baseUrl, await res.text(), options.timeoutMs), control: httpControl(baseUrl), close: async () => undefined };
}

/** Sandbox credentials go to the embedded IRP; production credentials to the configured route, if any. */
export class EnvironmentGsp implements GspPort {
  private readonly sandboxRoute: GspRoute & { health(): RouteHealth };
  private readonly productionRoute?: GspRoute & { health(): RouteHealth };

  constructor(sandboxRoute: GspRoute, productionRoute?: GspRoute) {
    this.sandboxRoute = trackRoute(sandboxRoute, { priority: 1, displayName: 'Sandbox IRP (pass-through)' });
    if (productionRoute) this.productionRoute = trackRoute(productionRoute, { priority: 1, displayName: productionRoute.name });
  }

  health(): RouteHealth[] {
    return [this.sandboxRoute.health(), ...(this.productionRoute ? [this.productionRoute.health()] : [])];
  }

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
