// Token bucket per credential (its plan's rate), per account key, or per client IP for public
// operations. The bucket lives in the database, so several server processes share it.
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

export async function takeRateLimit(deps: Deps, call: Call): Promise<RateLimitState> {
  const who = call.principal;
  const [key, rate] =
    who?.kind === 'token'
      ? [`cred:${who.clientId}`, who.rateLimitRps]
      : who?.kind === 'api_key'
        ? [`key:${who.keyId}`, deps.settings.apiKeyRateLimitRps]
        : [`ip:${call.ip ?? 'unknown'}:${call.op.operationId}`, deps.settings.publicRateLimitRps];
  const result = await deps.storage.rateLimits.take(key, rate, rate, deps.clock.now());
  const state = {
    limit: rate,
    remaining: Math.max(0, Math.floor(result.remaining)),
    reset: Math.max(1, Math.ceil(result.resetSeconds)),
  };
  if (!result.allowed) {
    throw Object.assign(problems.rateLimited(`This credential allows ${rate} requests per second.`, state.reset), {
      rateLimit: state,
    });
  }
  return state;
}
