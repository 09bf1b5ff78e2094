// The storage port. Two adapters implement it (SQLite via better-sqlite3, PostgreSQL via pg, both through
// Kysely) and one contract suite (server/test/storage/) runs against both.
import type {
  AccessTokenRecord,
  AccountRecord,
  ApiKeyRecord,
  AuditEventRecord,
  AuditEventType,
  CredentialRecord,
  CredentialSecretRecord,
  DocumentRecord,
  DocumentStatus,
  EwbRecord,
  GstinRecord,
  IdempotencyRecord,
  OutboxEventRecord,
  ReconcileKind,
  ReconcileOutcome,
  ReconcileTaskRecord,
  RequestLogRecord,
  RequestLogSummaryRecord,
  RouteCredentialRecord,
  TenantRecord,
  WebhookEndpointRecord,
} from './records.js';

/** Newest first. `startingAfter` is the id (or key) of the last item of the previous page. */
export interface PageQuery {
  limit: number;
  startingAfter?: string;
}
export interface Page<T> {
  items: T[];
  hasMore: boolean;
}

export interface AccountRepo {
  insert(account: AccountRecord): Promise<void>;
  get(id: string): Promise<AccountRecord | undefined>;
  count(): Promise<number>;
}

export interface ApiKeyRepo {
  insert(key: ApiKeyRecord): Promise<void>;
  /**
   * Candidates for a presented key, by its display prefix; the caller verifies the hash. A rolled key's old
   * secret is a row of its own whose `rolledInto` names the key it belongs to.
   */
  findByPrefix(prefix: string): Promise<ApiKeyRecord[]>;
  /** A live restricted key of the account (not the account key, not an old secret's row, not revoked). */
  get(accountId: string, id: string): Promise<ApiKeyRecord | undefined>;
  /** Live restricted keys, newest first (cursor: id). */
  list(accountId: string, page: PageQuery): Promise<Page<ApiKeyRecord>>;
  /** Gives the key a new secret; the old one becomes `previous` (its own row, rolledInto = id), or nothing. */
  roll(
    accountId: string,
    id: string,
    next: Pick<ApiKeyRecord, 'prefix' | 'hash' | 'last4'>,
    previous: ApiKeyRecord | undefined,
  ): Promise<boolean>;
  /** Revokes the key and every old secret of it; false when it was not live. */
  revoke(accountId: string, id: string, at: Date): Promise<boolean>;
  /** Expires a rolled key's old secrets at `at` (a roll with expires_in_seconds 0). */
  expirePrevious(accountId: string, id: string, at: Date): Promise<void>;
  touch(id: string, at: Date): Promise<void>;
}

export interface TenantRepo {
  insert(tenant: TenantRecord): Promise<void>;
  get(accountId: string, id: string): Promise<TenantRecord | undefined>;
  /** Newest first (cursor: id). */
  list(accountId: string, page: PageQuery): Promise<Page<TenantRecord>>;
  update(tenant: TenantRecord): Promise<void>;
}

/** Deleted GSTINs are invisible to get and list; their rows stay so that registering again revives them. */
export interface GstinRepo {
  /** Inserts, or revives a deleted registration (keeping its created_at); false when (accountId, gstin) is registered. */
  insert(gstin: GstinRecord): Promise<boolean>;
  get(accountId: string, gstin: string): Promise<GstinRecord | undefined>;
  list(accountId: string, page: PageQuery & { tenantId?: string }): Promise<Page<GstinRecord>>; // cursor: gstin
  /** Writes the IRP user, description and flag of a registered GSTIN; false when it is not registered. */
  update(gstin: GstinRecord): Promise<boolean>;
  /** Marks it deleted and erases the sealed IRP password; false when it is not registered. */
  markDeleted(accountId: string, gstin: string, at: Date): Promise<boolean>;
  /** The tenant the GSTIN is (or was, if deleted) registered under; null for the account itself or unknown. */
  tenantOf(accountId: string, gstin: string): Promise<string | null>;
}

