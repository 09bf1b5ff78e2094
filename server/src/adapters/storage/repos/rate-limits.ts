import { type Kysely, sql } from 'kysely';
import type { RateLimitRepo } from '../../../app/ports/storage.js';
import { readNumber } from '../dialect.js';
import type { Database } from '../schema.js';

/**
 * Token bucket per key in one UPSERT: a new key starts full and pays one token; an existing one is refilled from
 * its stored timestamp (capped at burst) and pays one token if it has one. The read-modify-write happens inside
 * the statement, under the row lock, so concurrent processes on one PostgreSQL database share the bucket.
 * Time is epoch milliseconds and the SQL is the same on both dialects (CASE instead of LEAST/GREATEST vs MIN/MAX;
 * casts so PostgreSQL does not infer bigint for the fractional rate).
 */
export class SqlRateLimitRepo implements RateLimitRepo {
  constructor(private readonly db: Kysely<Database>) {}

  async take(
    key: string,
    ratePerSecond: number,
    burst: number,
    now: Date,
  ): Promise<{ allowed: boolean; remaining: number; resetSeconds: number }> {
    if (!(ratePerSecond > 0) || !(burst >= 1))
      throw new RangeError('storage: rate limit needs ratePerSecond > 0 and burst >= 1');
    const nowMs = sql`cast(${now.getTime()} as bigint)`;
    const rate = sql`cast(${ratePerSecond} as double precision)`;
    const cap = sql`cast(${burst} as double precision)`;
    const elapsedMs = sql`(case when ${nowMs} > rate_limits.updated_ms then ${nowMs} - rate_limits.updated_ms else 0 end)`;
    const refilled = sql`(rate_limits.tokens + ${elapsedMs} * ${rate} / 1000.0)`;
    const available = sql`(case when ${refilled} > ${cap} then ${cap} else ${refilled} end)`;

    const row = await this.db
      .insertInto('rate_limits')
      .values({ key, tokens: burst - 1, updated_ms: now.getTime(), last_allowed: 1 })
      .onConflict((oc) =>
        oc.column('key').doUpdateSet({
          tokens: sql<number>`case when ${available} >= 1 then ${available} - 1 else ${available} end`,
          last_allowed: sql<number>`case when ${available} >= 1 then 1 else 0 end`,
          // Never move the clock backwards: another process may have a slightly earlier `now`.
          updated_ms: sql<number>`case when ${nowMs} > rate_limits.updated_ms then ${nowMs} else rate_limits.updated_ms end`,
        }),
      )
      .returning(['tokens', 'last_allowed'])
      .executeTakeFirstOrThrow();

    const tokens = readNumber(row.tokens);
    const allowed = readNumber(row.last_allowed) === 1;
    // Allowed: seconds until the bucket is full again (RateLimit `t`). Refused: seconds until the next token
    // (Retry-After), at least 1.
    const resetSeconds = allowed
      ? Math.ceil((burst - tokens) / ratePerSecond)
      : Math.max(1, Math.ceil((1 - tokens) / ratePerSecond));
    return { allowed, remaining: Math.max(0, Math.floor(tokens)), resetSeconds };
  }
}
