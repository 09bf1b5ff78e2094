// Databases of a test's (or a bench's) own inside the PostgreSQL server a URL names: TEST_DATABASE_URL, which
// server/scripts/with-postgres.sh starts, unless the caller names another. Each gets a unique name, so test
// files running side by side never share one, and is dropped with `with (force)` even if a server process still
// holds connections to it.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';

export interface PostgresDatabase {
  name: string;
  url: string;
  /** Runs one statement on the server's own database (create, drop, terminate a backend). */
  admin(statement: string): Promise<void>;
  drop(): Promise<void>;
}

/** A database name and URL on the server at `base`; nothing is created yet. */
function planned(prefix: string, base: string | undefined): PostgresDatabase {
  if (!base) throw new Error('PostgreSQL tests need TEST_DATABASE_URL (run through scripts/with-postgres.sh)');
  const name = `${prefix}_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const url = new URL(base);
  url.pathname = `/${name}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: base });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  return { name, url: url.toString(), admin, drop: () => admin(`drop database if exists ${name} with (force)`) };
}

/** Creates a database now; the caller drops it. */
export async function freshPostgresDatabase(
  prefix = 'einvoice_e2e',
  base = process.env.TEST_DATABASE_URL,
): Promise<PostgresDatabase> {
  const db = planned(prefix, base);
  await db.admin(`create database ${db.name}`);
  return db;
}

/** A database for one test file: created before its tests (beforeAll), dropped after them (afterAll). */
export function throwawayDatabase(base: string, prefix: string): PostgresDatabase {
  const db = planned(prefix, base);
  beforeAll(() => db.admin(`create database ${db.name}`));
  afterAll(() => db.drop());
  return db;
}
