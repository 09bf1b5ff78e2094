// Production GSP routes from configuration (GSP_ROUTES): each with its own credentials, timeout and
// priority, all behind the same router as the sandbox ones.
import { readFileSync } from 'node:fs';
import type { FetchLike } from '@einvoice/nic';
import type { GspRouteConfig } from '../../app/ports/gsp-routes.js';
import { GspWrappedRoute } from './gsp-wrapped-route.js';
import { NicRoute } from './nic-route.js';
import type { RouteEntry } from './router.js';

export function productionRoutes(configs: GspRouteConfig[], fetch?: FetchLike): RouteEntry[] {
  return configs.map((c) => ({
    priority: c.priority,
    displayName: `${c.name} (${c.kind === 'nic' ? 'NIC pass-through' : 'enriched'})`,
    route:
      c.kind === 'nic'
        ? new NicRoute({
            name: c.name,
            irp: c.irp,
            baseUrl: c.url,
            clientId: c.clientId,
            clientSecret: c.clientSecret,
            irpPublicKeyPem: readFileSync(c.irpPublicKeyFile, 'utf8'),
            timeoutMs: c.timeoutMs,
            ...(fetch ? { fetch } : {}),
          })
        : new GspWrappedRoute({
            name: c.name,
            irp: c.irp,
            baseUrl: c.url,
            appId: c.appId,
            appSecret: c.appSecret,
            timeoutMs: c.timeoutMs,
            ...(c.prefix ? { prefix: c.prefix } : {}),
            ...(fetch ? { fetch } : {}),
          }),
  }));
}
