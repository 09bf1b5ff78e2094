import { type Kysely, sql } from 'kysely';
import type { RateLimitRepo } from '../../../app/ports/storage.js';
import { compiled } from '../compiled.js';
import { readNumber } from '../dialect.js';
import type { Database } from '../schema.js';

type Taken = Awaited<ReturnType<RateLimitRepo['take']>>;

function checkBucket(ratePerSecond: number, burst: number): void {
  if (!(ratePerSecond > 0) || !(burst >= 1))
    throw new RangeError('storage: rate limit needs ratePerSecond > 0 and burst >= 1');
}

/**
 * The answer from the bucket's tokens after the take. Allowed: seconds until the bucket is full again
 * (RateLimit `t`). Refused: seconds until the next token (Retry-After), at least 1.
 */
function taken(allowed: boolean, tokens: number, ratePerSecond: number, burst: number): Taken {
  const resetSeconds = allowed
    ? Math.ceil((burst - tokens) / ratePerSecond)
    : Math.max(1, Math.ceil((1 - tokens) / ratePerSecond));
  return { allowed, remaining: Math.max(0, Math.floor(tokens)), resetSeconds };
}

/**
 * Token bucket per key in one UPSERT: a new key starts full and pays one token; an existing one is refilled from
 * its stored timestamp (capped at burst) and pays one token if it has one. The read-modify-write happens inside
 * the statement, under the row lock, so concurrent processes on one PostgreSQL database share the bucket.
 * Time is epoch milliseconds and the SQL is the same on both dialects (CASE instead of LEAST/GREATEST vs MIN/MAX;
 * casts so PostgreSQL does not infer bigint for the fractional rate).
 */
const TAKE = compiled(
  'rateLimits.take',
  (db, p: { key: string; tokens: number; nowMs: number; ratePerSecond: number; burst: number }) => {
    const nowMs = sql`cast(${p.nowMs} as bigint)`;
    const rate = sql`cast(${p.ratePerSecond} as double precision)`;
    const cap = sql`cast(${p.burst} as double precision)`;
    const elapsedMs = sql`(case when ${nowMs} > rate_limits.updated_ms then ${nowMs} - rate_limits.updated_ms else 0 end)`;
    const refilled = sql`(rate_limits.tokens + ${elapsedMs} * ${rate} / 1000.0)`;
    const available = sql`(case when ${refilled} > ${cap} then ${cap} else ${refilled} end)`;
    return db
      .insertInto('rate_limits')
      .values({ key: p.key, tokens: p.tokens, updated_ms: p.nowMs, last_allowed: 1 })
      .onConflict((oc) =>
        oc.column('key').doUpdateSet({
          tokens: sql<number>`case when ${available} >= 1 then ${available} - 1 else ${available} end`,
          last_allowed: sql<number>`case when ${available} >= 1 then 1 else 0 end`,
          // Never move the clock backwards: another process may have a slightly earlier `now`.
          updated_ms: sql<number>`case when ${nowMs} > rate_limits.updated_ms then ${nowMs} else rate_limits.updated_ms end`,
        }),
      )
      .returning(['tokens', 'last_allowed']);
  },
);

/** The database store: one statement per request (compiled once, compiled.ts), shared by every process. */
export class SqlRateLimitRepo implements RateLimitRepo {
  constructor(private readonly db: Kysely<Database>) {}

  async take(key: string, ratePerSecond: number, burst: number, now: Date): Promise<Taken> {
    checkBucket(ratePerSecond, burst);
    const row = await TAKE.first(this.db, { key, tokens: burst - 1, nowMs: now.getTime(), ratePerSecond, burst });
    if (!row) throw new Error('storage: the rate-limit upsert returned no row');
    return taken(readNumber(row.last_allowed) === 1, readNumber(row.tokens), ratePerSecond, burst);
  }
}

/** Buckets the memory store keeps before it drops those that have refilled (a full bucket = no bucket). */
const MEMORY_SWEEP_AT = 50_000;

/**
 * The same token bucket in this process's memory: no statement per request. Right for one server process (the
 * SQLite default); several processes would each grant the full rate, so on PostgreSQL the database store is
 * the default (RATE_LIMIT_STORE, server/README.md). Bucket state starts afresh when the process restarts.
 * A bucket that has refilled to its burst is the same as no bucket, so those are dropped once the map grows
 * past MEMORY_SWEEP_AT keys (per-IP buckets of a scan cannot grow it without bound).
 */
export class MemoryRateLimitRepo implements RateLimitRepo {
  readonly #buckets = new Map<string, { tokens: number; updatedMs: number; rate: number; burst: number }>();

  async take(key: string, ratePerSecond: number, burst: number, now: Date): Promise<Taken> {
    checkBucket(ratePerSecond, burst);
    const nowMs = now.getTime();
    let bucket = this.#buckets.get(key);
    let allowed: boolean;
    if (!bucket) {
      if (this.#buckets.size >= MEMORY_SWEEP_AT) this.#sweep(nowMs);
      bucket = { tokens: burst - 1, updatedMs: nowMs, rate: ratePerSecond, burst };
      this.#buckets.set(key, bucket);
      allowed = true;
    } else {
      // As the SQL store: refill from the stored time (never backwards), cap at burst, pay one if there is one.
      const elapsedMs = nowMs > bucket.updatedMs ? nowMs - bucket.updatedMs : 0;
      const available = Math.min(burst, bucket.tokens + (elapsedMs * ratePerSecond) / 1000);
      allowed = available >= 1;
      bucket.tokens = allowed ? available - 1 : available;
      if (nowMs > bucket.updatedMs) bucket.updatedMs = nowMs;
      bucket.rate = ratePerSecond;
      bucket.burst = burst;
    }
    return taken(allowed, bucket.tokens, ratePerSecond, burst);
  }

  /** Drops the buckets that have refilled to their burst by now (at the rate they were last taken at). */
  #sweep(nowMs: number): void {
    for (const [key, b] of this.#buckets)
      if (b.tokens + ((nowMs - b.updatedMs) * b.rate) / 1000 >= b.burst) this.#buckets.delete(key);
  }
}