/** Per-route API users of a GSTIN (migration 0014). */
export interface RouteCredentialRepo {
  /** Inserts or replaces (clearing a recorded refusal). */
  upsert(record: RouteCredentialRecord): Promise<void>;
  /** By route name. */
  list(accountId: string, gstin: string): Promise<RouteCredentialRecord[]>;
  remove(accountId: string, gstin: string, route: string): Promise<boolean>;
  /** Records that the route refused these users (kept until they are replaced). */
  markRefused(accountId: string, gstin: string, route: string, reason: string, at: Date): Promise<void>;
}

export interface CredentialRepo {
  insert(credential: CredentialRecord, firstSecret: CredentialSecretRecord): Promise<void>;
  get(clientId: string): Promise<CredentialRecord | undefined>;
  list(accountId: string, gstin: string, page: PageQuery): Promise<Page<CredentialRecord>>; // cursor: clientId
  revoke(clientId: string, at: Date): Promise<void>;
  secrets(clientId: string): Promise<CredentialSecretRecord[]>; // oldest first
  insertSecret(secret: CredentialSecretRecord): Promise<void>;
  revokeSecret(clientId: string, secretId: string, at: Date): Promise<boolean>;
  touchSecret(secretId: string, at: Date): Promise<void>;
}

/** A token with what authentication checks on every use, read together (one statement on the hot path). */
export interface ResolvedToken {
  token: AccessTokenRecord;
  /** The token's credential, or null when it no longer exists. */
  credential: { rateLimitRps: number; requireSignatures: boolean; revoked: boolean } | null;
  /** Whether the secret the token was issued under is revoked; null when that secret no longer exists. */
  secretRevoked: boolean | null;
  /** The tenant of the token's GSTIN (null: the account itself). */
  tenantId: string | null;
}

export interface TokenRepo {
  insert(token: AccessTokenRecord): Promise<void>;
  get(tokenHash: string): Promise<AccessTokenRecord | undefined>;
  /** get() joined with its credential's and secret's standing (expired tokens too, like get). */
  resolve(tokenHash: string): Promise<ResolvedToken | undefined>;
  deleteExpired(before: Date): Promise<number>;
}

export interface AuditQuery extends PageQuery {
  tenantId?: string;
  type?: AuditEventType;
  gstin?: string;
  from?: Date;
  to?: Date;
}
/** Append-only: there is deliberately no update or delete. */
export interface AuditRepo {
  append(event: AuditEventRecord): Promise<void>;
  list(accountId: string, query: AuditQuery): Promise<Page<AuditEventRecord>>;
}

export type ClaimResult =
  | { outcome: 'claimed'; record: IdempotencyRecord }
  | { outcome: 'existing'; record: IdempotencyRecord };
/** The answer an Idempotency-Key keeps for replay (IdempotencyRepo.complete). */
export interface KeyAnswer {
  status: number;
  headers: Record<string, string>;
  body: unknown;
  resourceId: string | null;
  /**
   * The outbox event written earlier in this transaction whose `data` this answer presents (a generate's
   * `irn.generated` / `note.generated`): where the stored text would be exactly that data's, the storage may
   * keep a reference to the event instead (a replay still reads the same bytes).
   */
  event?: string;
}

