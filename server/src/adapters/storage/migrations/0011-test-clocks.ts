// Sandbox test clocks (issue #20): a clock frozen at an instant, attached to GSTINs or to the whole account.
// A GSTIN follows at most one clock per account (the primary key), like a Stripe customer on one test clock.
import type { Kysely, Migration } from 'kysely';
import { columnTypes, type DialectName } from '../dialect.js';

export function testClocksMigration(dialect: DialectName): Migration {
  const t = columnTypes(dialect);
  return {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('test_clocks')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('account_id', 'text', (c) => c.notNull())
        .addColumn('name', 'text')
        .addColumn('frozen_time', t.timestamp, (c) => c.notNull())
        .addColumn('whole_account', t.boolean, (c) => c.notNull())
        .addColumn('created_at', t.timestamp, (c) => c.notNull())
        .addColumn('updated_at', t.timestamp, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('test_clocks_account').on('test_clocks').columns(['account_id', 'id']).execute();
      await db.schema
        .createTable('test_clock_gstins')
        .addColumn('account_id', 'text', (c) => c.notNull())
        .addColumn('gstin', 'text', (c) => c.notNull())
        .addColumn('clock_id', 'text', (c) => c.notNull().references('test_clocks.id').onDelete('cascade'))
        .addPrimaryKeyConstraint('test_clock_gstins_pk', ['account_id', 'gstin'])
        .execute();
      await db.schema.createIndex('test_clock_gstins_clock').on('test_clock_gstins').columns(['clock_id']).execute();
    },
    async down(db: Kysely<any>) {
      await db.schema.dropTable('test_clock_gstins').execute();
      await db.schema.dropTable('test_clocks').execute();
    },
  };
}
