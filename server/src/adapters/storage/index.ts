// Storage adapter: Kysely over better-sqlite3 (default) or pg (when a postgres:// URL is given).
// openStorage() applies the migrations before returning, so a started server always has the current schema.
import { type Kysely, sql } from 'kysely';
import type { Repositories, Storage } from '../../app/ports/storage.js';
import { openPostgres, openSqlite } from './connect.js';
import { codecFor, type DialectName } from './dialect.js';
import { checkKeyFingerprints } from './keys.js';
import { migrateToLatest } from './migrations/index.js';
import { ResolvedTokenCache } from './repos/credentials.js';
import { MemoryRateLimitRepo } from './repos/rate-limits.js';
import { createRepositories, type InProcessState } from './repositories.js';
import type { Database } from './schema.js';
import type { StatementStats } from './statements.js';

export interface StorageConfig {
  /** postgres://… : use PostgreSQL (a pool). Wins over sqlitePath. */
  url?: string;
  /** A file path or ':memory:' (the default when neither is given). */
  sqlitePath?: string;
  /**
   * Where rate-limit buckets live: `database` (shared by every process on the database: one UPSERT per
   * request) or `memory` (this process only, no statement; it then also keeps resolved access tokens for up to
   * 2 s, emptied by every revocation it writes). Default: `database` on PostgreSQL, where several server
   * processes may serve one database; `memory` on SQLite, served by one process.
   */
  rateLimits?: RateLimitStore;
  /**
   * Keys every server on this database must share, by the variable that configures them: recorded by the first
   * server, compared by every later one (KeyMismatchError on a difference; keys.ts).
   */
  keys?: Readonly<Record<string, Buffer>>;
}

export type RateLimitStore = 'memory' | 'database';

export async function openStorage(config: StorageConfig): Promise<Storage> {
  const dialect: DialectName = config.url ? 'postgres' : 'sqlite';
  if (config.url && !/^postgres(ql)?:\/\//.test(config.url)) {
    throw new Error('storage: url must be a postgres:// or postgresql:// URL');
  }
  const stats: StatementStats = { executed: 0, prepared: 0 };
  const db = config.url ? openPostgres(config.url, stats) : openSqlite(config.sqlitePath ?? ':memory:', stats);
  try {
    await migrateToLatest(db, dialect);
    if (config.keys) await checkKeyFingerprints(db, config.keys);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  const store = config.rateLimits ?? (dialect === 'postgres' ? 'database' : 'memory');
  const local =
    store === 'memory' ? { rateLimits: new MemoryRateLimitRepo(), tokenCache: new ResolvedTokenCache() } : undefined;
  const storage = new SqlStorage(db, dialect, local);
  rawHandles.set(storage, db);
  statementStatsOf.set(storage, stats);
  return storage;
}

class SqlStorage implements Storage {
  readonly accounts;
  readonly apiKeys;
  readonly tenants;
  readonly gstins;
  readonly routeCredentials;
  readonly credentials;
  readonly tokens;
  readonly audit;
  readonly idempotency;
  readonly documents;
  readonly ewbs;
  readonly webhookEndpoints;
  readonly requestLogs;
  readonly rateLimits;
  readonly outbox;
  readonly webhookDeliveries;
  readonly reconcile;
  readonly bulkJobs;
  readonly testClocks;
  readonly dashboardSessions;
  readonly onboardingLinks;
  readonly #codec;
  readonly #local;

  constructor(
    private readonly db: Kysely<Database>,
    readonly dialect: DialectName,
    local?: InProcessState,
  ) {
    this.#codec = codecFor(dialect);
    this.#local = local;
    const repos = createRepositories(db, this.#codec, local);
    this.accounts = repos.accounts;
    this.apiKeys = repos.apiKeys;
    this.tenants = repos.tenants;
    this.gstins = repos.gstins;
    this.routeCredentials = repos.routeCredentials;
    this.credentials = repos.credentials;
    this.tokens = repos.tokens;
    this.audit = repos.audit;
    this.idempotency = repos.idempotency;
    this.documents = repos.documents;
    this.ewbs = repos.ewbs;
    this.webhookEndpoints = repos.webhookEndpoints;
    this.requestLogs = repos.requestLogs;
    this.rateLimits = repos.rateLimits;
    this.outbox = repos.outbox;
    this.webhookDeliveries = repos.webhookDeliveries;
    this.reconcile = repos.reconcile;
    this.bulkJobs = repos.bulkJobs;
    this.testClocks = repos.testClocks;
    this.dashboardSessions = repos.dashboardSessions;
    this.onboardingLinks = repos.onboardingLinks;
  }

  /** Commits when fn resolves, rolls back when it throws. On SQLite the transaction is BEGIN IMMEDIATE. */
  async transaction<T>(fn: (tx: Repositories) => Promise<T>): Promise<T> {
    return this.db.transaction().execute((trx) => fn(createRepositories(trx, this.#codec, this.#local)));
  }

  async close(): Promise<void> {
    rawHandles.delete(this);
    await this.db.destroy();
  }
}

const rawHandles = new WeakMap<Storage, Kysely<Database>>();
const statementStatsOf = new WeakMap<Storage, StatementStats>();

/**
 * SQL statements this storage has executed and prepared (parsed) since it opened, for /metrics (compose.ts);
 * undefined for a storage not opened here. Not part of the port: it describes the adapter, not the data.
 */
export function statementStats(storage: Storage): Readonly<StatementStats> | undefined {
  return statementStatsOf.get(storage);
}

/**
 * TEST-ONLY escape hatch: runs raw SQL on the storage's own connection, bypassing the repositories, and returns
 * the rows. The contract suite uses it to prove the database itself refuses UPDATE/DELETE on audit_events and to
 * look at tables the port cannot read (outbox). Never call it from the app.
 */
export async function queryRawForTests(storage: Storage, text: string): Promise<Record<string, unknown>[]> {
  const db = rawHandles.get(storage);
  if (!db) throw new Error('storage: not an open SQL storage');
  const result = await sql.raw<Record<string, unknown>>(text).execute(db);
  return result.rows;
}
