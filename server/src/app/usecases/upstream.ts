// What every use case that calls the IRP shares: whose IRP session to use. The GSTIN's stored IRP
// user is looked up per call, so a GSTIN deleted since the token was issued is refused here.
import type { Deps } from '../deps.js';
import type { UpstreamCall } from '../ports/gsp.js';
import type { GstinPrincipal } from '../principal.js';
import { problems } from '../problems.js';
import { testClockOf } from './test-clocks.js';

export async function upstreamIdentity(
  deps: Deps,
  who: GstinPrincipal,
  trace: UpstreamCall['trace'],
): Promise<UpstreamCall & { largeTaxpayer: boolean }> {
  const gstin = await deps.storage.gstins.get(who.accountId, who.gstin);
  if (!gstin) throw problems.notFound(`GSTIN ${who.gstin} is no longer registered under this account.`);
  const clock = await testClockOf(deps, who);
  return {
    ...(clock ? { clockAt: clock.frozenTime } : {}),
    gstin: who.gstin,
    username: gstin.irpUsername,
    password: deps.box.open(gstin.irpPasswordEnc),
    ...(await routeUsers(deps, who.accountId, who.gstin)),
    trace,
    largeTaxpayer: gstin.largeTaxpayer,
  };
}

/**
 * The GSTIN's own API users per GSP route (NIC's users are per GSP), and where a route's refusal is
 * recorded: on the route's entry, for the operator (GET /v1/gstins/{gstin}/gsp-routes), never on the document.
 */
export async function routeUsers(
  deps: Deps,
  accountId: string,
  gstin: string,
): Promise<Pick<UpstreamCall, 'routes' | 'onCredentialsRefused'>> {
  const rows = await deps.storage.routeCredentials.list(accountId, gstin);
  const routes: NonNullable<UpstreamCall['routes']> = {};
  for (const r of rows) {
    routes[r.route] = {
      username: r.irpUsername,
      password: deps.box.open(r.irpPasswordEnc),
      ...(r.ewbUsername !== null && r.ewbPasswordEnc !== null
        ? { ewbUsername: r.ewbUsername, ewbPassword: deps.box.open(r.ewbPasswordEnc) }
        : {}),
    };
  }
  return {
    routes,
    onCredentialsRefused: (route, reason) => {
      // Only an entry of the GSTIN's own is marked; a refusal of its registered user shows in the request log.
      if (!routes[route]) return;
      deps.storage.routeCredentials
        .markRefused(accountId, gstin, route, reason, deps.clock.now())
        .catch(() => undefined); // best effort: the attempt itself is in the request log either way
    },
  };
}
