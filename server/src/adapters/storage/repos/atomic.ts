import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

/**
 * Runs fn atomically: in a new transaction, or in the caller's if the repository is already bound to one
 * (Kysely has no nested transactions, and the caller's outer transaction gives the same guarantee).
 */
export async function atomically<T>(db: Kysely<Database>, fn: (db: Kysely<Database>) => Promise<T>): Promise<T> {
  return db.isTransaction ? fn(db) : db.transaction().execute(fn);
}
