// What crash tests read while servers come and go: the database the servers use, read directly (SQLite file or
// PostgreSQL), and a condition polled until it holds or the time is up.
import Database from 'better-sqlite3';
import pg from 'pg';

/** Runs one query against the database the servers use (SQLite file or PostgreSQL). */
export async function query(
  db: { sqlitePath?: string; url?: string },
  text: string,
): Promise<Record<string, unknown>[]> {
  if (db.url) {
    const c = new pg.Client({ connectionString: db.url });
    await c.connect();
    try {
      return (await c.query(text)).rows;
    } finally {
      await c.end();
    }
  }
  const sqlite = new Database(db.sqlitePath!, { readonly: true, fileMustExist: true });
  try {
    return sqlite.prepare(text).all() as Record<string, unknown>[];
  } finally {
    sqlite.close();
  }
}

/** Reads until `done` holds or `timeoutMs` passes; returns the last value read (the caller asserts on it). */
export async function until<T>(
  read: () => Promise<T>,
  done: (v: T) => boolean,
  timeoutMs: number,
  everyMs = 100,
): Promise<T> {
  const end = Date.now() + timeoutMs;
  let v = await read();
  while (!done(v) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, everyMs));
    v = await read();
  }
  return v;
}
