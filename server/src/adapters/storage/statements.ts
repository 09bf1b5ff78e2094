// Prepared statements kept across calls. Kysely's drivers prepare every query afresh: better-sqlite3's
// `prepare` (parse and plan) was 15-19 % of the server's CPU on the generate path (issue #19), and pg sends
// each statement unnamed, so PostgreSQL parses and plans it on every execution. Both wrappers key by the SQL
// text, which Kysely builds identically for the same query shape, and both are bounded.
import type SqliteDatabase from 'better-sqlite3';
import type { SqliteDatabase as KyselySqliteDatabase, SqliteStatement } from 'kysely';
import type pg from 'pg';

/** Statements executed and statements prepared (parsed) by one storage, since it was opened. */
export interface StatementStats {
  executed: number;
  prepared: number;
}

/** How many distinct SQL texts stay prepared (SQLite: per database; PostgreSQL: per connection). */
export const STATEMENT_CACHE_SIZE = 256;

/**
 * better-sqlite3 behind Kysely, with a least-recently-used cache of prepared statements keyed by SQL. A
 * statement still iterating (a streamed query) is busy and cannot run again, so a second copy is prepared for
 * that call and not cached. better-sqlite3 re-prepares a cached statement itself when the schema changes.
 */
export function cachingSqlite(db: SqliteDatabase.Database, stats: StatementStats): KyselySqliteDatabase {
  const cache = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => {
      cache.clear();
      db.close();
    },
    prepare(sql: string): SqliteStatement {
      stats.executed++;
      const hit = cache.get(sql);
      if (hit && !hit.busy) {
        // Most recently used last: Map keeps insertion order.
        cache.delete(sql);
        cache.set(sql, hit);
        return hit as unknown as SqliteStatement;
      }
      stats.prepared++;
      const stmt = db.prepare(sql);
      if (!hit) {
        cache.set(sql, stmt);
        if (cache.size > STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value!);
      }
      return stmt as unknown as SqliteStatement;
    },
  };
}

/** Only data statements are named; BEGIN/COMMIT, DDL and the like run as before. */
const NAMEABLE = /^\s*(select|insert|update|delete|with)\b/i;

/**
 * pg: a query whose SQL is one of the first STATEMENT_CACHE_SIZE distinct data statements this storage has
 * seen runs as a named prepared statement, which pg parses once per connection and then only binds and
 * executes. Names come from one table for the whole pool, so a name always means the same SQL on every
 * connection. Later SQL texts (none on the hot paths) run unnamed, as before, so the set stays bounded.
 */
export function namePostgresStatements(pool: pg.Pool, stats: StatementStats): void {
  const names = new Map<string, string>();
  const nameOf = (sql: string): string | undefined => {
    const known = names.get(sql);
    if (known !== undefined) return known;
    if (names.size >= STATEMENT_CACHE_SIZE || !NAMEABLE.test(sql)) return undefined;
    const name = `einvoice_${names.size + 1}`;
    names.set(sql, name);
    return name;
  };
  pool.on('connect', (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    const prepared = new Set<string>();
    (client as { query: unknown }).query = (text: unknown, values?: unknown, callback?: unknown) => {
      if (typeof text !== 'string' || typeof values === 'function' || callback !== undefined)
        return query(text, values, callback);
      stats.executed++;
      const name = nameOf(text);
      if (name === undefined) {
        stats.prepared++;
        return query(text, values);
      }
      if (!prepared.has(name)) {
        stats.prepared++;
        prepared.add(name);
      }
      return query({ name, text, values });
    };
  });
}
