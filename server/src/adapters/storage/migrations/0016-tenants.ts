// Platforms (issue #24): an account's tenants, and what belongs to one. GSTINs, webhook endpoints, request logs
// and audit events carry the tenant they were written under (null: the account itself); documents, credentials,
// tokens, e-way bills and bulk jobs follow their GSTIN's. API keys gain a name, a tenant they are bound to, the
// permissions they grant (null: the unrestricted account key), their last four characters, when they were last
// used (written at most once a minute) and when an old secret stops working after a roll (expires_at).
import type { Kysely, Migration } from 'kysely';
import { columnTypes, type DialectName } from '../dialect.js';

export function tenantsMigration(dialect: DialectName): Migration {
  const t = columnTypes(dialect);
  return {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('tenants')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('metadata', t.json, (c) => c.notNull())
        .addColumn('plan', 'text', (c) => c.notNull())
        .addColumn('rate_limit_rps', 'integer', (c) => c.notNull())
        .addColumn('created_at', t.timestamp, (c) => c.notNull())
        .addColumn('updated_at', t.timestamp, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('tenants_account_id').on('tenants').columns(['account_id', 'id']).execute();
      for (const table of ['gstins', 'api_keys', 'webhook_endpoints', 'request_logs', 'audit_events'])
        await db.schema.alterTable(table).addColumn('tenant_id', 'text').execute();
      await db.schema.alterTable('api_keys').addColumn('name', 'text').execute();
      await db.schema.alterTable('api_keys').addColumn('permissions', t.json).execute();
      await db.schema.alterTable('api_keys').addColumn('last4', 'text').execute();
      await db.schema.alterTable('api_keys').addColumn('last_used_at', t.timestamp).execute();
      await db.schema.alterTable('api_keys').addColumn('expires_at', t.timestamp).execute();
      await db.schema.alterTable('api_keys').addColumn('rolled_into', 'text').execute();
      await db.schema.createIndex('api_keys_account').on('api_keys').columns(['account_id', 'id']).execute();
      // The lists a tenant reads are filtered by it, newest first.
      await db.schema
        .createIndex('request_logs_tenant')
        .on('request_logs')
        .columns(['account_id', 'tenant_id', 'id'])
        .execute();
      await db.schema
        .createIndex('audit_events_tenant')
        .on('audit_events')
        .columns(['account_id', 'tenant_id', 'id'])
        .execute();
    },
  };
}
