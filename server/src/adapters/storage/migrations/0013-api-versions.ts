// Dated API versions (issue #23): each account is pinned to one. Accounts that existed before versions did are
// pinned to the oldest supported version (the shapes they were built against); createAccount pins new ones to
// the current version. The request log records the version a call was answered in, the deprecation warnings it
// was given, and, when the body sent to the IRP had to be translated to another NIC schema version, that
// translation (schema versions and the redacted body as sent).
import type { Kysely, Migration } from 'kysely';
import { OLDEST_API_VERSION } from '../../../app/versions/api-versions.js';
import { columnTypes, type DialectName } from '../dialect.js';

export function apiVersionsMigration(dialect: DialectName): Migration {
  const t = columnTypes(dialect);
  return {
    async up(db: Kysely<any>) {
      await db.schema
        .alterTable('accounts')
        .addColumn('api_version', 'text', (c) => c.notNull().defaultTo(OLDEST_API_VERSION))
        .execute();
      await db.schema.alterTable('request_logs').addColumn('api_version', 'text').execute();
      await db.schema.alterTable('request_logs').addColumn('warnings', t.json).execute();
      await db.schema.alterTable('request_logs').addColumn('schema_translation', t.json).execute();
    },
    async down(db: Kysely<any>) {
      await db.schema.alterTable('request_logs').dropColumn('schema_translation').execute();
      await db.schema.alterTable('request_logs').dropColumn('warnings').execute();
      await db.schema.alterTable('request_logs').dropColumn('api_version').execute();
      await db.schema.alterTable('accounts').dropColumn('api_version').execute();
    },
  };
}
