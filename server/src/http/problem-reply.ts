// Renders a ProblemError (or anything thrown) as RFC 9457 problem+json. Unknown errors become a 500
// whose body says nothing about internals; the cause goes to the server log with the request id.
import { PROBLEM_BASE, ProblemError } from '../app/problems.js';
import type { Call, Reply } from './call.js';

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
  const p = error.problem;
  const body: Record<string, unknown> = {
    type: PROBLEM_BASE + p.slug,
    title: p.title,
    status: p.status,
    ...(p.detail ? { detail: p.detail } : {}),
    instance,
    request_id: requestId,
    ...(p.code ? { code: p.code } : {}),
    ...(p.errors?.length ? { errors: p.errors } : {}),
    ...(p.gstnErrors?.length ? { gstn_errors: p.gstnErrors } : {}),
    ...(p.extra ?? {}),
  };
  return { status: p.status, body, headers: p.headers, contentType: 'application/problem+json' };
}

export const replyFor = (call: Call, error: unknown, log?: (e: unknown) => void): Reply => problemReply(error, call.requestId, call.path, log);
