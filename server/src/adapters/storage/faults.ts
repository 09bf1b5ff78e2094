// Database faults that say nothing about the request: the connection was lost or refused, PostgreSQL is
// restarting or out of connections, SQLite is locked past busy_timeout, the disk is full or failing. The
// driver wrapper (connect.ts) turns each into problems.storageUnavailable (503 + Retry-After), so a handler
// never answers a 500 with a stack for them and every caller can tell "retry later" from a bug. Anything
// else (a constraint violation the repositories expect, a syntax error, a corrupt file) passes unchanged.
import type { CompiledQuery, DatabaseConnection, Driver, QueryResult, TransactionSettings } from 'kysely';
import { ProblemError, problems } from '../../app/problems.js';

/** Node socket errors on the way to PostgreSQL. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EHOSTDOWN',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/**
 * PostgreSQL SQLSTATEs: class 08 (connection exception), 57P01-57P03 (admin/crash shutdown, cannot connect
 * now: a restart or failover), 53xxx (insufficient resources: disk full, out of memory, too many
 * connections), 58030 (I/O error).
 */
const PG_STATES = /^(08...|57P0[123]|53...|58030)$/;

/** pg and pg-pool errors that carry no code. */
const PG_MESSAGES =
  /^(Connection terminated|Client has encountered a connection error|Client was closed and is not queryable|timeout exceeded when trying to connect|Connection terminated due to connection timeout)/;

/**
 * better-sqlite3's SqliteError codes (extended codes start with the primary one): locked past busy_timeout,
 * disk full, I/O error, the file cannot be opened or written, out of memory.
 */
const SQLITE_CODES = /^SQLITE_(BUSY|LOCKED|FULL|IOERR|CANTOPEN|READONLY|NOMEM|PROTOCOL)/;

export function isStorageFault(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') {
    if (NETWORK_CODES.has(code) || PG_STATES.test(code) || SQLITE_CODES.test(code)) return true;
  }
  if (PG_MESSAGES.test(error.message)) return true;
  // Connecting to a host name with several addresses fails with one error per address.
  if (error instanceof AggregateError) return error.errors.some(isStorageFault);
  return false;
}

function mapped(error: unknown): unknown {
  return error instanceof ProblemError || !isStorageFault(error) ? error : problems.storageUnavailable(error);
}

async function guard<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw mapped(error);
  }
}

/** The connection handed out, in front of the driver's own (which the driver gets back for every call). */
class GuardedConnection implements DatabaseConnection {
  constructor(readonly inner: DatabaseConnection) {}
  executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    return guard(() => this.inner.executeQuery<R>(query));
  }
  async *streamQuery<R>(query: CompiledQuery, chunkSize?: number): AsyncIterableIterator<QueryResult<R>> {
    try {
      yield* this.inner.streamQuery<R>(query, chunkSize);
    } catch (error) {
      throw mapped(error);
    }
  }
}

const innerOf = (c: DatabaseConnection) => (c instanceof GuardedConnection ? c.inner : c);

/** Wraps a Kysely driver so every storage fault, wherever it surfaces, becomes problems.storageUnavailable. */
export class FaultMappingDriver implements Driver {
  constructor(private readonly inner: Driver) {}
  init(): Promise<void> {
    return guard(() => this.inner.init());
  }
  async acquireConnection(): Promise<DatabaseConnection> {
    return new GuardedConnection(await guard(() => this.inner.acquireConnection()));
  }
  beginTransaction(c: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    return guard(() => this.inner.beginTransaction(innerOf(c), settings));
  }
  commitTransaction(c: DatabaseConnection): Promise<void> {
    return guard(() => this.inner.commitTransaction(innerOf(c)));
  }
  rollbackTransaction(c: DatabaseConnection): Promise<void> {
    return guard(() => this.inner.rollbackTransaction(innerOf(c)));
  }
  async savepoint(c: DatabaseConnection, name: string, compile: Parameters<NonNullable<Driver['savepoint']>>[2]) {
    if (!this.inner.savepoint) throw new Error('storage: this driver has no savepoints');
    return guard(() => this.inner.savepoint!(innerOf(c), name, compile));
  }
  async rollbackToSavepoint(
    c: DatabaseConnection,
    name: string,
    compile: Parameters<NonNullable<Driver['rollbackToSavepoint']>>[2],
  ) {
    if (!this.inner.rollbackToSavepoint) throw new Error('storage: this driver has no savepoints');
    return guard(() => this.inner.rollbackToSavepoint!(innerOf(c), name, compile));
  }
  async releaseSavepoint(
    c: DatabaseConnection,
    name: string,
    compile: Parameters<NonNullable<Driver['releaseSavepoint']>>[2],
  ) {
    if (!this.inner.releaseSavepoint) throw new Error('storage: this driver has no savepoints');
    return guard(() => this.inner.releaseSavepoint!(innerOf(c), name, compile));
  }
  releaseConnection(c: DatabaseConnection): Promise<void> {
    return this.inner.releaseConnection(innerOf(c));
  }
  destroy(): Promise<void> {
    return this.inner.destroy();
  }
}
