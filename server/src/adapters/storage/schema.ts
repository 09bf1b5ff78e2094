// Table shapes as Kysely sees them (snake_case, wire values). The migration in ./migrations creates them;
// the repositories map rows to and from app/ports/records.ts. Column value types are unions because the
// same table is read through two drivers (see ./dialect.ts).
import type { ColumnType } from 'kysely';
import type { SqlBoolean, SqlTimestamp } from './dialect.js';

/** JSON column: written as text, read as text (SQLite) or already parsed (PostgreSQL). */
type Json = unknown;
/** Integer column that pg may return as a string (bigint). */
type Int = number | string;

export interface AccountsTable {
  id: string;
  name: string;
  environment: string;
  created_at: SqlTimestamp;
  api_version: string;
}

export interface ApiKeysTable {
  id: string;
  account_id: string;
  prefix: string;
  hash: string;
  created_at: SqlTimestamp;
  revoked_at: SqlTimestamp | null;
  tenant_id: string | null;
  name: string | null;
  permissions: Json | null;
  last4: string | null;
  last_used_at: SqlTimestamp | null;
  expires_at: SqlTimestamp | null;
  rolled_into: string | null;
}

export interface TenantsTable {
  id: string;
  account_id: string;
  name: string;
  metadata: Json;
  plan: string;
  rate_limit_rps: Int;
  created_at: SqlTimestamp;
  updated_at: SqlTimestamp;
}

export interface GstinsTable {
  account_id: string;
  gstin: string;
  environment: string;
  description: string | null;
  irp_username: string;
  irp_password_enc: string;
  large_taxpayer: SqlBoolean;
  created_at: SqlTimestamp;
  updated_at: SqlTimestamp;
  deleted_at: SqlTimestamp | null;
  tenant_id: string | null;
}

export interface GstinRouteCredentialsTable {
  account_id: string;
  gstin: string;
  route: string;
  irp_username: string;
  irp_password_enc: string;
  ewb_username: string | null;
  ewb_password_enc: string | null;
  refused_reason: string | null;
  refused_at: SqlTimestamp | null;
  created_at: SqlTimestamp;
  updated_at: SqlTimestamp;
}

export interface CredentialsTable {
  client_id: string;
  account_id: string;
  gstin: string;
  environment: string;
  name: string | null;
  scopes: Json;
  plan: string;
  rate_limit_rps: number;
  created_at: SqlTimestamp;
  revoked_at: SqlTimestamp | null;
  /** Migration 0004: the sealed RFC 9421 HMAC key (null for credentials made before it). */
  signing_key_enc: ColumnType<string | null, string | null | undefined, string | null>;
  /** Migration 0008: unsigned requests of this credential are refused. */
  require_signatures: ColumnType<SqlBoolean, SqlBoolean | undefined, SqlBoolean>;
}

export interface CredentialSecretsTable {
  id: string;
  client_id: string;
  prefix: string;
  hash: string;
  created_at: SqlTimestamp;
  expires_at: SqlTimestamp | null;
  revoked_at: SqlTimestamp | null;
  last_used_at: SqlTimestamp | null;
}

export interface AccessTokensTable {
  token_hash: string;
  client_id: string;
  secret_id: string;
  account_id: string;
  gstin: string;
  environment: string;
  scopes: Json;
  created_at: SqlTimestamp;
  expires_at: SqlTimestamp;
}

export interface AuditEventsTable {
  id: string;
  account_id: string | null;
  type: string;
  occurred_at: SqlTimestamp;
  actor_type: string;
  actor_id: string | null;
  gstin: string | null;
  client_id: string | null;
  request_id: string | null;
  ip: string | null;
  data: Json;
  tenant_id: string | null;
}

export interface IdempotencyKeysTable {
  account_id: string;
  scope: string;
  key: string;
  operation: string;
  fingerprint: string;
  state: string;
  locked_until: SqlTimestamp | null;
  response_status: number | null;
  response_headers: Json;
  response_body: Json;
  resource_id: string | null;
  created_at: SqlTimestamp;
  expires_at: SqlTimestamp;
}

export interface DocumentsTable {
  id: string;
  account_id: string;
  gstin: string;
  environment: string;
  doc_type: string;
  doc_no: string;
  doc_no_key: string;
  doc_date: string;
  /** doc_date as yyyy-MM-dd, so date-range filters compare as text; null if doc_date is malformed. */
  doc_date_iso: string | null;
  financial_year: string;
  status: string;
  irn: string | null;
  ack_no: Int | null;
  ack_dt: string | null;
  signed_invoice: string | null;
  signed_qr_code: string | null;
  signature_verification: Json | null;
  ewb_no: Int | null;
  ewb_dt: string | null;
  ewb_valid_till: string | null;
  remarks: string | null;
  info: Json;
  gstn_errors: Json;
  cancellable_until: SqlTimestamp | null;
  cancelled_at: SqlTimestamp | null;
  cancel_reason: string | null;
  cancel_date: string | null;
  gsp: string | null;
  irp: string | null;
  buyer_gstin: string;
  total_value: number;
  payload: Json;
  created_at: SqlTimestamp;
  updated_at: SqlTimestamp;
  /** Outage queue (migration 0003): defaulted, so inserts may omit them. */
  queue_attempts: ColumnType<Int, Int | undefined, Int>;
  queue_next_attempt_at: ColumnType<SqlTimestamp | null, SqlTimestamp | null | undefined, SqlTimestamp | null>;
  queue_lease_until: ColumnType<SqlTimestamp | null, SqlTimestamp | null | undefined, SqlTimestamp | null>;
}

