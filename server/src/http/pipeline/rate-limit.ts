// Token bucket per credential (its plan's rate), per account key, or per client IP for public operations and
// for answers given before a principal is known. The bucket lives in the database (several server processes
// share it) or in this process's memory (RATE_LIMIT_STORE, storage/index.ts). Every answer carries the state
// of the bucket it was counted against (docs/adr/0016).
import type { Deps } from '../../app/deps.js';
import { problems } from '../../app/problems.js';
import type { Call } from '../call.js';

export interface RateLimitState {
  limit: number;
  remaining: number;
  reset: number;
}

export function rateLimitHeaders(state: RateLimitState): Record<string, string> {
  return {
    'x-ratelimit-limit': String(state.limit),
    'x-ratelimit-remaining': String(state.remaining),
    'x-ratelimit-reset': String(state.reset),
    ratelimit: `"default";r=${state.remaining};t=${state.reset}`,
    'ratelimit-policy': `"default";q=${state.limit};w=1`,
  };
}

/** Anonymous answers (401 before a principal is known, paths no operation serves) share one bucket per IP. */
export const ANONYMOUS_BUCKET = 'anonymous';

/** `bucket`: a public route outside the contract (the hosted onboarding page) names its own per-IP bucket. */
type BucketCall = Pick<Call, 'principal' | 'ip'> & { op?: Call['op']; bucket?: string };

/**
 * The bucket a call counts against: its credential's (its plan's rate), the account key's, or its client IP's.
 * A public operation (token, status) has one IP bucket of its own; a call refused before it has a principal
 * uses the IP's anonymous bucket, so every answer, a 401 included, carries the headers and guessing
 * credentials is rate limited too.
 */
function bucketOf(deps: Deps, call: BucketCall): [string, number, string] {
  const who = call.principal;
  if (who?.kind === 'token') return [`cred:${who.clientId}`, who.rateLimitRps, 'This credential allows'];
  if (who?.kind === 'api_key') return [`key:${who.keyId}`, deps.settings.apiKeyRateLimitRps, 'The account key allows'];
  const op = call.op;
  const name =
    call.bucket ?? (op?.security.every((s) => s.scheme === 'clientBasic') ? op.operationId : ANONYMOUS_BUCKET);
  return [`ip:${call.ip ?? 'unknown'}:${name}`, deps.settings.publicRateLimitRps, 'This client address allows'];
}

/** Takes one token from the call's bucket; 429 (carrying the state, for the headers) when it is empty. */
export async function takeRateLimit(deps: Deps, call: BucketCall): Promise<RateLimitState> {
  const [key, rate, who] = bucketOf(deps, call);
  const result = await deps.storage.rateLimits.take(key, rate, rate, deps.clock.now());
  const state = {
    limit: rate,
    remaining: Math.max(0, Math.floor(result.remaining)),
    reset: Math.max(1, Math.ceil(result.resetSeconds)),
  };
  if (!result.allowed) {
    throw Object.assign(problems.rateLimited(`${who} ${rate} requests per second.`, state.reset), {
      rateLimit: state,
    });
  }
  return state;
}
