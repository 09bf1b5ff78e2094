// A taxpayer's registration details, asked of the IRP with the caller's own IRP session (NIC's
// Get GSTIN Details). Nothing is stored: the IRP's master is the truth.
import type { Deps } from '../deps.js';
import type { UpstreamCall } from '../ports/gsp.js';
import type { GstinPrincipal } from '../principal.js';
import { problems } from '../problems.js';
import { withHints } from './documents/local-rules.js';
import { upstreamIdentity } from './upstream.js';

export async function getGstinDetails(
  deps: Deps,
  who: GstinPrincipal,
  gstin: string,
  trace: UpstreamCall['trace'],
): Promise<Record<string, unknown>> {
  const identity = await upstreamIdentity(deps, who, trace);
  const outcome = await deps.gsp.route(who.environment).getGstinDetails(identity, gstin);
  if (outcome.kind === 'ok') return outcome.data;
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
}
