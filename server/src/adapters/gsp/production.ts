// Production GSP routes from configuration (GSP_ROUTES). Each GSP API is a plug-in behind the one GspRoute
// port: `nic` (NIC's protocol passed through: NIC direct, TaxPro, Vayana and other relays, told apart by
// base path and header style, with the E-Way Bill System beside it) and `enriched` (Adaequare's API, where
// the GSP does the crypto). A new GSP API is a new entry here and an adapter file; nothing above changes.
import { readFileSync } from 'node:fs';
import type { FetchLike } from '@einvoice/nic';
import type { GspRouteConfig } from '../../app/ports/gsp-routes.js';
import { GspWrappedRoute } from './gsp-wrapped-route.js';
import { NicRoute } from './nic-route.js';
import type { RouteEntry } from './router.js';

/** What every route of a server shares: its HTTP client (transport.ts's pool) and its clock (tests fix it). */
export interface RouteRuntime {
  fetch?: FetchLike;
  now?: () => Date;
}

type Plugin<K extends GspRouteConfig['kind']> = {
  label: (c: Extract<GspRouteConfig, { kind: K }>) => string;
  create: (c: Extract<GspRouteConfig, { kind: K }>, runtime: RouteRuntime) => RouteEntry['route'];
};

export const GSP_PLUGINS: { [K in GspRouteConfig['kind']]: Plugin<K> } = {
  nic: {
    label: (c) => `NIC pass-through, ${c.headerStyle} headers${c.ewb ? ' + E-Way Bill System' : ''}`,
    create: (c, runtime) =>
      new NicRoute({
        ...runtime,
        name: c.name,
        irp: c.irp,
        baseUrl: c.url,
        clientId: c.clientId,
        clientSecret: c.clientSecret,
        irpPublicKeyPem: readFileSync(c.irpPublicKeyFile, 'utf8'),
        timeoutMs: c.timeoutMs,
        headerStyle: c.headerStyle,
        ...(c.ewb
          ? {
              ewb: {
                baseUrl: c.ewb.url,
                clientId: c.ewb.clientId,
                clientSecret: c.ewb.clientSecret,
                publicKeyPem: readFileSync(c.ewb.publicKeyFile, 'utf8'),
                headerStyle: c.ewb.headerStyle,
              },
            }
          : {}),
      }),
  },
  enriched: {
    label: () => 'Adaequare enriched',
    create: (c, runtime) =>
      new GspWrappedRoute({
        ...runtime,
        name: c.name,
        irp: c.irp,
        baseUrl: c.url,
        appId: c.appId,
        appSecret: c.appSecret,
        timeoutMs: c.timeoutMs,
        ...(c.prefix ? { prefix: c.prefix } : {}),
      }),
  },
};

function plugin<C extends GspRouteConfig>(c: C): Plugin<C['kind']> {
  return GSP_PLUGINS[c.kind] as unknown as Plugin<C['kind']>;
}

export function productionRoutes(configs: GspRouteConfig[], runtime: RouteRuntime = {}): RouteEntry[] {
  return configs.map((c) => {
    const p = plugin(c);
    return {
      priority: c.priority,
      displayName: `${c.name} (${p.label(c as never)})`,
      route: p.create(c as never, runtime),
    };
  });
}
