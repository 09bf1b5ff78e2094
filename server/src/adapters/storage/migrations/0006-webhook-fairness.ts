// Fair webhook delivery and endpoint health: an endpoint remembers since when it has been failing without a
// single success (failing_since), and why and when it was disabled (disabled_reason: manual | failing). The
// sender claims per endpoint (webhook_deliveries_endpoint serves its in-flight count and its fair claim).
import type { Kysely, Migration } from 'kysely';
import { columnTypes, type DialectName } from '../dialect.js';

export function webhookFairnessMigration(dialect: DialectName): Migration {
  const t = columnTypes(dialect);
  return {
    async up(db: Kysely<any>) {
      await db.schema.alterTable('webhook_endpoints').addColumn('failing_since', t.timestamp).execute();
      await db.schema.alterTable('webhook_endpoints').addColumn('disabled_reason', 'text').execute();
      await db.schema.alterTable('webhook_endpoints').addColumn('disabled_at', t.timestamp).execute();
      // Endpoints disabled before this migration were disabled through the API.
      await db
        .updateTable('webhook_endpoints')
        .set({ disabled_reason: 'manual' })
        .where('enabled', '=', dialect === 'postgres' ? false : 0)
        .execute();
      await db.schema
        .createIndex('webhook_deliveries_endpoint')
        .on('webhook_deliveries')
        .columns(['endpoint_id', 'status', 'lease_until'])
        .execute();
    },
    async down(db: Kysely<any>) {
      await db.schema.dropIndex('webhook_deliveries_endpoint').execute();
      await db.schema.alterTable('webhook_endpoints').dropColumn('disabled_at').execute();
      await db.schema.alterTable('webhook_endpoints').dropColumn('disabled_reason').execute();
      await db.schema.alterTable('webhook_endpoints').dropColumn('failing_since').execute();
    },
  };
}
