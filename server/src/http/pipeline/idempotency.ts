// Idempotency-Key (IETF draft semantics). The claim is one atomic statement in storage; a repeat of
// a completed request replays the stored answer; the same key with another body is 422; a repeat
// while the first runs is 409. Keys are scoped to the account and the token's GSTIN (or the tenant in effect). A claim whose
// holder died (crash) lapses after `idempotencyLockSeconds`, and a retry then takes it over.
import { createHash } from 'node:crypto';
import { canonical } from '../../app/canonical-json.js';
import type { Deps } from '../../app/deps.js';
import type { Repositories } from '../../app/ports/storage.js';
import { problems } from '../../app/problems.js';
import { clockFor } from '../../app/usecases/test-clocks.js';
import type { Call, IdempotencyHandle, Reply } from '../call.js';

export function fingerprint(call: Call): string {
  return createHash('sha256')
    .update(`${call.method} ${call.path}\n${canonical(call.body ?? null)}`)
    .digest('hex');
}

/** Only 2xx and 422 (a deterministic refusal) are worth replaying; anything else may succeed on retry. */
export const isStorable = (status: number) => (status >= 200 && status < 300) || status === 422;

export async function claim(deps: Deps, call: Call): Promise<{ handle?: IdempotencyHandle; replay?: Reply }> {
  const key = call.headers.get('idempotency-key');
  const declared = call.op.parameters.some((p) => p.name === 'Idempotency-Key');
  if (!declared || key === null || !call.principal) return {};
  const wall = deps.clock.now();
  // Account-key calls acting on a tenant have their own keys: one tenant's key never replays another's answer.
  const who = call.principal;
  const scope = who.kind === 'token' ? who.gstin : who.tenantId ? `tenant:${who.tenantId}` : '*';
  // A GSTIN token on a test clock: retention and the crash lock run on the clock, so advancing past the
  // retention makes the key new again. createdAt stays on the wall clock: the reaper keeps a row at least the
  // retention in wall time (docs/adr/0025).
  const now = call.principal.kind === 'token' ? (await clockFor(deps, call.principal)).now() : wall;
  const fp = fingerprint(call);
  const result = await deps.storage.idempotency.claim(
    {
      accountId: call.principal.accountId,
      scope,
      key,
      operation: call.op.operationId,
      fingerprint: fp,
      state: 'in_flight',
      lockedUntil: new Date(now.getTime() + deps.settings.idempotencyLockSeconds * 1000),
      responseStatus: null,
      responseHeaders: null,
      responseBody: null,
      resourceId: null,
      createdAt: wall,
      expiresAt: new Date(now.getTime() + deps.settings.idempotencyTtlHours * 3600_000),
    },
    now,
  );
  if (result.outcome === 'claimed')
    return { handle: { accountId: call.principal.accountId, scope, key, completed: false } };

  const existing = result.record;
  if (existing.operation !== call.op.operationId || existing.fingerprint !== fp) {
    throw problems.unprocessable(
      'idempotency-key-reused',
      'This Idempotency-Key was used with a different request',
      `The key was first used for ${existing.operation} with another body; use a new key for a new request.`,
    );
  }
  if (existing.state === 'deferred') {
    // Answered 202 before: no stored answer yet. The handler reports where the document stands now and,
    // once it is final, completes the key with that outcome.
    return { handle: { accountId: call.principal.accountId, scope, key, completed: false, deferred: true } };
  }
  if (existing.state === 'in_flight') {
    throw problems.conflictInFlight(
      'idempotency-in-flight',
      'A request with this Idempotency-Key is in progress',
      'Retry after the first request completes; it will then be replayed.',
    );
  }
  const stored =
    typeof existing.responseBody === 'string' ? existing.responseBody : JSON.stringify(existing.responseBody);
  return {
    replay: {
      status: existing.responseStatus ?? 200,
      // Stored as the exact bytes we sent: a replay must be byte-identical (PostgreSQL's jsonb would
      // reorder the keys of a stored object). An answer that carried a secret was stored sealed.
      rawBody: stored.startsWith(SEALED) ? deps.box.open(stored.slice(SEALED.length)) : stored,
      headers: { ...(existing.responseHeaders ?? {}), 'idempotent-replayed': 'true' },
      contentType: existing.responseHeaders?.['content-type'],
    },
  };
}

/** The body exactly as toResponse will send it. */
export function serializeBody(reply: Reply): string {
  return reply.rawBody ?? JSON.stringify(reply.body ?? null);
}

/**
 * Stores the answer. Document use cases call this inside their final transaction; `event` is the outbox event
 * written there whose data the answer presents (the storage may reference it: ADR 0035).
 */
export async function complete(
  repos: Pick<Repositories, 'idempotency'>,
  handle: IdempotencyHandle,
  reply: Reply,
  resourceId: string | null = null,
  event?: string,
): Promise<void> {
  const headers: Record<string, string> = {
    ...(reply.headers ?? {}),
    'content-type': reply.contentType ?? 'application/json',
  };
  await repos.idempotency.complete(handle.accountId, handle.scope, handle.key, {
    status: reply.status,
    headers,
    body: serializeBody(reply),
    resourceId,
    ...(event !== undefined ? { event } : {}),
  });
  handle.completed = true;
}

/**
 * Answers that show a secret once (a client secret, a signing key, a webhook secret: the ones sent with
 * `Cache-Control: no-store`) are kept for replay sealed with the server's encryption key, like every other
 * secret at rest, so the idempotency table never holds one in clear.
 */
const SEALED = 'sealed:';

function sealSecrets(deps: Deps, reply: Reply): Reply {
  if (reply.headers?.['cache-control'] !== 'no-store') return reply;
  return { ...reply, rawBody: SEALED + deps.box.seal(serializeBody(reply)) };
}

export async function settle(deps: Deps, handle: IdempotencyHandle | undefined, reply: Reply): Promise<void> {
  if (!handle || handle.completed) return;
  if (isStorable(reply.status) && !reply.noStore) await complete(deps.storage, handle, sealSecrets(deps, reply));
  else if (reply.deferTo)
    await deps.storage.idempotency.defer(handle.accountId, handle.scope, handle.key, reply.deferTo);
  else if (!handle.deferred) await deps.storage.idempotency.release(handle.accountId, handle.scope, handle.key);
  // A deferred key whose retry failed transiently stays deferred: the document's outcome still completes it.
}