export interface IdempotencyRepo {
  /**
   * Atomically claims (accountId, scope, key): inserts an in-flight row, or retakes an expired one, or an
   * in-flight one whose lock has lapsed. Otherwise returns the existing row untouched. One statement
   * (INSERT .. ON CONFLICT), never read-then-write, so concurrent claims cannot both win.
   */
  claim(record: IdempotencyRecord, now: Date): Promise<ClaimResult>;
  complete(accountId: string, scope: string, key: string, response: KeyAnswer): Promise<void>;
  /** Links an in-flight key to the resource it asked for (the document), so a later settlement finds it. */
  attach(accountId: string, scope: string, key: string, resourceId: string): Promise<void>;
  /** The answer was 202: keep the key (no lock) until the resource's final outcome completes it. */
  defer(accountId: string, scope: string, key: string, resourceId: string): Promise<void>;
  /**
   * Completes every not-yet-completed key linked to the resource (in flight or deferred) with its final answer;
   * used by the queue worker and the reconciler inside the transaction that settles the document.
   */
  completeForResource(
    accountId: string,
    resourceId: string,
    response: { status: number; headers: Record<string, string>; body: unknown },
  ): Promise<number>;
  /** Drops an in-flight claim (the request failed before any effect: validation, upstream refused). */
  release(accountId: string, scope: string, key: string): Promise<void>;
  get(accountId: string, scope: string, key: string): Promise<IdempotencyRecord | undefined>;
  /** Removes keys expired at `now` and created (wall clock) before `createdBefore`. */
  deleteExpired(now: Date, createdBefore: Date): Promise<number>;
}

export interface DocumentQuery extends PageQuery {
  docType?: 'INV' | 'CRN' | 'DBN';
  status?: DocumentStatus;
  /** Document date range, inclusive, as yyyy-MM-dd. */
  from?: string;
  to?: string;
}
export interface DocumentRepo {
  /** Returns false when the natural key (accountId, gstin, docType, docNoKey, financialYear) exists. */
  insert(doc: DocumentRecord): Promise<boolean>;
  update(doc: DocumentRecord): Promise<void>;
  /**
   * Records an outcome only if no other request recorded one first (status not generated/cancelled):
   * the compare-and-set that keeps two racing requests from both announcing the same IRN.
   */
  updateUnlessFinal(doc: DocumentRecord): Promise<boolean>;
  /** Compare-and-set: writes only while the stored status is one of `from` (a cancellation recorded once). */
  updateIfStatus(doc: DocumentRecord, from: DocumentStatus[]): Promise<boolean>;
  get(accountId: string, gstin: string, id: string): Promise<DocumentRecord | undefined>;
  getByIrn(accountId: string, gstin: string, irn: string): Promise<DocumentRecord | undefined>;
  getByNaturalKey(
    accountId: string,
    gstin: string,
    docType: string,
    docNoKey: string,
    financialYear: string,
  ): Promise<DocumentRecord | undefined>;
  list(accountId: string, gstin: string, query: DocumentQuery): Promise<Page<DocumentRecord>>;
  /** Oldest first, unpaginated, for NDJSON export. */
  stream(
    accountId: string,
    gstin: string,
    query: Omit<DocumentQuery, 'limit' | 'startingAfter'>,
  ): AsyncIterable<DocumentRecord>;
  /** Outage queue: park a document (status `queued`) until `nextAttemptAt`. */
  enqueue(doc: DocumentRecord, nextAttemptAt: Date): Promise<void>;
  /**
   * Hands a `pending` document to the outage queue, due at `nextAttemptAt`, without touching anything else
   * (its attempt is still in flight and may record it first). False when it is no longer pending.
   */
  park(id: string, nextAttemptAt: Date): Promise<boolean>;
  /** Due queued documents, leased to the caller for `leaseMs`; `attempts` counts this one. */
  claimQueued(limit: number, now: Date, leaseMs: number): Promise<{ doc: DocumentRecord; attempts: number }[]>;
  reschedule(id: string, nextAttemptAt: Date): Promise<void>;
  /** Heartbeat: extends the lease on queued documents this worker still holds. */
  renewLease(ids: string[], leaseUntil: Date): Promise<void>;
  /** Pending documents last touched before `before` (a request that never finished: crash, lost answer). */
  listStalePending(before: Date, limit: number): Promise<DocumentRecord[]>;
}

