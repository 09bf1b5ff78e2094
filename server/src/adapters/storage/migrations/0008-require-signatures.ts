// A credential can require RFC 9421 request signatures: then unsigned requests made with its tokens, and
// unsigned token requests by it, are refused. Existing credentials keep signatures optional.
import type { Kysely, Migration } from 'kysely';
import { columnTypes, type DialectName } from '../dialect.js';

export function requireSignaturesMigration(dialect: DialectName): Migration {
  const t = columnTypes(dialect);
  return {
    async up(db: Kysely<any>) {
      await db.schema
        .alterTable('credentials')
        .addColumn('require_signatures', t.boolean, (c) => c.notNull().defaultTo(dialect === 'postgres' ? false : 0))
        .execute();
    },
    async down(db: Kysely<any>) {
      await db.schema.alterTable('credentials').dropColumn('require_signatures').execute();
    },
  };
}
