// The sandbox upstream: an IRP simulator started in-process and reached over real HTTP on 127.0.0.1,
// so the route is exactly the code that would talk to a pass-through GSP.
import {
  createSandbox,
  DEFAULT_CLIENT,
  DEFAULT_GSP_APP,
  EWB_SYSTEM_PREFIX,
  PRODUCTION_LATENCY,
  type RunningSandbox,
  type Sandbox,
} from '@einvoice/irp-sandbox';
import type { FetchLike } from '@einvoice/nic';
import type { GspPort, GspRoute, RouteHealth } from '../../app/ports/gsp.js';
import { problems } from '../../app/problems.js';
import { GspWrappedRoute } from './gsp-wrapped-route.js';
import { NicRoute } from './nic-route.js';
import type { GspRouter, RouteEntry } from './router.js';
import { clockedFetch, followTestClocks } from './sandbox-clock.js';
import { httpControl, inProcessControl, type SandboxControl } from './sandbox-control.js';

export interface SandboxUpstream {
  routes: RouteEntry[];
  control: SandboxControl;
  /** The in-process simulator, when embedded (tests read its ledger); undefined for an external one. */
  sandbox?: Sandbox;
  /** Where the simulator listens (the embedded one on a free 127.0.0.1 port). */
  url: string;
  /** The sandbox IRP's signing key (PEM; /sandbox/keys/signing.pem): what its SignedInvoice/SignedQRCode verify with. */
  signingKeyPem: string;
  close(): Promise<void>;
}

/** Lets tests put a fault proxy in front of a GSP: returns the URL the route should use. */
export type UrlWrapper = (gsp: string, url: string) => Promise<string>;

/**
 * Two sandbox GSPs in front of the same IRP, as in production: `sandbox-a` passes NIC's protocol
 * through, `sandbox-b` is the enriched (GSP-does-the-crypto) flavour. Failover is exercised for real.
 */
async function sandboxRoutes(
  baseUrl: string,
  keys: { irp: string; ewb: string },
  timeoutMs: number,
  wrap?: UrlWrapper,
  fetch?: FetchLike,
): Promise<RouteEntry[]> {
  // Every sandbox call carries its GSTIN's test-clock instant, when it has one (sandbox-clock.ts).
  const client = { fetch: clockedFetch(fetch) };
  const urlFor = (gsp: string) => (wrap ? wrap(gsp, baseUrl) : Promise.resolve(baseUrl));
  const aUrl = await urlFor('sandbox-a');
  // As in production: e-way bill Part-B, extension, cancel and reads go to the separate E-Way Bill System.
  const a = new NicRoute({
    name: 'sandbox-a',
    irp: 'SANDBOX',
    baseUrl: aUrl,
    clientId: DEFAULT_CLIENT.clientId,
    clientSecret: DEFAULT_CLIENT.clientSecret,
    irpPublicKeyPem: keys.irp,
    timeoutMs,
    ...client,
    ewb: {
      baseUrl: `${aUrl.replace(/\/+$/, '')}${EWB_SYSTEM_PREFIX}`,
      clientId: DEFAULT_CLIENT.clientId,
      clientSecret: DEFAULT_CLIENT.clientSecret,
      publicKeyPem: keys.ewb,
    },
  });
  const b = new GspWrappedRoute({
    name: 'sandbox-b',
    irp: 'SANDBOX',
    baseUrl: await urlFor('sandbox-b'),
    appId: DEFAULT_GSP_APP.appId,
    appSecret: DEFAULT_GSP_APP.appSecret,
    timeoutMs,
    ...client,
  });
  return [
    { route: a, priority: 1, displayName: 'Sandbox GSP A (NIC pass-through)' },
    { route: b, priority: 2, displayName: 'Sandbox GSP B (enriched)' },
  ];
}

/** The default: a simulator in this process, reached over real HTTP on 127.0.0.1. */
export async function startEmbeddedSandbox(options: {
  timeoutMs: number;
  wrapUrl?: UrlWrapper;
  fetch?: FetchLike;
  /** `production`: NIC-like latency per operation (SANDBOX_LATENCY, docs/sandbox-latency.md); `off`: none. */
  latency?: 'production' | 'off';
}): Promise<SandboxUpstream> {
  // A timeout-after-commit fault holds the answer just past our upstream timeout.
  const sandbox = createSandbox({
    faultHoldMs: options.timeoutMs + 1000,
    ...(options.latency === 'production' ? { latency: PRODUCTION_LATENCY } : {}),
  });
  const running: RunningSandbox = await sandbox.listen(0, '127.0.0.1');
  return {
    routes: await sandboxRoutes(
      running.url,
      { irp: sandbox.authPublicKeyPem, ewb: sandbox.ewbPublicKeyPem },
      options.timeoutMs,
      options.wrapUrl,
      options.fetch,
    ),
    control: inProcessControl(sandbox),
    sandbox,
    url: running.url,
    signingKeyPem: sandbox.publicKeyPem,
    close: () => running.close(),
  };
}

/** A simulator running on its own (IRP_SANDBOX_URL): its state outlives this process, as NIC's does. */
export async function connectExternalSandbox(
  baseUrl: string,
  options: { timeoutMs: number; wrapUrl?: UrlWrapper; fetch?: FetchLike },
): Promise<SandboxUpstream> {
  const key = async (path: string) => {
    const res = await fetch(new URL(path, baseUrl));
    if (!res.ok) throw new Error(`IRP_SANDBOX_URL ${baseUrl}: cannot read ${path} (${res.status})`);
    return res.text();
  };
  const keys = { irp: await key('/sandbox/keys/auth.pem'), ewb: await key('/sandbox/keys/ewb.pem') };
  const signingKeyPem = await key('/sandbox/keys/signing.pem');
  return {
    routes: await sandboxRoutes(baseUrl, keys, options.timeoutMs, options.wrapUrl, options.fetch),
    control: httpControl(baseUrl),
    url: baseUrl,
    signingKeyPem,
    close: async () => undefined,
  };
}

/** Sandbox credentials go to the sandbox GSPs; production credentials to the configured ones, if any. */
export class EnvironmentGsp implements GspPort {
  constructor(
    private readonly sandbox: GspRouter,
    private readonly production?: GspRouter,
  ) {}

  health(): RouteHealth[] {
    return [...this.sandbox.health(), ...(this.production?.health() ?? [])];
  }

  member(environment: 'sandbox' | 'production', name: string): GspRoute | undefined {
    const route = (environment === 'sandbox' ? this.sandbox : this.production)?.member(name);
    return route && environment === 'sandbox' ? followTestClocks(route) : route;
  }

  route(environment: 'sandbox' | 'production', options: { irp?: string | null } = {}): GspRoute {
    if (environment === 'sandbox') return followTestClocks(this.sandbox.view(options.irp));
    if (!this.production) {
      throw problems.upstreamUnavailable('No GSP is configured for production on this server.', {
        system: 'GSP',
        partner: null,
        code: null,
        message: 'not configured',
        retryable: false,
      });
    }
    return this.production.view(options.irp);
  }
}
