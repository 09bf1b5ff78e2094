// RFC 9421 request signing: each credential gets an HMAC key, sealed like webhook secrets (the server
// must read it back to verify signatures, so it cannot be hashed).
import type { Kysely, Migration } from 'kysely';

export function requestSigningMigration(): Migration {
  return {
    async up(db: Kysely<any>) {
      await db.schema.alterTable('credentials').addColumn('signing_key_enc', 'text').execute();
    },
    async down(db: Kysely<any>) {
      await db.schema.alterTable('credentials').dropColumn('signing_key_enc').execute();
    },
  };
}
