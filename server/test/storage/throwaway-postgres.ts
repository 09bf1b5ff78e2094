// A PostgreSQL database of a test file's own inside the server TEST_DATABASE_URL names (server/scripts/
// with-postgres.sh starts one): created before the file's tests, dropped after them.
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';

export function throwawayDatabase(baseUrl: string, prefix: string) {
  const dbName = `${prefix}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const url = new URL(baseUrl);
  url.pathname = `/${dbName}`;
  /** Runs one statement on the server's own database (create, drop, terminate a backend). */
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: baseUrl });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  beforeAll(() => admin(`create database ${dbName}`));
  afterAll(() => admin(`drop database if exists ${dbName} with (force)`));
  return { dbName, url: url.toString(), admin };
}
