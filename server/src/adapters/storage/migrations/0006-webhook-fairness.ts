// Fair webhook delivery and endpoint health: an endpoint remembers since when it has been failing without a
// single success (failing_since), and why and when it was disabled (disabled_reason: manual | failing). The
// sender claims per endpoint (indexes for the in-flight counts and for the due deliveries with their endpoint).
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
      // The fair claim reads two index ranges and never a table scan: the leased (in-flight) deliveries with
      // their endpoint, and the due ones in due order with their endpoint (replacing 0002's due index).
      await db.schema
        .createIndex('webhook_deliveries_leases')
        .on('webhook_deliveries')
        .columns(['status', 'lease_until', 'endpoint_id'])
        .execute();
      await db.schema
        .createIndex('webhook_deliveries_due_endpoint')
        .on('webhook_deliveries')
        .columns(['status', 'next_attempt_at', 'endpoint_id'])
        .execute();
      await db.schema.dropIndex('webhook_deliveries_due').execute();
    },
    async down(db: Kysely<any>) {
      await db.schema
        .createIndex('webhook_deliveries_due')
        .on('webhook_deliveries')
        .columns(['status', 'next_attempt_at'])
        .execute();
      await db.schema.dropIndex('webhook_deliveries_due_endpoint').execute();
      await db.schema.dropIndex('webhook_deliveries_leases').execute();
      await db.schema.alterTable('webhook_endpoints').dropColumn('disabled_at').execute();
      await db.schema.alterTable('webhook_endpoints').dropColumn('disabled_reason').execute();
      await db.schema.alterTable('webhook_endpoints').dropColumn('failing_since').execute();
    },
  };
}
