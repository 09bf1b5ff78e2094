// Hosted credential onboarding (issue #24): one-time links a platform sends to a business, which enters its IRP
// API user on a page of this server. Only the token's keyed hash is stored (as for API keys and dashboard
// sessions); the password goes into the GSTIN's sealed IRP password, never into this table. tenant_id is the
// GSTIN's tenant (null: the account itself), filled once tenants exist.
import type { Kysely, Migration } from 'kysely';
import { columnTypes, type DialectName } from '../dialect.js';

export function onboardingLinksMigration(dialect: DialectName): Migration {
  const t = columnTypes(dialect);
  return {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('onboarding_links')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('account_id', 'text', (c) => c.notNull())
        .addColumn('tenant_id', 'text')
        .addColumn('environment', 'text', (c) => c.notNull())
        .addColumn('gstin', 'text', (c) => c.notNull())
        .addColumn('description', 'text')
        .addColumn('token_hash', 'text', (c) => c.notNull().unique())
        .addColumn('created_by_key_id', 'text', (c) => c.notNull())
        // pending | connected | failed | revoked ('expired' is read from expires_at, not stored).
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('failed_attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('failure_code', 'text')
        .addColumn('failure_message', 'text')
        .addColumn('expires_at', t.timestamp, (c) => c.notNull())
        .addColumn('connected_at', t.timestamp)
        .addColumn('revoked_at', t.timestamp)
        .addColumn('created_at', t.timestamp, (c) => c.notNull())
        .addColumn('updated_at', t.timestamp, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('onboarding_links_account')
        .on('onboarding_links')
        .columns(['account_id', 'id'])
        .execute();
      await db.schema
        .createIndex('onboarding_links_gstin')
        .on('onboarding_links')
        .columns(['account_id', 'gstin', 'status'])
        .execute();
    },
    async down(db: Kysely<any>) {
      await db.schema.dropTable('onboarding_links').execute();
    },
  };
}
