// The initial schema, one migration for both dialects. Only the column types (./dialect.ts) and the
// audit immutability triggers differ.
import { type Kysely, type Migration, sql } from 'kysely';
import { columnTypes, type DialectName } from '../dialect.js';

export function initialMigration(dialect: DialectName): Migration {
  const t = columnTypes(dialect);
  return {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('accounts')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('environment', 'text', (c) => c.notNull())
        .addColumn('created_at', t.timestamp, (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('api_keys')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id'))
        .addColumn('prefix', 'text', (c) => c.notNull())
        .addColumn('hash', 'text', (c) => c.notNull())
        .addColumn('created_at', t.timestamp, (c) => c.notNull())
        .addColumn('revoked_at', t.timestamp)
        .execute();
      await db.schema.createIndex('api_keys_prefix').on('api_keys').column('prefix').execute();

      await db.schema
        .createTable('gstins')
        .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id'))
        .addColumn('gstin', 'text', (c) => c.notNull())
        .addColumn('environment', 'text', (c) => c.notNull())
        .addColumn('description', 'text')
        .addColumn('irp_username', 'text', (c) => c.notNull())
        .addColumn('irp_password_enc', 'text', (c) => c.notNull())
        .addColumn('large_taxpayer', t.boolean, (c) => c.notNull())
        .addColumn('created_at', t.timestamp, (c) => c.notNull())
        .addColumn('updated_at', t.timestamp, (c) => c.notNull())
        .addPrimaryKeyConstraint('gstins_pk', ['account_id', 'gstin'])
        .execute();
      // Lists are newest first with a gstin cursor: keyset on (created_at, gstin).
      await db.schema.createIndex('gstins_list').on('gstins').columns(['account_id', 'created_at', 'gstin']).execute();

      await db.schema
        .createTable('credentials')
        .addColumn('client_id', 'text', (c) => c.primaryKey())
        .addColumn('account_id', 'text', (c) => c.notNull())
        .addColumn('gstin', 'text', (c) => c.notNull())
        .addColumn('environment', 'text', (c) => c.notNull())
        .addColumn('name', 'text')
        .addColumn('scopes', t.json, (c) => c.notNull())
        .addColumn('plan', 'text', (c) => c.notNull())
        .addColumn('rate_limit_rps', t.double, (c) => c.notNull())
        .addColumn('created_at', t.timestamp, (c) => c.notNull())
        .addColumn('revoked_at', t.timestamp)
        .addForeignKeyConstraint('credentials_gstin_fk', ['account_id', 'gstin'], 'gstins', ['account_id', 'gstin'])
        .execute();
      await db.schema
        .createIndex('credentials_list')
        .on('credentials')
        .columns(['account_id', 'gstin', 'created_at', 'client_id'])
        .execute();

      await db.schema
        .createTable('credential_secrets')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('client_id', 'text', (c) => c.notNull().references('credentials.client_id'))
        .addColumn('prefix', 'text', (c) => c.notNull())
        .addColumn('hash', 'text', (c) => c.notNull())
        .addColumn('created_at', t.timestamp, (c) => c.notNull())
        .addColumn('expires_at', t.timestamp)
        .addColumn('revoked_at', t.timestamp)
        .addColumn('last_used_at', t.timestamp)
        .execute();
      await db.schema.createIndex('credential_secrets_client').on('credential_secrets').column('client_id').execute();

      await db.schema
        .createTable('access_tokens')
        .addColumn('token_hash', 'text', (c) => c.primaryKey())
        .addColumn('client_id', 'text', (c) => c.notNull().references('credentials.client_id'))
        .addColumn('secret_id', 'text', (c) => c.notNull().references('credential_secrets.id'))
        .addColumn('account_id', 'text', (c) => c.notNull())
        .addColumn('gstin', 'text', (c) => c.notNull())
        .addColumn('environment', 'text', (c) => c.notNull())
        .addColumn('scopes', t.json, (c) => c.notNull())
        .addColumn('created_at', t.timestamp, (c) => c.notNull())
        .addColumn('expires_at', t.timestamp, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('access_tokens_expiry').on('access_tokens').column('expires_at').execute();

      // No foreign key on account_id: an audit row must be writable for any caller, and is never deleted.
      await db.schema
        .createTable('audit_events')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('account_id', 'text')
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('occurred_at', t.timestamp, (c) => c.notNull())
        .addColumn('actor_type', 'text', (c) => c.notNull())
        .addColumn('actor_id', 'text')
        .addColumn('gstin', 'text')
        .addColumn('client_id', 'text')
        .addColumn('request_id', 'text')
        .addColumn('ip', 'text')
        .addColumn('data', t.json, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('audit_events_list').on('audit_events').columns(['account_id', 'id']).execute();

      await db.schema
        .createTable('idempotency_keys')
        .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id'))
        .addColumn('scope', 'text', (c) => c.notNull())
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('operation', 'text', (c) => c.notNull())
        .addColumn('fingerprint', 'text', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('locked_until', t.timestamp)
        .addColumn('response_status', 'integer')
        .addColumn('response_headers', t.json)
        .addColumn('response_body', t.json)
        .addColumn('resource_id', 'text')
        .addColumn('created_at', t.timestamp, (c) => c.notNull())
        .addColumn('expires_at', t.timestamp, (c) => c.notNull())
        // The claim's ON CONFLICT target: the key is per tenant and scope (reliability.md §1.1 security note).
        .addPrimaryKeyConstraint('idempotency_keys_pk', ['account_id', 'scope', 'key'])
        .execute();
      await db.schema.createIndex('idempotency_keys_expiry').on('idempotency_keys').column('expires_at').execute();

      await db.schema
        .createTable('documents')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('account_id', 'text', (c) => c.notNull())
        .addColumn('gstin', 'text', (c) => c.notNull())
        .addColumn('environment', 'text', (c) => c.notNull())
        .addColumn('doc_type', 'text', (c) => c.notNull())
        .addColumn('doc_no', 'text', (c) => c.notNull())
        .addColumn('doc_no_key', 'text', (c) => c.notNull())
        .addColumn('doc_date', 'text', (c) => c.notNull())
        .addColumn('doc_date_iso', 'text')
        .addColumn('financial_year', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('irn', 'text')
        .addColumn('ack_no', t.bigint)
        .addColumn('ack_dt', 'text')
        .addColumn('signed_invoice', 'text')
        .addColumn('signed_qr_code', 'text')
        .addColumn('ewb_no', t.bigint)
        .addColumn('ewb_dt', 'text')
        .addColumn('ewb_valid_till', 'text')
        .addColumn('remarks', 'text')
        .addColumn('info', t.json, (c) => c.notNull())
        .addColumn('gstn_errors', t.json, (c) => c.notNull())
        .addColumn('cancellable_until', t.timestamp)
        .addColumn('cancelled_at', t.timestamp)
        .addColumn('cancel_reason', 'text')
        .addColumn('cancel_date', 'text')
        .addColumn('gsp', 'text')
        .addColumn('irp', 'text')
        .addColumn('buyer_gstin', 'text', (c) => c.notNull())
        .addColumn('total_value', t.double, (c) => c.notNull())
        .addColumn('payload', t.json)
        .addColumn('created_at', t.timestamp, (c) => c.notNull())
        .addColumn('updated_at', t.timestamp, (c) => c.notNull())
        .addForeignKeyConstraint('documents_gstin_fk', ['account_id', 'gstin'], 'gstins', ['account_id', 'gstin'])
        .execute();
      // The IRP's de-duplication key; DocumentRepo.insert returns false on it (ON CONFLICT DO NOTHING).
      await db.schema
        .createIndex('documents_natural_key')
        .unique()
        .on('documents')
        .columns(['account_id', 'gstin', 'doc_type', 'doc_no_key', 'financial_year'])
        .execute();
      await db.schema.createIndex('documents_list').on('documents').columns(['account_id', 'gstin', 'id']).execute();
      await db.schema.createIndex('documents_irn').on('documents').columns(['account_id', 'gstin', 'irn']).execute();

      await db.schema
        .createTable('ewbs')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('account_id', 'text', (c) => c.notNull())
        .addColumn('gstin', 'text', (c) => c.notNull())
        .addColumn('irn', 'text', (c) => c.notNull())
        .addColumn('ewb_no', t.bigint, (c) => c.notNull())
        .addColumn('ewb_dt', 'text', (c) => c.notNull())
        .addColumn('ewb_valid_till', 'text')
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('distance_km', 'integer', (c) => c.notNull())
        .addColumn('vehicles', t.json, (c) => c.notNull())
        .addColumn('extension_count', 'integer', (c) => c.notNull())
        .addColumn('remarks', 'text')
        .addColumn('cancellable_until', t.timestamp)
        .addColumn('cancelled_at', t.timestamp)
        .addColumn('gsp', 'text')
        .addColumn('irp', 'text')
        .addColumn('created_at', t.timestamp, (c) => c.notNull())
        .addColumn('updated_at', t.timestamp, (c) => c.notNull())
        .addForeignKeyConstraint('ewbs_gstin_fk', ['account_id', 'gstin'], 'gstins', ['account_id', 'gstin'])
        .execute();
      await db.schema
        .createIndex('ewbs_number')
        .unique()
        .on('ewbs')
        .columns(['account_id', 'gstin', 'ewb_no'])
        .execute();
      await db.schema.createIndex('ewbs_irn').on('ewbs').columns(['account_id', 'gstin', 'irn']).execute();

      await db.schema
        .createTable('webhook_endpoints')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id'))
        .addColumn('url', 'text', (c) => c.notNull())
        .addColumn('description', 'text')
        .addColumn('events', t.json, (c) => c.notNull())
        .addColumn('gstins', t.json, (c) => c.notNull())
        .addColumn('enabled', t.boolean, (c) => c.notNull())
        .addColumn('secret_enc', 'text', (c) => c.notNull())
        .addColumn('previous_secret_enc', 'text')
        .addColumn('previous_secret_expires_at', t.timestamp)
        .addColumn('created_at', t.timestamp, (c) => c.notNull())
        .addColumn('updated_at', t.timestamp, (c) => c.notNull())
        .addColumn('deleted_at', t.timestamp)
        .execute();
      await db.schema
        .createIndex('webhook_endpoints_list')
        .on('webhook_endpoints')
        .columns(['account_id', 'id'])
        .execute();

      // No foreign key: requests from unknown callers are logged too.
      await db.schema
        .createTable('request_logs')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('account_id', 'text')
        .addColumn('request_id', 'text', (c) => c.notNull())
        .addColumn('gstin', 'text')
        .addColumn('client_id', 'text')
        .addColumn('operation', 'text', (c) => c.notNull())
        .addColumn('method', 'text', (c) => c.notNull())
        .addColumn('path', 'text', (c) => c.notNull())
        .addColumn('status', 'integer', (c) => c.notNull())
        .addColumn('idempotency_key', 'text')
        .addColumn('replayed', t.boolean, (c) => c.notNull())
        .addColumn('irn', 'text')
        .addColumn('latency_ms', t.json, (c) => c.notNull())
        .addColumn('upstream_attempts', t.json, (c) => c.notNull())
        .addColumn('request_body', t.json)
        .addColumn('response_body', t.json)
        .addColumn('created_at', t.timestamp, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('request_logs_list').on('request_logs').columns(['account_id', 'id']).execute();

      await db.schema
        .createTable('rate_limits')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('tokens', t.double, (c) => c.notNull())
        .addColumn('updated_ms', t.bigint, (c) => c.notNull())
        .addColumn('last_allowed', 'integer', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('outbox_events')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id'))
        .addColumn('gstin', 'text')
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('payload', t.json)
        .addColumn('created_at', t.timestamp, (c) => c.notNull())
        .addColumn('dispatched_at', t.timestamp)
        .execute();
      // For the dispatcher: undelivered rows, oldest first.
      await db.schema
        .createIndex('outbox_events_pending')
        .on('outbox_events')
        .columns(['dispatched_at', 'id'])
        .execute();

      await createAuditImmutability(db, dialect);
    },

    async down(db: Kysely<any>) {
      for (const table of [
        'outbox_events',
        'rate_limits',
        'request_logs',
        'webhook_endpoints',
        'ewbs',
        'documents',
        'idempotency_keys',
        'audit_events',
        'access_tokens',
        'credential_secrets',
        'credentials',
        'gstins',
        'api_keys',
        'accounts',
      ]) {
        await db.schema.dropTable(table).ifExists().execute();
      }
      if (dialect === 'postgres') await sql`drop function if exists audit_events_immutable()`.execute(db);
    },
  };
}

/**
 * audit_events is append-only, and the database enforces it: UPDATE and DELETE (and TRUNCATE on PostgreSQL)
 * raise, whatever code or person issues them.
 */
async function createAuditImmutability(db: Kysely<any>, dialect: DialectName): Promise<void> {
  if (dialect === 'postgres') {
    await sql`
      create function audit_events_immutable() returns trigger language plpgsql as $$
      begin
        raise exception 'audit_events is append-only (% refused)', tg_op using errcode = 'restrict_violation';
      end
      $$`.execute(db);
    await sql`
      create trigger audit_events_no_change before update or delete on audit_events
      for each row execute function audit_events_immutable()`.execute(db);
    await sql`
      create trigger audit_events_no_truncate before truncate on audit_events
      for each statement execute function audit_events_immutable()`.execute(db);
    return;
  }
  await sql`
    create trigger audit_events_no_update before update on audit_events
    begin select raise(abort, 'audit_events is append-only (UPDATE refused)'); end`.execute(db);
  await sql`
    create trigger audit_events_no_delete before delete on audit_events
    begin select raise(abort, 'audit_events is append-only (DELETE refused)'); end`.execute(db);
}
