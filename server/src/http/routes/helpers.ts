import type { AttemptReport, UpstreamCall } from '../../app/ports/gsp.js';
import type { PageQuery } from '../../app/ports/storage.js';
import type { Principal } from '../../app/principal.js';
import type { Call } from '../call.js';
import { round } from '../pipeline/request-log.js';

export function pageQuery(call: Call): PageQuery {
  const limit = Number(call.query.get('limit') ?? 20);
  const startingAfter = call.query.get('starting_after') ?? undefined;
  return { limit, ...(startingAfter ? { startingAfter } : {}) };
}

/** The pipeline has already enforced the operation's security; these only narrow the type. */
export function adminOf(call: Call): Extract<Principal, { kind: 'api_key' }> {
  if (call.principal?.kind !== 'api_key') throw new Error(`${call.op.operationId} reached without an account key`);
  return call.principal;
}

export function gstinOf(call: Call): Extract<Principal, { kind: 'token' }> {
  if (call.principal?.kind !== 'token') throw new Error(`${call.op.operationId} reached without a GSTIN token`);
  return call.principal;
}

export const meta = (call: Call) => ({ requestId: call.requestId, ip: call.ip });

export const body = <T>(call: Call) => (call.body ?? {}) as T;

/** `Prefer: wait=N` (RFC 7240), seconds the caller will wait for the IRP; default 30. */
export function waitDeadline(call: Call, defaultSeconds = 30): number {
  const m = /wait=(\d+)/.exec(call.headers.get('prefer') ?? '');
  return Date.now() + (m ? Number(m[1]) : defaultSeconds) * 1000;
}

/** Every upstream attempt lands in the call's request log and its upstream latency. */
export function traceInto(call: Call): NonNullable<UpstreamCall['trace']> {
  return (r: AttemptReport) => {
    call.upstreamAttempts.push({
      gsp: r.gsp,
      irp: r.irp,
      status: r.status,
      nic_code: r.nicCode,
      latency_ms: round(r.latencyMs),
      outcome: r.outcome,
      started_at: r.startedAt.toISOString(),
    });
    call.timings.upstream = round(call.timings.upstream + r.latencyMs);
  };
}
