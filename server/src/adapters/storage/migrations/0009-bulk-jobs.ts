// Durable bulk jobs (issue #15, item 5): a bulk request is a job row and one row per record (the request's
// document, stored once, until the record has an outcome), leased to one runner at a time like the outage
// queue, so a restart resumes the records without an outcome instead of losing the batch.
import type { Kysely, Migration } from 'kysely';
import { columnTypes, type DialectName } from '../dialect.js';

export function bulkJobsMigration(dialect: DialectName): Migration {
  const t = columnTypes(dialect);
  return {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('bulk_jobs')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('account_id', 'text', (c) => c.notNull())
        .addColumn('gstin', 'text', (c) => c.notNull())
        .addColumn('environment', 'text', (c) => c.notNull())
        // The Idempotency-Key the job was created under (null without one): a resubmission finds the job.
        .addColumn('idempotency_key', 'text')
        .addColumn('request_id', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('total', 'integer', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('next_attempt_at', t.timestamp, (c) => c.notNull())
        .addColumn('lease_until', t.timestamp)
        .addColumn('last_error', 'text')
        .addColumn('created_at', t.timestamp, (c) => c.notNull())
        .addColumn('updated_at', t.timestamp, (c) => c.notNull())
        .addColumn('completed_at', t.timestamp)
        .execute();
      await db.schema
        .createIndex('bulk_jobs_idempotency_key')
        .on('bulk_jobs')
        .columns(['account_id', 'gstin', 'idempotency_key'])
        .unique()
        .execute();
      await db.schema.createIndex('bulk_jobs_due').on('bulk_jobs').columns(['status', 'next_attempt_at']).execute();
      await db.schema
        .createTable('bulk_records')
        .addColumn('job_id', 'text', (c) => c.notNull().references('bulk_jobs.id').onDelete('cascade'))
        .addColumn('idx', 'integer', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        // The record's document as sent (JSON text, byte for byte); cleared once the record has an outcome
        // (its document row keeps the payload from then on).
        .addColumn('payload', 'text')
        .addColumn('document_id', 'text')
        // The outcome as presented (JSON text): the document, or the problem.
        .addColumn('document', 'text')
        .addColumn('error', 'text')
        .addColumn('updated_at', t.timestamp, (c) => c.notNull())
        .addPrimaryKeyConstraint('bulk_records_pk', ['job_id', 'idx'])
        .execute();
      await db.schema.createIndex('bulk_records_status').on('bulk_records').columns(['job_id', 'status']).execute();
    },
    async down(db: Kysely<any>) {
      await db.schema.dropTable('bulk_records').execute();
      await db.schema.dropTable('bulk_jobs').execute();
    },
  };
}
