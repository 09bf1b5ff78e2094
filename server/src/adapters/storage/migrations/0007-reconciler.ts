// The reconciler's durable work list (one open task per document and kind, leased to one worker at a time),
// and the link from an Idempotency-Key to the document it asked for, so whoever settles the document (the
// request, the outage queue's worker or the reconciler) also settles the key's stored answer.
import { type Kysely, type Migration, sql } from 'kysely';
import { columnTypes, type DialectName } from '../dialect.js';

export function reconcilerMigration(dialect: DialectName): Migration {
  const t = columnTypes(dialect);
  return {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('reconcile_tasks')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('account_id', 'text', (c) => c.notNull())
        .addColumn('gstin', 'text', (c) => c.notNull())
        .addColumn('document_id', 'text', (c) => c.notNull())
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('detail', t.json)
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('next_attempt_at', t.timestamp, (c) => c.notNull())
        .addColumn('lease_until', t.timestamp)
        .addColumn('outcome', 'text')
        .addColumn('last_error', 'text')
        .addColumn('created_at', t.timestamp, (c) => c.notNull())
        .addColumn('resolved_at', t.timestamp)
        .execute();
      // At most one open task per (kind, document): enqueueing twice is a no-op.
      await sql`create unique index reconcile_tasks_open on reconcile_tasks (kind, document_id) where state = 'open'`.execute(
        db,
      );
      await db.schema
        .createIndex('reconcile_tasks_due')
        .on('reconcile_tasks')
        .columns(['state', 'next_attempt_at'])
        .execute();
      await db.schema
        .createIndex('idempotency_keys_resource')
        .on('idempotency_keys')
        .columns(['account_id', 'resource_id'])
        .execute();
      await db.schema
        .createIndex('documents_status_updated')
        .on('documents')
        .columns(['status', 'updated_at'])
        .execute();
    },
    async down(db: Kysely<any>) {
      await db.schema.dropIndex('documents_status_updated').execute();
      await db.schema.dropIndex('idempotency_keys_resource').execute();
      await db.schema.dropTable('reconcile_tasks').execute();
    },
  };
}
