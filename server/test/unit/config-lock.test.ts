// An Idempotency-Key claim must outlast the request that holds it (issue #15, item 2): the configuration
// refuses an IDEMPOTENCY_LOCK_SECONDS shorter than the upstream timeout times the retry budget, by name.
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, UPSTREAM_CALLS_PER_REQUEST } from '../../src/config.js';

const refusal = (env: Record<string, string>): string => {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('the configuration was accepted');
};

describe('IDEMPOTENCY_LOCK_SECONDS against the upstream timeout', () => {
  it('the defaults hold (60 s >= 20 s x the budget)', () => {
    expect(UPSTREAM_CALLS_PER_REQUEST).toBe(2);
    expect(loadConfig({}).IDEMPOTENCY_LOCK_SECONDS).toBe(60);
  });

  it('refuses a lock shorter than UPSTREAM_TIMEOUT_MS x the retry budget, naming the variable and the minimum', () => {
    const message = refusal({ IDEMPOTENCY_LOCK_SECONDS: '30', UPSTREAM_TIMEOUT_MS: '20000' });
    expect(message).toMatch(/IDEMPOTENCY_LOCK_SECONDS: 30 s is shorter than the upstream timeout \(20000 ms\)/);
    expect(message).toContain('at least 40');
  });

  it('accepts the lock at exactly the bound, and a shorter timeout with a shorter lock', () => {
    expect(loadConfig({ IDEMPOTENCY_LOCK_SECONDS: '40', UPSTREAM_TIMEOUT_MS: '20000' }).IDEMPOTENCY_LOCK_SECONDS).toBe(
      40,
    );
    expect(loadConfig({ IDEMPOTENCY_LOCK_SECONDS: '2', UPSTREAM_TIMEOUT_MS: '1000' }).IDEMPOTENCY_LOCK_SECONDS).toBe(2);
  });

  it("counts a production GSP route's own timeout when it is longer", () => {
    const routes = JSON.stringify([
      {
        kind: 'enriched',
        name: 'slow-gsp',
        priority: 1,
        url: 'https://gsp.example/api',
        appId: 'a',
        appSecret: 's',
        timeoutMs: 45000,
      },
    ]);
    const message = refusal({ GSP_ROUTES: routes });
    expect(message).toMatch(/IDEMPOTENCY_LOCK_SECONDS: 60 s is shorter than the upstream timeout \(45000 ms\)/);
    expect(message).toContain('at least 90');
  });
});