export interface EwbsTable {
  id: string;
  account_id: string;
  gstin: string;
  irn: string;
  ewb_no: Int;
  ewb_dt: string;
  ewb_valid_till: string | null;
  status: string;
  distance_km: number;
  vehicles: Json;
  extension_count: number;
  remarks: string | null;
  cancellable_until: SqlTimestamp | null;
  cancelled_at: SqlTimestamp | null;
  gsp: string | null;
  irp: string | null;
  created_at: SqlTimestamp;
  updated_at: SqlTimestamp;
}

export interface WebhookEndpointsTable {
  id: string;
  account_id: string;
  url: string;
  description: string | null;
  events: Json;
  gstins: Json;
  enabled: SqlBoolean;
  secret_enc: string;
  previous_secret_enc: string | null;
  previous_secret_expires_at: SqlTimestamp | null;
  created_at: SqlTimestamp;
  updated_at: SqlTimestamp;
  deleted_at: SqlTimestamp | null;
  tenant_id: string | null;
}

export interface RequestLogsTable {
  id: string;
  account_id: string | null;
  request_id: string;
  gstin: string | null;
  client_id: string | null;
  operation: string;
  method: string;
  path: string;
  status: number;
  idempotency_key: string | null;
  replayed: SqlBoolean;
  irn: string | null;
  latency_ms: Json;
  upstream_attempts: Json;
  request_body: Json;
  response_body: Json;
  created_at: SqlTimestamp;
  api_version: string | null;
  warnings: Json | null;
  schema_translation: Json | null;
  tenant_id: string | null;
}

/** Internal: one token bucket per key. Epoch milliseconds, so the refill arithmetic is the same SQL on both. */
export interface RateLimitsTable {
  key: string;
  tokens: number;
  updated_ms: Int;
  /** 1 when the last take() got a token: RETURNING shows only the new row, so the decision is stored with it. */
  last_allowed: number;
}

export interface OutboxEventsTable {
  id: string;
  account_id: string;
  gstin: string | null;
  type: string;
  payload: Json;
  created_at: SqlTimestamp;
  dispatched_at: SqlTimestamp | null;
}

export interface ReconcileTasksTable {
  id: string;
  kind: string;
  account_id: string;
  gstin: string;
  document_id: string;
  reason: string;
  detail: Json;
  state: string;
  attempts: number;
  next_attempt_at: SqlTimestamp;
  lease_until: SqlTimestamp | null;
  outcome: string | null;
  last_error: string | null;
  created_at: SqlTimestamp;
  resolved_at: SqlTimestamp | null;
}

export interface BulkJobsTable {
  id: string;
  account_id: string;
  gstin: string;
  environment: string;
  idempotency_key: string | null;
  request_id: string;
  status: string;
  total: number;
  attempts: number;
  next_attempt_at: SqlTimestamp;
  lease_until: SqlTimestamp | null;
  last_error: string | null;
  created_at: SqlTimestamp;
  updated_at: SqlTimestamp;
  completed_at: SqlTimestamp | null;
}

export interface BulkRecordsTable {
  job_id: string;
  idx: number;
  status: string;
  payload: string | null;
  document_id: string | null;
  document: string | null;
  error: string | null;
  updated_at: SqlTimestamp;
}

/** One row per key the servers on this database must share (migration 0010). */
export interface KeyFingerprintsTable {
  name: string;
  fingerprint: string;
}

export interface TestClocksTable {
  id: string;
  account_id: string;
  name: string | null;
  frozen_time: SqlTimestamp;
  whole_account: SqlBoolean;
  created_at: SqlTimestamp;
  updated_at: SqlTimestamp;
}

export interface TestClockGstinsTable {
  account_id: string;
  gstin: string;
  clock_id: string;
}

export interface Database {
  accounts: AccountsTable;
  api_keys: ApiKeysTable;
  tenants: TenantsTable;
  gstins: GstinsTable;
  gstin_route_credentials: GstinRouteCredentialsTable;
  credentials: CredentialsTable;
  credential_secrets: CredentialSecretsTable;
  access_tokens: AccessTokensTable;
  audit_events: AuditEventsTable;
  idempotency_keys: IdempotencyKeysTable;
  documents: DocumentsTable;
  ewbs: EwbsTable;
  webhook_endpoints: WebhookEndpointsTable;
  request_logs: RequestLogsTable;
  rate_limits: RateLimitsTable;
  outbox_events: OutboxEventsTable;
  reconcile_tasks: ReconcileTasksTable;
  bulk_jobs: BulkJobsTable;
  bulk_records: BulkRecordsTable;
  key_fingerprints: KeyFingerprintsTable;
  test_clocks: TestClocksTable;
  test_clock_gstins: TestClockGstinsTable;
}
