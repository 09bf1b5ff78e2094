// Opening a Kysely instance per dialect. This is the only file that imports the drivers.
import SqliteDatabase from 'better-sqlite3';
import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  Kysely,
  PostgresDialect,
  SqliteDialect,
  type SqliteDialectConfig,
  SqliteDriver,
} from 'kysely';
import pg from 'pg';
import { FaultMappingDriver } from './faults.js';
import type { Database } from './schema.js';
import { cachingSqlite, namePostgresStatements, type StatementStats } from './statements.js';

/** How long a SQLite writer waits for another process's lock before SQLITE_BUSY. */
const SQLITE_BUSY_TIMEOUT_MS = 5_000;
const PG_POOL_SIZE = 10;
/**
 * How long a request waits for a PostgreSQL connection (a new one, or a free one from the pool) before it
 * answers 503 storage_unavailable. pg's default is to wait forever: a database host that drops packets
 * would hang every request.
 */
const PG_CONNECT_TIMEOUT_MS = 5_000;

export function openSqlite(path: string, stats: StatementStats = { executed: 0, prepared: 0 }): Kysely<Database> {
  const sqlite = new SqliteDatabase(path);
  // WAL: readers do not block the writer (a no-op for ':memory:'). NORMAL is durable enough under WAL and much
  // faster than FULL. Foreign keys are off by default in SQLite.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
  sqlite.pragma('foreign_keys = ON');
  return new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database: cachingSqlite(sqlite, stats) }) });
}

export function openPostgres(url: string, stats: StatementStats = { executed: 0, prepared: 0 }): Kysely<Database> {
  const pool = new pg.Pool({
    connectionString: url,
    max: PG_POOL_SIZE,
    connectionTimeoutMillis: PG_CONNECT_TIMEOUT_MS,
    // TCP keepalive: a connection to a host that vanished (no RST) is noticed and dropped.
    keepAlive: true,
  });
  // A client that loses its server emits 'error': on the pool while idle, on the client itself while checked
  // out between statements (inside a transaction). Unhandled, either kills the process (a PostgreSQL restart
  // or failover would take every replica down). The statement in flight or the next one fails and its
  // request answers with a problem; the pool discards the broken client and later queries connect afresh.
  pool.on('error', () => {});
  pool.on('connect', (client) => client.on('error', () => {}));
  namePostgresStatements(pool, stats);
  return new Kysely<Database>({ dialect: new GuardedPostgresDialect({ pool }) });
}

/** Every connection fault becomes problems.storageUnavailable (faults.ts): a 503 with Retry-After. */
class GuardedPostgresDialect extends PostgresDialect {
  override createDriver(): Driver {
    return new FaultMappingDriver(super.createDriver());
  }
}

/**
 * SQLite's plain BEGIN is deferred: two processes that both read then write inside transactions deadlock, and
 * one gets SQLITE_BUSY immediately, busy_timeout or not. BEGIN IMMEDIATE takes the write lock up front, so
 * writers queue behind busy_timeout instead of failing.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

class ImmediateSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;
  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }
  override createDriver(): Driver {
    // SQLITE_BUSY past busy_timeout, SQLITE_FULL and I/O errors become problems.storageUnavailable (faults.ts).
    return new FaultMappingDriver(new ImmediateSqliteDriver(this.#config));
  }
}
