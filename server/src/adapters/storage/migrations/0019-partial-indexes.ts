// Issue #19 (database growth per IRN): three indexes that only ever serve lookups of a small live subset held an
// entry for every row forever (about 250 bytes per IRN together). Each becomes a partial index over that subset:
// - outbox_events_pending: the dispatcher claims undispatched rows oldest first (`dispatched_at is null order by
//   id`); dispatched rows, nearly all of them, leave the index.
// - idempotency_keys_resource: the reconciler completes the keys still open on a document (`resource_id = ? and
//   state in ('in_flight', 'deferred')`, written with those literals so the planner can match the predicate);
//   completed keys leave the index.
// - request_logs_tenant: log pages of one tenant (`tenant_id = ?`); rows of the account itself (no tenant) are
//   never looked up through it.
// Both SQLite and PostgreSQL use a partial index when the query's WHERE implies the index's.
import { type Kysely, type Migration, sql } from 'kysely';

export function partialIndexesMigration(): Migration {
  return {
    async up(db: Kysely<any>) {
      await db.schema.dropIndex('outbox_events_pending').execute();
      await sql`create index outbox_events_pending on outbox_events (id) where dispatched_at is null`.execute(db);
      await db.schema.dropIndex('idempotency_keys_resource').execute();
      await sql`create index idempotency_keys_resource on idempotency_keys (account_id, resource_id)
        where state in ('in_flight', 'deferred')`.execute(db);
      await db.schema.dropIndex('request_logs_tenant').execute();
      await sql`create index request_logs_tenant on request_logs (account_id, tenant_id, id)
        where tenant_id is not null`.execute(db);
    },
    async down(db: Kysely<any>) {
      for (const name of ['outbox_events_pending', 'idempotency_keys_resource', 'request_logs_tenant'])
        await db.schema.dropIndex(name).execute();
      await db.schema
        .createIndex('outbox_events_pending')
        .on('outbox_events')
        .columns(['dispatched_at', 'id'])
        .execute();
      await db.schema
        .createIndex('idempotency_keys_resource')
        .on('idempotency_keys')
        .columns(['account_id', 'resource_id'])
        .execute();
      await db.schema
        .createIndex('request_logs_tenant')
        .on('request_logs')
        .columns(['account_id', 'tenant_id', 'id'])
        .execute();
    },
  };
}
