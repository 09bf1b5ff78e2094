// One request-log row per call, written after the answer is decided. Bodies are redacted; headers are
// never stored. A failure to log never changes the answer the caller gets.
import type { Deps } from '../../app/deps.js';
import { newId } from '../../app/security/ids.js';
import type { Call, Reply } from '../call.js';
import { redact } from '../redact.js';

export async function writeRequestLog(deps: Deps, call: Call, reply: Reply, totalMs: number): Promise<void> {
  const who = call.principal;
  await deps.storage.requestLogs.insert({
    id: newId('log', call.receivedAt),
    accountId: who?.accountId ?? null,
    requestId: call.requestId,
    gstin: who?.kind === 'token' ? who.gstin : null,
    clientId: who?.kind === 'token' ? who.clientId : null,
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
  });
}

export const round = (ms: number) => Math.round(ms * 100) / 100;
