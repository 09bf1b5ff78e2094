// Rows as the application sees them (camelCase, JSON columns already parsed, instants as Date).
// Storage adapters map these to and from SQL; nothing here knows about a particular database.

export type Environment = 'sandbox' | 'production';
export type Scope = 'irn:write' | 'ewb:write' | 'notes:write' | 'read';
export type Plan = 'developer' | 'standard' | 'custom';

export interface AccountRecord {
  id: string; // acct_...
  name: string;
  environment: Environment;
  createdAt: Date;
  /** The dated API version calls without an `Einvoice-Version` header are answered in (app/versions). */
  apiVersion: string;
}

/** What a restricted API key may do (app/usecases/permissions.ts maps every operation to one). */
export type Permission = 'read' | 'documents' | 'admin';

export interface ApiKeyRecord {
  id: string; // key_test_... / key_live_...
  accountId: string;
  prefix: string; // first characters of the secret, for display
  hash: string; // see app/security/secret-hash.ts; never the secret
  createdAt: Date;
  revokedAt: Date | null;
  /** Restricted keys (rk_...) only: the tenant the key acts on, null for any tenant or none. */
  tenantId?: string | null;
  /** null: the unrestricted account key (sk_...). */
  permissions?: Permission[] | null;
  name?: string | null;
  last4?: string | null;
  /** Written at most once a minute per key (usecases/authenticate.ts). */
  lastUsedAt?: Date | null;
  /** An old secret after a roll: valid until then. */
  expiresAt?: Date | null;
  /** An old secret's row: the key (id) it belongs to, which it authenticates as. */
  rolledInto?: string | null;
}