/** The reconciler's work list (migration 0007). One open task per (kind, document). */
export interface ReconcileRepo {
  /** Opens a task, due at `dueAt`; false when one is already open for (kind, documentId). */
  enqueue(task: ReconcileTaskRecord): Promise<boolean>;
  /** Due open tasks whose lease is free, leased to the caller; `attempts` counts this one. FOR UPDATE SKIP LOCKED on PostgreSQL. */
  claimDue(limit: number, now: Date, leaseMs: number): Promise<ReconcileTaskRecord[]>;
  renewLease(ids: string[], leaseUntil: Date): Promise<void>;
  /** Back to open, due at nextAttemptAt, lease released. */
  retryLater(id: string, nextAttemptAt: Date, lastError: string): Promise<void>;
  resolve(id: string, outcome: ReconcileOutcome, at: Date): Promise<void>;
  get(id: string): Promise<ReconcileTaskRecord | undefined>;
  listForDocument(documentId: string): Promise<ReconcileTaskRecord[]>;
  /** Open tasks: how many, and the oldest one's creation time (lag). */
  openSummary(): Promise<{ count: number; oldest: Date | null; byKind: Record<ReconcileKind, number> }>;
}

export interface EwbRepo {
  insert(ewb: EwbRecord): Promise<void>;
  update(ewb: EwbRecord): Promise<void>;
  /** Compare-and-set: writes only if the row was last updated at `seen` (no one recorded a change since). */
  updateIfUnchanged(ewb: EwbRecord, seen: Date): Promise<boolean>;
  get(accountId: string, gstin: string, ewbNo: number): Promise<EwbRecord | undefined>;
  listByIrn(accountId: string, gstin: string, irn: string): Promise<EwbRecord[]>;
}

export interface WebhookEndpointRepo {
  insert(endpoint: WebhookEndpointRecord): Promise<void>;
  update(endpoint: WebhookEndpointRecord): Promise<void>;
  get(accountId: string, id: string): Promise<WebhookEndpointRecord | undefined>; // excludes deleted
  list(accountId: string, page: PageQuery & { tenantId?: string }): Promise<Page<WebhookEndpointRecord>>; // excludes deleted
  /**
   * After an attempt, atomically on the row: a success clears failingSince; a failure sets it to `at` unless it
   * is already set. Writes nothing when there is nothing to change.
   */
  recordHealth(accountId: string, id: string, ok: boolean, at: Date): Promise<void>;
  /**
   * Disables a live, enabled endpoint that has been failing since `failingSinceAtOrBefore` or earlier
   * (disabledReason `failing`). Conditional and atomic: of concurrent callers exactly one gets the record back.
   */
  disableFailing(
    accountId: string,
    id: string,
    failingSinceAtOrBefore: Date,
    at: Date,
  ): Promise<WebhookEndpointRecord | undefined>;
}

export interface RequestLogQuery extends PageQuery {
  tenantId?: string;
  gstin?: string;
  irn?: string;
  operation?: string;
  /** Exact status, or a class: 400..499 for '4xx'. */
  statusMin?: number;
  statusMax?: number;
  from?: Date;
  to?: Date;
}
export interface RequestLogRepo {
  /**
   * `answerEvent`: the outbox event whose `data` the response body presents (a generate's). When the body is that
   * data exactly, the row references the event instead of holding a copy; reading the row puts the body back.
   */
  insert(log: RequestLogRecord, options?: { answerEvent?: string }): Promise<void>;
  get(accountId: string, id: string): Promise<RequestLogRecord | undefined>;
  /** Summaries: the bodies (several KB of signed JWT each) are not read for a list page. */
  list(accountId: string, query: RequestLogQuery): Promise<Page<RequestLogSummaryRecord>>;
  stream(accountId: string, query: Omit<RequestLogQuery, 'limit' | 'startingAfter'>): AsyncIterable<RequestLogRecord>;
  /**
   * Usage tallies (app/usecases/usage.ts): the account's successful (2xx), not replayed calls logged within
   * [from, to), counted per IST calendar day and operation, with the records of bulk jobs summed.
   */
  usage(accountId: string, range: { from: Date; to: Date; tenantId?: string }): Promise<UsageTally[]>;
}

