import type { AttemptReport, UpstreamCall } from '../../app/ports/gsp.js';
import type { PageQuery } from '../../app/ports/storage.js';
import type { AdminPrincipal, GstinPrincipal } from '../../app/principal.js';
import type { RequestBody, ValidatedBodyOperation } from '../../app/request-bodies.js';
import type { Call } from '../call.js';
import { round } from '../pipeline/request-log.js';
import { parsePrefer } from '../prefer.js';

export function pageQuery(call: Call): PageQuery {
  const limit = Number(call.query.get('limit') ?? 20);
  const startingAfter = call.query.get('starting_after') ?? undefined;
  return { limit, ...(startingAfter ? { startingAfter } : {}) };
}

/** The pipeline has already enforced the operation's security; these only narrow the type. */
export function adminOf(call: Call): AdminPrincipal {
  if (call.principal?.kind !== 'api_key') throw new Error(`${call.op.operationId} reached without an account key`);
  return call.principal;
}

export function gstinOf(call: Call): GstinPrincipal {
  if (call.principal?.kind !== 'token') throw new Error(`${call.op.operationId} reached without a GSTIN token`);
  return call.principal;
}

export const meta = (call: Call) => ({ requestId: call.requestId, ip: call.ip });

/** For answers that carry a secret (client secret, signing key, webhook secret): no cache may keep them. */
export const NO_STORE = { 'cache-control': 'no-store' } as const;

/**
 * The body of `operationId`, typed as the spec defines it; an absent optional body reads as {}. The
 * pipeline has validated the body against this operation's schema (pipeline/validate.ts) before any
 * handler runs, so this is the one place where parsed JSON takes its type (test/unit/no-body-casts.test.ts
 * holds it so). Naming the operation here, not only in a type argument, lets it check that it is the one
 * being served: a handler cannot read another operation's body by mistake.
 */
export function body<Op extends ValidatedBodyOperation>(call: Call, operationId: Op): RequestBody<Op> {
  if (call.op.operationId !== operationId)
    throw new Error(`${call.op.operationId} read its body as ${operationId}'s, which the validator did not check`);
  return (call.body ?? {}) as RequestBody<Op>; // the contract-validated body: see above
}

/** The fields of an application/x-www-form-urlencoded body (pipeline/read-body.ts parsed them); {} when absent. */
export function formFields(call: Call): Record<string, string> {
  const fields: Record<string, string> = {};
  if (typeof call.body !== 'object' || call.body === null) return fields;
  for (const [name, value] of Object.entries(call.body)) if (typeof value === 'string') fields[name] = value;
  return fields;
}

/** NDJSON export: one presented row per line, streamed. */
export async function* ndjson<T>(rows: AsyncIterable<T>, present: (row: T) => unknown): AsyncIterable<string> {
  for await (const row of rows) yield `${JSON.stringify(present(row))}\n`;
}

/** `Prefer: wait=N` (RFC 7240, see ../prefer.ts), seconds the caller will wait for the IRP; default 30. */
export function waitDeadline(call: Call, defaultSeconds = 30): number {
  return Date.now() + (parsePrefer(call.headers.get('prefer')).waitSeconds ?? defaultSeconds) * 1000;
}

/**
 * `Prefer: wait=N` as a bound on the whole answer, in ms. Never past the Idempotency-Key's lock (less a
 * second): the caller is answered while its key still holds, so a retry with that key cannot run beside it.
 */
export function waitBudgetMs(call: Call, lockSeconds: number, defaultSeconds = 30): number {
  const wanted = waitDeadline(call, defaultSeconds) - Date.now();
  return Math.max(0, Math.min(wanted, lockSeconds * 1000 - 1000));
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