/** A business a platform invoices for (issue #24): GSTINs, webhook endpoints, logs and audit events belong to one. */
export interface TenantRecord {
  id: string; // ten_...
  accountId: string;
  name: string;
  metadata: Record<string, string>;
  plan: Plan;
  rateLimitRps: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface GstinRecord {
  accountId: string;
  gstin: string;
  environment: Environment;
  description: string | null;
  irpUsername: string;
  irpPasswordEnc: string; // AES-256-GCM envelope from app/security/secret-box.ts
  largeTaxpayer: boolean;
  createdAt: Date;
  updatedAt: Date;
  /** The tenant it was registered under (null: the account itself); its documents and credentials follow it. */
  tenantId: string | null;
}

/**
 * A GSTIN's API users on one GSP route (GSP_ROUTES `name`): NIC creates API users per GSP, and the e-way bill
 * system has its own. Passwords are sealed like the GSTIN's IRP password. `refusedReason` is set when the
 * route refused the login on a document's call (the route is unusable for the GSTIN until they are replaced).
 */
export interface RouteCredentialRecord {
  accountId: string;
  gstin: string;
  route: string;
  irpUsername: string;
  irpPasswordEnc: string;
  ewbUsername: string | null;
  ewbPasswordEnc: string | null;
  refusedReason: string | null;
  refusedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface CredentialRecord {
  clientId: string; // cli_test_... / cli_live_...
  accountId: string;
  gstin: string;
  environment: Environment;
  name: string | null;
  scopes: Scope[];
  plan: Plan;
  rateLimitRps: number;
  createdAt: Date;
  revokedAt: Date | null;
  /** RFC 9421 HMAC key, sealed (app/security/secret-box.ts); null for credentials made before signing. */
  signingKeyEnc: string | null;
  /** Requests with this credential's tokens, and its token requests, must carry a valid RFC 9421 signature. */
  requireSignatures: boolean;
}

export interface CredentialSecretRecord {
  id: string; // sec_...
  clientId: string;
  prefix: string;
  hash: string;
  createdAt: Date;
  expiresAt: Date | null;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
}

export interface AccessTokenRecord {
  tokenHash: string; // sha256 of the bearer token; the token itself is never stored
  clientId: string;
  secretId: string;
  accountId: string;
  gstin: string;
  environment: Environment;
  scopes: Scope[];
  createdAt: Date;
  expiresAt: Date;
}

export type AuditEventType =
  | 'gstin.registered'
  | 'gstin.updated'
  | 'gstin.deleted'
  | 'credential.created'
  | 'credential.revoked'
  | 'credential.secret_added'
  | 'credential.secret_revoked'
  | 'auth.failed'
  | 'auth.forbidden'
  | 'webhook_endpoint.secret_rotated'
  | 'webhook_endpoint.disabled'
  | 'onboarding_link.created'
  | 'onboarding_link.connected'
  | 'onboarding_link.failed'
  | 'onboarding_link.revoked'
  | 'tenant.created'
  | 'tenant.updated'
  | 'api_key.created'
  | 'api_key.rolled'
  | 'api_key.revoked';

export interface AuditEventRecord {
  id: string; // aud_... (sortable: time-ordered)
  accountId: string | null; // null when the caller could not be tied to an account (unknown client id)
  type: AuditEventType;
  occurredAt: Date;
  actorType: 'api_key' | 'client' | 'anonymous' | 'system';
  actorId: string | null;
  gstin: string | null;
  clientId: string | null;
  requestId: string | null;
  ip: string | null;
  data: Record<string, unknown>;
  tenantId: string | null;
}

export interface IdempotencyRecord {
  accountId: string;
  scope: string; // the GSTIN for document calls, '*' for account-key calls
  key: string;
  operation: string; // operationId: the same key on another endpoint is another request
  fingerprint: string; // sha256 of method, path and canonical body
  /**
   * in_flight: a request holds it. deferred: answered 202 (queued, or being reconciled); the document's final
   * outcome completes it. completed: the stored answer is replayed.
   */
  state: 'in_flight' | 'deferred' | 'completed';
  lockedUntil: Date | null; // an in-flight claim older than this is abandoned and may be retaken
  responseStatus: number | null;
  responseHeaders: Record<string, string> | null;
  responseBody: unknown;
  resourceId: string | null;
  createdAt: Date;
  expiresAt: Date;
}

/** The IRP's signed invoice and QR code checked against NIC's certificates (ports/signatures.ts). */
export interface SignatureVerification {
  /** verified: both JWTs verify with a configured NIC certificate; failed: one does not; unverified: no check ran. */
  status: 'verified' | 'failed' | 'unverified';
  /** Why it failed or was not checked (which JWT, which kid); null when verified. */
  reason: string | null;
}

export type DocumentStatus = 'pending' | 'queued' | 'generated' | 'failed' | 'cancelled';

export interface DocumentRecord {
  id: string; // doc_...
  accountId: string;
  gstin: string;
  environment: Environment;
  docType: 'INV' | 'CRN' | 'DBN';
  docNo: string; // as sent
  docNoKey: string; // upper-cased: the IRP's de-duplication key
  docDate: string; // dd/MM/yyyy
  financialYear: string; // 2026-27
  status: DocumentStatus;
  irn: string | null;
  ackNo: number | null;
  ackDt: string | null;
  signedInvoice: string | null;
  signedQrCode: string | null;
  /** The signed JWTs checked against NIC's certificates when the IRN was recorded; null before. */
  signatureVerification?: SignatureVerification | null;
  ewbNo: number | null;
  ewbDt: string | null;
  ewbValidTill: string | null;
  remarks: string | null;
  info: unknown[];
  gstnErrors: unknown[];
  cancellableUntil: Date | null;
  cancelledAt: Date | null;
  cancelReason: string | null;
  cancelDate: string | null;
  gsp: string | null;
  irp: string | null;
  buyerGstin: string;
  totalValue: number;
  payload: unknown; // the INV-01 request as accepted
  createdAt: Date;
  updatedAt: Date;
}

export type EwbStatus = 'part_a' | 'active' | 'cancelled' | 'expired';

export interface EwbRecord {
  id: string; // ewb_...
  accountId: string;
  gstin: string;
  irn: string;
  ewbNo: number;
  ewbDt: string;
  ewbValidTill: string | null;
  status: EwbStatus;
  distanceKm: number;
  vehicles: unknown[];
  extensionCount: number;
  remarks: string | null;
  cancellableUntil: Date | null;
  cancelledAt: Date | null;
  gsp: string | null;
  irp: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface WebhookEndpointRecord {
  id: string; // we_...
  accountId: string;
  url: string;
  description: string | null;
  events: string[];
  gstins: string[];
  enabled: boolean;
  secretEnc: string; // current whsec_ secret, encrypted at rest
  previousSecretEnc: string | null;
  previousSecretExpiresAt: Date | null;
  /** Set by the first failed attempt after a success (or since creation); cleared by any success. */
  failingSince: Date | null;
  /** Why `enabled` is false: `manual` (through the API) or `failing` (disabled automatically). */
  disabledReason: EndpointDisabledReason | null;
  disabledAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  deletedAt: Date | null;
  /** Only this tenant's events; null: a platform-level endpoint, every event of the account. */
  tenantId: string | null;
}

export type EndpointDisabledReason = 'manual' | 'failing';

export interface RequestLogRecord {
  id: string; // log_... (sortable: time-ordered)
  accountId: string | null;
  requestId: string;
  gstin: string | null;
  clientId: string | null;
  operation: string;
  method: string;
  path: string;
  status: number;
  idempotencyKey: string | null;
  replayed: boolean;
  irn: string | null;
  latencyMs: Record<string, number>;
  upstreamAttempts: unknown[];
  requestBody: unknown;
  responseBody: unknown;
  createdAt: Date;
  /** The dated API version the call was answered in (null: refused before one was chosen, or logged before versions). */
  apiVersion: string | null;
  /** Deprecation warnings the answer carried (a deprecated field the request used). */
  warnings: ApiWarning[];
  /** Set when the body sent to the IRP was translated to another NIC schema version than the one received. */
  schemaTranslation: SchemaTranslation | null;
  /** The principal's tenant, or the GSTIN's, when the row was written. */
  tenantId: string | null;
}

/** A deprecation warning: what was used, until when it works, what replaces it. */
export interface ApiWarning {
  code: 'deprecated_field';
  field: string;
  message: string;
  sunset: string;
  replacement: string;
  guide: string;
}

export interface SchemaTranslation {
  received: string;
  sent: string;
  /** The document as sent to the IRP (redacted like the request body). */
  sent_body: unknown;
}

/** What a list page carries: everything but the bodies, which only the detail (and the export) return. */
export type RequestLogSummaryRecord = Omit<RequestLogRecord, 'requestBody' | 'responseBody' | 'schemaTranslation'>;

export interface OutboxEventRecord {
  id: string; // msg_... : becomes the webhook-id
  accountId: string;
  gstin: string | null;
  type: string;
  payload: unknown;
  createdAt: Date;
  dispatchedAt: Date | null;
}

// --- Webhook deliveries (migration 0002-webhooks) ---

/** `pending` waits for its next attempt; `succeeded`; `dead` the whole retry schedule failed (dead-letter queue). */
export type DeliveryStatus = 'pending' | 'succeeded' | 'dead';

/** One event for one endpoint. The event id (msg_...) is the webhook-id on every attempt and replay. */
export interface WebhookDeliveryRecord {
  id: string; // wd_... (sortable: time-ordered)
  accountId: string;
  endpointId: string;
  eventId: string; // msg_... : the outbox row's id
  eventType: string;
  gstin: string | null;
  /** The exact bytes sent (and signed) on every attempt, fixed at fan-out so retries and replays match. */
  body: string;
  status: DeliveryStatus;
  attemptCount: number;
  /** attemptCount when the current retry schedule began: 0, or the count at the last replay. */
  scheduleStart: number;
  nextAttemptAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface DeliveryAttemptRecord {
  id: string; // wda_... (sortable)
  deliveryId: string;
  attemptedAt: Date;
  statusCode: number | null; // null when the receiver never answered
  latencyMs: number;
  responseExcerpt: string | null; // first 1 KiB of the answer
  error: string | null; // timeout, connection_refused, ssrf_blocked, payload_too_large, ...
}

export interface WebhookDeliveryWithAttempts {
  delivery: WebhookDeliveryRecord;
  attempts: DeliveryAttemptRecord[]; // oldest first
}

/** What the reconciler resolves: a document generation or a cancellation whose outcome is unknown. */
/**
 * generate / cancel: an IRN document; ewb_generate: an e-way bill by IRN for the document; ewb_cancel / ewb_vehicle
 * / ewb_extend: a change to an e-way bill (its `documentId` is the e-way bill's id), opened before the change is
 * sent and resolved with its answer, so a change whose answer never arrived (or was never recorded) stays open.
 */
export type ReconcileKind = 'generate' | 'cancel' | 'ewb_generate' | 'ewb_cancel' | 'ewb_vehicle' | 'ewb_extend';
export const RECONCILE_KINDS: readonly ReconcileKind[] = [
  'generate',
  'cancel',
  'ewb_generate',
  'ewb_cancel',
  'ewb_vehicle',
  'ewb_extend',
];
export type ReconcileOutcome =
  | 'generated' // the IRP holds the IRN: recorded
  | 'resubmitted' // the IRP did not hold it: submitted again from the stored request, and registered
  | 'failed' // the IRP does not hold it and refused it on content
  | 'cancelled' // the IRP cancelled it
  | 'not_cancelled' // the IRP still holds it active: the cancellation never took effect
  | 'not_generated' // the IRP holds no e-way bill for the IRN: the generation never took effect
  | 'applied' // the IRP holds the e-way bill change: recorded
  | 'not_applied' // the IRP does not hold the e-way bill change: it never took effect
  | 'already_final' // settled meanwhile by a request or the queue
  | 'gone'; // the document or its GSTIN no longer exists

export interface ReconcileTaskRecord {
  id: string;
  kind: ReconcileKind;
  accountId: string;
  gstin: string;
  documentId: string;
  /** Why it was handed over: `crash` (pending past the deadline), `upstream_timeout`, `duplicate_unresolved`, ... */
  reason: string;
  /** Kind-specific input (a cancellation's CnlRsn/CnlRem). */
  detail: Record<string, unknown> | null;
  state: 'open' | 'resolved';
  attempts: number;
  nextAttemptAt: Date;
  leaseUntil: Date | null;
  outcome: ReconcileOutcome | null;
  lastError: string | null;
  createdAt: Date;
  resolvedAt: Date | null;
}

// --- Bulk jobs (migration 0009) ---

/** queued: nobody runs it yet; running: a runner holds (or held) its lease; completed: every record has an outcome. */
export type BulkJobStatus = 'queued' | 'running' | 'completed';
/** pending: no outcome yet (a restart resumes it); the others are final for the job. */
export type BulkRecordStatus = 'pending' | 'generated' | 'replayed' | 'queued' | 'failed';

export interface BulkJobRecord {
  id: string;
  accountId: string;
  gstin: string;
  environment: Environment;
  idempotencyKey: string | null;
  /** The request that created it (per-record problems name it). */
  requestId: string;
  status: BulkJobStatus;
  total: number;
  attempts: number;
  nextAttemptAt: Date;
  leaseUntil: Date | null;
  lastError: string | null;
  createdAt: Date;
  updatedAt: Date;
  completedAt: Date | null;
}

export interface BulkRecordRow {
  jobId: string;
  index: number;
  status: BulkRecordStatus;
  /** The record's document as sent (parsed); null once the record has an outcome. */
  payload: unknown;
  documentId: string | null;
  /** The outcome as presented: the document, or the problem. */
  document: Record<string, unknown> | null;
  error: Record<string, unknown> | null;
  updatedAt: Date;
}

export type BulkCounts = Record<BulkRecordStatus, number>;

/** A sandbox test clock (issue #20): frozen at `frozenTime` until advanced; its GSTINs (or the whole account) follow it. */
export interface TestClockRecord {
  id: string;
  accountId: string;
  name: string | null;
  frozenTime: Date;
  /** Every sandbox GSTIN of the account that is not attached to a clock of its own follows this one. */
  wholeAccount: boolean;
  gstins: string[];
  createdAt: Date;
  updatedAt: Date;
}

// --- Dashboard sessions (migration 0012-dashboard-sessions) ---

/** A signed-in dashboard browser ('session') or an unused one-time sign-in link ('link'). */
export interface DashboardSessionRecord {
  tokenHash: string;
  kind: 'session' | 'link';
  accountId: string;
  keyId: string;
  csrfToken: string;
  createdAt: Date;
  idleUntil: Date;
  expiresAt: Date;
}

// --- Hosted credential onboarding (migration 0018-onboarding-links) ---

/** pending -> connected (the business entered a working IRP user) | failed (too many refusals) | revoked. */
export type OnboardingLinkStatus = 'pending' | 'connected' | 'failed' | 'revoked';

/**
 * A one-time link a platform sends to a business so it can enter its IRP API user itself (issue #24). Only the
 * token's keyed hash is stored; the password entered on the page goes into the GSTIN's sealed IRP password,
 * never here. `expired` is not stored: a pending link past expiresAt reads as expired.
 */
export interface OnboardingLinkRecord {
  id: string; // onb_...
  accountId: string;
  /** The tenant the GSTIN belongs to (issue #24, tenants); null for the account itself. */
  tenantId: string | null;
  environment: Environment;
  gstin: string;
  description: string | null;
  tokenHash: string;
  /** The account key that created it (the audit trail's actor for what the page does). */
  createdByKeyId: string;
  status: OnboardingLinkStatus;
  failedAttempts: number;
  /** The IRP's last refusal (NIC code and message), kept while the link stays pending. */
  failureCode: string | null;
  failureMessage: string | null;
  expiresAt: Date;
  connectedAt: Date | null;
  revokedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}