/** One (IST day, operation) cell of the usage tallies. */
export interface UsageTally {
  /** The IST calendar day, YYYY-MM-DD. */
  day: string;
  operation: string;
  calls: number;
  /** bulkGenerateIrn only: the records the calls' jobs accepted (their `summary.total`); 0 otherwise. */
  records: number;
}

export interface RateLimitRepo {
  /**
   * Token bucket, atomically: refills `ratePerSecond` tokens/s up to `burst`, then takes one if available.
   * Shared by every server process on the same database.
   */
  take(
    key: string,
    ratePerSecond: number,
    burst: number,
    now: Date,
  ): Promise<{ allowed: boolean; remaining: number; resetSeconds: number }>;
}

export interface OutboxRepo {
  append(event: OutboxEventRecord): Promise<void>;
}

export interface Repositories {
  accounts: AccountRepo;
  apiKeys: ApiKeyRepo;
  tenants: TenantRepo;
  gstins: GstinRepo;
  routeCredentials: RouteCredentialRepo;
  credentials: CredentialRepo;
  tokens: TokenRepo;
  audit: AuditRepo;
  idempotency: IdempotencyRepo;
  documents: DocumentRepo;
  ewbs: EwbRepo;
  webhookEndpoints: WebhookEndpointRepo;
  requestLogs: RequestLogRepo;
  rateLimits: RateLimitRepo;
  outbox: OutboxRepo;
  reconcile: ReconcileRepo;
}

