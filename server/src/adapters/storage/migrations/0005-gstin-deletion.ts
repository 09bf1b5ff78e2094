// deleteGstin keeps the row (documents, e-way bills and logs refer to the GSTIN and stay readable after it is
// registered again) and marks it deleted; reads skip deleted rows, registration revives one.
import type { Kysely, Migration } from 'kysely';
import { columnTypes, type DialectName } from '../dialect.js';

export function gstinDeletionMigration(dialect: DialectName): Migration {
  return {
    async up(db: Kysely<any>) {
      await db.schema.alterTable('gstins').addColumn('deleted_at', columnTypes(dialect).timestamp).execute();
    },
    async down(db: Kysely<any>) {
      await db.schema.alterTable('gstins').dropColumn('deleted_at').execute();
    },
  };
}
