// The outage queue lives on the documents themselves: a queued document carries its next attempt time,
// how many attempts it has had, and a lease so one worker at a time processes it (crash recovery is
// the lease running out).
import type { Kysely, Migration } from 'kysely';
import { columnTypes, type DialectName } from '../dialect.js';

export function documentQueueMigration(dialect: DialectName): Migration {
  const t = columnTypes(dialect);
  return {
    async up(db: Kysely<any>) {
      await db.schema
        .alterTable('documents')
        .addColumn('queue_attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema.alterTable('documents').addColumn('queue_next_attempt_at', t.timestamp).execute();
      await db.schema.alterTable('documents').addColumn('queue_lease_until', t.timestamp).execute();
      await db.schema
        .createIndex('documents_queue_due')
        .on('documents')
        .columns(['status', 'queue_next_attempt_at'])
        .execute();
    },
    async down(db: Kysely<any>) {
      await db.schema.dropIndex('documents_queue_due').execute();
      for (const column of ['queue_lease_until', 'queue_next_attempt_at', 'queue_attempts']) {
        await db.schema.alterTable('documents').dropColumn(column).execute();
      }
    },
  };
}
