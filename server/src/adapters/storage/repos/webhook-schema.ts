// Table shapes added by migrations 0002-webhooks and 0006-webhook-fairness. They extend ../schema.ts through Kysely's withTables()
// (instead of editing the shared Database interface), so only the webhook repositories see them.
import type { Kysely } from 'kysely';
import type { SqlTimestamp } from '../dialect.js';
import type { Database } from '../schema.js';

export interface WebhookDeliveriesTable {
  id: string;
  account_id: string;
  endpoint_id: string;
  event_id: string;
  event_type: string;
  gstin: string | null;
  body: string;
  status: string;
  attempt_count: number;
  schedule_start: number;
  next_attempt_at: SqlTimestamp | null;
  lease_until: SqlTimestamp | null;
  created_at: SqlTimestamp;
  updated_at: SqlTimestamp;
}

export interface WebhookDeliveryAttemptsTable {
  id: string;
  delivery_id: string;
  attempted_at: SqlTimestamp;
  status_code: number | null;
  latency_ms: number;
  response_excerpt: string | null;
  error: string | null;
}

// A type alias: withTables() needs a Record-compatible type, which an interface is not.
export type WebhookTables = {
  webhook_deliveries: WebhookDeliveriesTable;
  webhook_delivery_attempts: WebhookDeliveryAttemptsTable;
  outbox_events: { lease_until: SqlTimestamp | null };
  /** Added by migration 0006-webhook-fairness. */
  webhook_endpoints: WebhookEndpointHealthColumns;
};

export interface WebhookEndpointHealthColumns {
  failing_since: SqlTimestamp | null;
  disabled_reason: string | null;
  disabled_at: SqlTimestamp | null;
}

export type WebhookDatabase = Database & WebhookTables;

export function withWebhookTables(db: Kysely<Database>): Kysely<WebhookDatabase> {
  return db.withTables<WebhookTables>();
}
