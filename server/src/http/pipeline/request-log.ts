// One request-log row per call, written after the answer is decided. Bodies are redacted; headers are
// never stored. A failure to log never changes the answer the caller gets.
import type { Deps } from '../../app/deps.js';
import { newId } from '../../app/security/ids.js';
import type { Call, Reply } from '../call.js';
import { redact } from '../redact.js';

export async function writeRequestLog(deps: Deps, call: Call, reply: Reply, totalMs: number): Promise<void> {
  const who = call.principal;
  // A token request belongs to its client's account once the client proved who it is (an answer below 400);
  // a refused one names a client it may not own, so it stays out of that account's log.
  const issued = !who && reply.status < 400 ? call.tokenClient : undefined;
  const log = {
    id: newId('log', call.receivedAt),
    accountId: who?.accountId ?? issued?.accountId ?? null,
    requestId: call.requestId,
    gstin: who?.kind === 'token' ? who.gstin : null,
    clientId: who?.kind === 'token' ? who.clientId : (issued?.clientId ?? null),
    operation: call.op.operationId,
    method: call.method,
    path: call.path,
    status: reply.status,
    idempotencyKey: call.headers.get('idempotency-key'),
    replayed: reply.headers?.['idempotent-replayed'] === 'true',
    irn: call.irn ?? null,
    latencyMs: { ...call.timings, total: round(totalMs) },
    upstreamAttempts: call.upstreamAttempts,
    requestBody: redact(call.body ?? null),
    responseBody: reply.lines ? null : redact(reply.body ?? (reply.rawBody ? JSON.parse(reply.rawBody) : null)),
    createdAt: call.receivedAt,
    apiVersion: call.apiVersion ?? null,
    warnings: call.warnings ?? [],
    schemaTranslation: call.schemaTranslation
      ? { ...call.schemaTranslation, sent_body: redact(call.schemaTranslation.sent_body) }
      : null,
    tenantId: await tenantOf(deps, call),
  };
  // A generate's answer is its event's data: the row may reference the event instead (ADR 0035).
  await deps.storage.requestLogs.insert(log, { answerEvent: call.answerEvent });
}

/**
 * The tenant the row belongs to (issue #24): the caller's (the tenant in effect, or a token's GSTIN's); for the
 * account key acting on the account itself on /v1/gstins/{gstin}/..., that GSTIN's (one indexed read).
 */
async function tenantOf(deps: Deps, call: Call): Promise<string | null> {
  const who = call.principal;
  if (!who) return null;
  if (who.tenantId !== null || who.kind !== 'api_key' || !call.pathParams.gstin) return who.tenantId;
  return deps.storage.gstins.tenantOf(who.accountId, call.pathParams.gstin);
}

export const round = (ms: number) => Math.round(ms * 100) / 100;