export interface Storage extends Repositories {
  readonly dialect: 'sqlite' | 'postgres';
  /** Runs fn in one transaction; the repositories passed in are bound to it. Rolls back on throw. */
  transaction<T>(fn: (tx: Repositories) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

// --- Webhook dispatch (migration 0002-webhooks) ---
import type {
  DeliveryAttemptRecord,
  DeliveryStatus,
  WebhookDeliveryRecord,
  WebhookDeliveryWithAttempts,
} from './records.js';

/**
 * The dispatcher's side of the outbox. Claims are leases: a claimed row is invisible to other claimers until
 * `now + leaseMs`; a process that dies mid-batch simply lets its leases lapse (crash recovery = time).
 */
export interface OutboxRepo {
  /**
   * Undispatched rows whose lease is free, oldest first; FOR UPDATE SKIP LOCKED on PostgreSQL. With
   * `signedPayload: false` a document's signed JWTs may still be the references append() stored (no read of
   * the documents): for a caller that completes only the events it sends, with withSignedPayload.
   */
  claimBatch(
    limit: number,
    now: Date,
    leaseMs: number,
    options?: { signedPayload?: boolean },
  ): Promise<OutboxEventRecord[]>;
  /** The events with their documents' signed JWTs put back (one read for all of them). */
  withSignedPayload(events: OutboxEventRecord[]): Promise<OutboxEventRecord[]>;
  /** Marks the rows dispatched (one statement for the batch). */
  markDispatched(ids: readonly string[], at: Date): Promise<void>;
}

export interface DeliveryQuery extends PageQuery {
  /** Deliveries to this tenant's endpoints only. */
  tenantId?: string;
  endpointId?: string;
  status?: DeliveryStatus;
  eventType?: string;
}

/** What an attempt did to its delivery. */
export interface AttemptOutcome {
  status: DeliveryStatus;
  nextAttemptAt: Date | null;
}

export interface WebhookDeliveryRepo {
  /** Returns false when (eventId, endpointId) already exists, so a repeated fan-out adds nothing. */
  insert(delivery: WebhookDeliveryRecord): Promise<boolean>;
  get(accountId: string, id: string): Promise<WebhookDeliveryWithAttempts | undefined>;
  /** Newest first (cursor: delivery id), attempts included. */
  list(accountId: string, query: DeliveryQuery): Promise<Page<WebhookDeliveryWithAttempts>>;
  /**
   * Pending deliveries that are due, whose endpoint is live and enabled, and whose lease is free; leased to
   * the caller until now + leaseMs, soonest due first; concurrent claimers take disjoint rows.
   * `perEndpoint` caps each endpoint's leased deliveries (leases held by any process count against it), so one
   * endpoint's backlog cannot fill a claim: the claim takes at most `perEndpoint - leased` per endpoint (two
   * claimers counting at the same moment may each fill that room).
   */
  claimDue(limit: number, now: Date, leaseMs: number, perEndpoint?: number): Promise<WebhookDeliveryRecord[]>;
  /**
   * When the sender should look again: the earliest next_attempt_at later than `after` of a pending delivery of
   * a live, enabled endpoint whose lease is free (an expired lease counts as free); null when there is none.
   * Deliveries due at or before `after` are the business of the claim made at `after`: it took them, or their
   * endpoint was at its limit and a finishing attempt will wake the sender.
   */
  nextDueAt(after: Date): Promise<Date | null>;
  /** Frees the leases of claimed deliveries whose attempt was abandoned (the sender stopping): due again at once. */
  release(ids: readonly string[]): Promise<void>;
  /** Appends the attempt, bumps attemptCount, applies the outcome and frees the lease, atomically. */
  recordAttempt(attempt: DeliveryAttemptRecord, outcome: AttemptOutcome): Promise<void>;
  /** Back to pending, due now, schedule restarted, same event id. Undefined when not found. */
  replay(accountId: string, id: string, now: Date): Promise<WebhookDeliveryRecord | undefined>;
  /** An endpoint was deleted: its pending deliveries stop (dead, not due); returns how many. */
  abandonPending(accountId: string, endpointId: string, at: Date): Promise<number>;
}

export interface Repositories {
  webhookDeliveries: WebhookDeliveryRepo;
}

// --- Bulk jobs (migration 0009-bulk-jobs) ---
import type { BulkCounts, BulkJobRecord, BulkRecordRow } from './records.js';

/** A record's outcome, written once (only while the record is still pending). */
export interface BulkRecordOutcome {
  status: Exclude<BulkRecordRow['status'], 'pending'>;
  documentId: string | null;
  document: Record<string, unknown> | null;
  error: Record<string, unknown> | null;
}

export interface BulkJobRepo {
  /** The job and its records (each document stored once, as sent); false when the Idempotency-Key already has a job. */
  create(job: BulkJobRecord, documents: unknown[]): Promise<boolean>;
  get(accountId: string, gstin: string, id: string): Promise<BulkJobRecord | undefined>;
  getByIdempotencyKey(accountId: string, gstin: string, key: string): Promise<BulkJobRecord | undefined>;
  /**
   * Jobs not completed whose lease is free and that are due, leased to the caller until now + leaseMs (status
   * `running`, attempts + 1), oldest first; concurrent claimers take disjoint jobs (SKIP LOCKED on PostgreSQL).
   */
  claimDue(limit: number, now: Date, leaseMs: number): Promise<BulkJobRecord[]>;
  renewLease(ids: string[], leaseUntil: Date): Promise<void>;
  /** Frees the lease of a job that still has pending records: due again at `nextAttemptAt`. */
  retryLater(id: string, nextAttemptAt: Date, lastError: string | null): Promise<void>;
  /** Records without an outcome, by index. */
  pendingRecords(jobId: string): Promise<BulkRecordRow[]>;
  /** Links a pending record to its document as soon as the document row exists. */
  attachDocument(jobId: string, index: number, documentId: string): Promise<void>;
  /** Writes the outcome if the record is still pending; false when it already had one. */
  settleRecord(jobId: string, index: number, outcome: BulkRecordOutcome, at: Date): Promise<boolean>;
  counts(jobId: string): Promise<BulkCounts>;
  /** Records by index after `startingAfter` (an index, as text), `limit` of them. */
  listRecords(jobId: string, page: PageQuery): Promise<Page<BulkRecordRow>>;
  /** Marks it completed (once: false when it already was, so the caller announces it once). */
  complete(id: string, at: Date): Promise<boolean>;
}

export interface Repositories {
  bulkJobs: BulkJobRepo;
}

// --- Sandbox test clocks (migration 0011-test-clocks) ---
import type { TestClockRecord } from './records.js';

export interface TestClockRepo {
  /** Inserts the clock and attaches the GSTINs; false (nothing written) when one of them follows another clock already. */
  create(clock: TestClockRecord): Promise<boolean>;
  get(accountId: string, id: string): Promise<TestClockRecord | undefined>;
  /** Newest first; `gstin` narrows to the clocks that GSTIN follows (its own, or the account's). */
  list(accountId: string, page: PageQuery & { gstin?: string }): Promise<Page<TestClockRecord>>;
  setFrozenTime(accountId: string, id: string, frozenTime: Date, at: Date): Promise<void>;
  /**
   * Brings the retries of the clock's GSTINs `byMs` closer (never earlier than `now`): queued documents' next
   * attempts and pending webhook deliveries' next attempts, so advancing a clock past a retry makes it due.
   * Returns how many schedules moved.
   */
  pullRetriesForward(accountId: string, id: string, byMs: number, now: Date): Promise<number>;
  delete(accountId: string, id: string): Promise<boolean>;
  /** The clock a GSTIN follows: the one it is attached to, else the account's whole-account clock. */
  forGstin(accountId: string, gstin: string): Promise<TestClockRecord | undefined>;
}

export interface Repositories {
  testClocks: TestClockRepo;
}

// --- Dashboard sessions (migration 0012-dashboard-sessions) ---
import type { DashboardSessionRecord } from './records.js';

export interface DashboardSessionRepo {
  insert(session: DashboardSessionRecord): Promise<void>;
  get(tokenHash: string): Promise<DashboardSessionRecord | undefined>;
  /** Slides the idle expiry (never past expiresAt). */
  touch(tokenHash: string, idleUntil: Date): Promise<void>;
  /** Deletes the row; true when it existed (a sign-in link is used once: only one caller gets true). */
  delete(tokenHash: string): Promise<boolean>;
  deleteExpired(now: Date): Promise<number>;
}

export interface Repositories {
  dashboardSessions: DashboardSessionRepo;
}

// --- Hosted credential onboarding (migration 0018-onboarding-links) ---
import type { OnboardingLinkRecord } from './records.js';

export interface OnboardingLinkRepo {
  insert(link: OnboardingLinkRecord): Promise<void>;
  get(accountId: string, id: string): Promise<OnboardingLinkRecord | undefined>;
  byTokenHash(tokenHash: string): Promise<OnboardingLinkRecord | undefined>;
  /** Newest first (cursor: id). */
  list(accountId: string, page: PageQuery & { tenantId?: string }): Promise<Page<OnboardingLinkRecord>>;
  /** Pending links of a GSTIN (created before a new one, which revokes them). */
  pendingFor(accountId: string, gstin: string): Promise<OnboardingLinkRecord[]>;
  /** pending -> revoked; false when it was no longer pending. */
  revoke(id: string, at: Date): Promise<boolean>;
  /** pending -> connected, failure cleared; false when it was no longer pending (one caller wins). */
  markConnected(id: string, at: Date): Promise<boolean>;
  /**
   * Counts one refused attempt on a pending link and records the IRP's answer; the attempt that reaches
   * `maxAttempts` turns it failed. Returns the link as it now is (undefined when it was no longer pending).
   */
  recordFailure(
    id: string,
    failure: { code: string; message: string },
    maxAttempts: number,
    at: Date,
  ): Promise<OnboardingLinkRecord | undefined>;
}

export interface Repositories {
  onboardingLinks: OnboardingLinkRepo;
}
