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
    trace,
    largeTaxpayer: gstin.largeTaxpayer,
  };
}
