// Webhook dispatch: a lease on outbox rows (the fan-out claims them), one delivery per (event, endpoint) and
// its attempt log. The existing webhook_endpoints table already fits (secret, previous secret + expiry,
// filters, enabled, soft delete), so it is not changed.
import type { Kysely, Migration } from 'kysely';
import { columnTypes, type DialectName } from '../dialect.js';

export function webhooksMigration(dialect: DialectName): Migration {
  const t = columnTypes(dialect);
  return {
    async up(db: Kysely<any>) {
      // Claimed-until: NULL or in the past = claimable. Crash recovery is just this lease running out.
      await db.schema.alterTable('outbox_events').addColumn('lease_until', t.timestamp).execute();

      await db.schema
        .createTable('webhook_deliveries')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id'))
        .addColumn('endpoint_id', 'text', (c) => c.notNull().references('webhook_endpoints.id'))
        .addColumn('event_id', 'text', (c) => c.notNull())
        .addColumn('event_type', 'text', (c) => c.notNull())
        .addColumn('gstin', 'text')
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('attempt_count', 'integer', (c) => c.notNull())
        .addColumn('schedule_start', 'integer', (c) => c.notNull())
        .addColumn('next_attempt_at', t.timestamp)
        .addColumn('lease_until', t.timestamp)
        .addColumn('created_at', t.timestamp, (c) => c.notNull())
        .addColumn('updated_at', t.timestamp, (c) => c.notNull())
        .execute();
      // At most one delivery per event and endpoint: a fan-out repeated after a crash inserts nothing new.
      await db.schema
        .createIndex('webhook_deliveries_event_endpoint')
        .unique()
        .on('webhook_deliveries')
        .columns(['event_id', 'endpoint_id'])
        .execute();
      // The sender's scan: pending and due, soonest first.
      await db.schema
        .createIndex('webhook_deliveries_due')
        .on('webhook_deliveries')
        .columns(['status', 'next_attempt_at'])
        .execute();
      await db.schema
        .createIndex('webhook_deliveries_list')
        .on('webhook_deliveries')
        .columns(['account_id', 'id'])
        .execute();

      await db.schema
        .createTable('webhook_delivery_attempts')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('delivery_id', 'text', (c) => c.notNull().references('webhook_deliveries.id'))
        .addColumn('attempted_at', t.timestamp, (c) => c.notNull())
        .addColumn('status_code', 'integer')
        .addColumn('latency_ms', t.double, (c) => c.notNull())
        .addColumn('response_excerpt', 'text')
        .addColumn('error', 'text')
        .execute();
      await db.schema
        .createIndex('webhook_delivery_attempts_delivery')
        .on('webhook_delivery_attempts')
        .columns(['delivery_id', 'id'])
        .execute();
    },

    async down(db: Kysely<any>) {
      await db.schema.dropTable('webhook_delivery_attempts').ifExists().execute();
      await db.schema.dropTable('webhook_deliveries').ifExists().execute();
      await db.schema.alterTable('outbox_events').dropColumn('lease_until').execute();
    },
  };
}
