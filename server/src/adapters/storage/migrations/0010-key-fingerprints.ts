// Every server on one database must use the same encryption key and hash pepper: a server with another key
// cannot open the IRP passwords the others sealed, and the tokens they issued do not hash to its lookups.
// The first server to open the database records a fingerprint of each key (an HMAC, which reveals nothing of
// the key); later servers compare theirs and refuse to start on a mismatch (keys.ts, docs/adr/0024).
import type { Kysely, Migration } from 'kysely';

export function keyFingerprintsMigration(): Migration {
  return {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('key_fingerprints')
        .addColumn('name', 'text', (c) => c.primaryKey())
        .addColumn('fingerprint', 'text', (c) => c.notNull())
        .execute();
    },
    async down(db: Kysely<any>) {
      await db.schema.dropTable('key_fingerprints').execute();
    },
  };
}
