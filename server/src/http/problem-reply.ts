// Renders a ProblemError (or anything thrown) as RFC 9457 problem+json. Unknown errors become a 500
// whose body says nothing about internals; the cause goes to the server log with the request id, as does the
// cause of a known fault (503 storage_unavailable).
import { presentProblem } from '../app/presenters.js';
import { ProblemError } from '../app/problems.js';
import type { Reply } from './call.js';

export function problemReply(error: unknown, requestId: string, instance: string, log?: (e: unknown) => void): Reply {
  if (!(error instanceof ProblemError)) {
    log?.(error);
    return problemReply(
      new ProblemError({
        status: 500,
        slug: 'internal-error',
        title: 'Internal error',
        detail: `Something failed on our side; retry with the same Idempotency-Key, or quote ${requestId} to support.`,
        code: 'internal_error',
      }),
      requestId,
      instance,
    );
  }
  // A known fault (a lost database connection) still belongs in the server log, with its cause.
  if (error.cause !== undefined) log?.(error);
  const p = error.problem;
  const body = presentProblem(error, requestId, instance);
  return { status: p.status, body, headers: p.headers, contentType: p.mediaType ?? 'application/problem+json' };
}
