// Records -> the API's JSON shapes (spec components). Used for responses and for webhook payloads,
// which must be snapshots of the public shape at the moment of the event.
import type {
  ApiKeyRecord,
  CredentialRecord,
  CredentialSecretRecord,
  DocumentRecord,
  EwbRecord,
  GstinRecord,
  OnboardingLinkRecord,
  RequestLogRecord,
  RequestLogSummaryRecord,
  RouteCredentialRecord,
  TenantRecord,
  TestClockRecord,
} from './ports/records.js';
import type { Page } from './ports/storage.js';
import { PROBLEM_BASE, type ProblemError } from './problems.js';
import { stateOf } from './usecases/onboarding.js';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function presentGstin(g: GstinRecord) {
  return {
    object: 'gstin',
    gstin: g.gstin,
    environment: g.environment,
    description: g.description,
    irp_username: g.irpUsername,
    irp_password_set: g.irpPasswordEnc.length > 0,
    large_taxpayer: g.largeTaxpayer,
    tenant: g.tenantId,
    created_at: g.createdAt.toISOString(),
    updated_at: g.updatedAt.toISOString(),
  };
}

export function presentGspRouteUser(r: RouteCredentialRecord) {
  return {
    object: 'gsp_route_user',
    gstin: r.gstin,
    route: r.route,
    irp_username: r.irpUsername,
    ewb_username: r.ewbUsername,
    status: r.refusedReason === null ? 'active' : 'refused',
    refused_reason: r.refusedReason,
    refused_at: iso(r.refusedAt),
    created_at: r.createdAt.toISOString(),
    updated_at: r.updatedAt.toISOString(),
  };
}

export function presentSecret(s: CredentialSecretRecord) {
  return {
    id: s.id,
    prefix: s.prefix,
    created_at: s.createdAt.toISOString(),
    expires_at: iso(s.expiresAt),
    revoked_at: iso(s.revokedAt),
    last_used_at: iso(s.lastUsedAt),
  };
}

export function presentCredential(c: CredentialRecord, secrets: CredentialSecretRecord[]) {
  return {
    object: 'credential',
    client_id: c.clientId,
    gstin: c.gstin,
    name: c.name,
    scopes: c.scopes,
    plan: c.plan,
    rate_limit_rps: c.rateLimitRps,
    require_signatures: c.requireSignatures,
    environment: c.environment,
    secrets: secrets.map(presentSecret),
    created_at: c.createdAt.toISOString(),
    revoked_at: iso(c.revokedAt),
  };
}

export function presentList<T, U>(page: Page<T>, present: (item: T) => U, cursorOf: (item: T) => string) {
  const last = page.items[page.items.length - 1];
  return {
    object: 'list',
    data: page.items.map(present),
    has_more: page.hasMore,
    next_cursor: page.hasMore && last ? cursorOf(last) : null,
  };
}

export function presentDocument(d: DocumentRecord) {
  return {
    id: d.id,
    object: 'document',
    status: d.status,
    gstin: d.gstin,
    doc_type: d.docType,
    doc_no: d.docNo,
    doc_date: d.docDate,
    Irn: d.irn,
    AckNo: d.ackNo,
    AckDt: d.ackDt,
    SignedInvoice: d.signedInvoice,
    SignedQRCode: d.signedQrCode,
    signature_verification: d.signatureVerification ?? null,
    EwbNo: d.ewbNo,
    EwbDt: d.ewbDt,
    EwbValidTill: d.ewbValidTill,
    Remarks: d.remarks,
    CancelDate: d.cancelDate,
    info: d.info,
    ...(d.gstnErrors.length ? { gstn_errors: d.gstnErrors } : {}),
    cancellable_until: iso(d.cancellableUntil),
    cancelled_at: iso(d.cancelledAt),
    cancel_reason: d.cancelReason,
    gsp: d.gsp,
    irp: d.irp,
    environment: d.environment,
    created_at: d.createdAt.toISOString(),
    updated_at: d.updatedAt.toISOString(),
  };
}

export function presentDocumentSummary(d: DocumentRecord) {
  return {
    id: d.id,
    object: 'document',
    doc_type: d.docType,
    doc_no: d.docNo,
    doc_date: d.docDate,
    status: d.status,
    Irn: d.irn,
    AckNo: d.ackNo,
    AckDt: d.ackDt,
    EwbNo: d.ewbNo,
    buyer_gstin: d.buyerGstin,
    total_value: d.totalValue,
    created_at: d.createdAt.toISOString(),
    updated_at: d.updatedAt.toISOString(),
  };
}

export function presentEwb(e: EwbRecord) {
  return {
    id: e.id,
    object: 'eway_bill',
    status: e.status,
    gstin: e.gstin,
    Irn: e.irn,
    EwbNo: e.ewbNo,
    EwbDt: e.ewbDt,
    EwbValidTill: e.ewbValidTill,
    Remarks: e.remarks,
    distance_km: e.distanceKm,
    vehicles: e.vehicles,
    extension_count: e.extensionCount,
    cancellable_until: iso(e.cancellableUntil),
    cancelled_at: iso(e.cancelledAt),
    gsp: e.gsp,
    irp: e.irp,
    created_at: e.createdAt.toISOString(),
    updated_at: e.updatedAt.toISOString(),
  };
}

/** A request log without its bodies: what list pages carry. */
export function presentRequestLogSummary(l: RequestLogSummaryRecord) {
  return {
    id: l.id,
    object: 'request_log',
    request_id: l.requestId,
    gstin: l.gstin,
    client_id: l.clientId,
    operation: l.operation,
    method: l.method,
    path: l.path,
    status: l.status,
    idempotency_key: l.idempotencyKey,
    replayed: l.replayed,
    irn: l.irn,
    latency_ms: l.latencyMs,
    upstream_attempts: l.upstreamAttempts,
    created_at: l.createdAt.toISOString(),
    api_version: l.apiVersion,
    warnings: l.warnings,
    tenant: l.tenantId,
  };
}

export function presentRequestLog(l: RequestLogRecord) {
  return {
    ...presentRequestLogSummary(l),
    request_body: l.requestBody ?? null,
    response_body: l.responseBody ?? null,
    schema_translation: l.schemaTranslation,
  };
}

/** RFC 9457 body of a problem (HTTP replies and per-record errors of bulk requests). */
export function presentProblem(error: ProblemError, requestId: string, instance: string): Record<string, unknown> {
  const p = error.problem;
  return {
    type: PROBLEM_BASE + p.slug,
    title: p.title,
    status: p.status,
    ...(p.detail ? { detail: p.detail } : {}),
    instance,
    request_id: requestId,
    ...(p.code ? { code: p.code } : {}),
    ...(p.errors?.length ? { errors: p.errors } : {}),
    ...(p.gstnErrors?.length ? { gstn_errors: p.gstnErrors } : {}),
    ...(p.extra ?? {}),
  };
}

// --- Webhooks ---
import type { WebhookDeliveryWithAttempts, WebhookEndpointRecord } from './ports/records.js';

/** Never includes a secret: those appear only in presentWebhookEndpointWithSecret (create and rotate). */
export function presentWebhookEndpoint(e: WebhookEndpointRecord) {
  return {
    id: e.id,
    object: 'webhook_endpoint',
    url: e.url,
    description: e.description,
    events: e.events,
    gstins: e.gstins,
    enabled: e.enabled,
    status: e.enabled ? 'enabled' : 'disabled',
    disabled_reason: e.enabled ? null : (e.disabledReason ?? 'manual'),
    disabled_at: e.enabled ? null : iso(e.disabledAt),
    failing_since: iso(e.failingSince),
    tenant: e.tenantId,
    created_at: e.createdAt.toISOString(),
    updated_at: e.updatedAt.toISOString(),
  };
}

export function presentWebhookEndpointWithSecret(e: WebhookEndpointRecord, secret: string) {
  return { ...presentWebhookEndpoint(e), secret, previous_secret_expires_at: iso(e.previousSecretExpiresAt) };
}

export function presentWebhookDelivery({ delivery: d, attempts }: WebhookDeliveryWithAttempts) {
  return {
    id: d.id,
    object: 'webhook_delivery',
    endpoint_id: d.endpointId,
    event_id: d.eventId,
    event_type: d.eventType,
    status: d.status,
    attempt_count: d.attemptCount,
    next_attempt_at: iso(d.nextAttemptAt),
    attempts: attempts.map((a) => ({
      attempted_at: a.attemptedAt.toISOString(),
      status_code: a.statusCode,
      latency_ms: a.latencyMs,
      response_excerpt: a.responseExcerpt,
      error: a.error,
    })),
    created_at: d.createdAt.toISOString(),
  };
}

// --- Bulk jobs ---
import type { BulkCounts, BulkJobRecord, BulkRecordRow } from './ports/records.js';

/** Final outcomes so far (the `bulk_result` and `bulk.completed` summary). */
export function bulkSummary(job: Pick<BulkJobRecord, 'total'>, c: BulkCounts) {
  return { total: job.total, generated: c.generated, replayed: c.replayed, failed: c.failed, queued: c.queued };
}

export function presentBulkRecord(r: BulkRecordRow) {
  return { index: r.index, status: r.status, document: r.document, error: r.error };
}

export function presentBulkJob(job: BulkJobRecord, c: BulkCounts) {
  return {
    id: job.id,
    object: 'bulk_job' as const,
    status: job.status,
    gstin: job.gstin,
    summary: { ...bulkSummary(job, c), pending: c.pending },
    results_url: `/v1/irn/bulk/${job.id}/results`,
    created_at: job.createdAt.toISOString(),
    updated_at: job.updatedAt.toISOString(),
    completed_at: job.completedAt ? job.completedAt.toISOString() : null,
  };
}

/** The synchronous answer of a completed job: every record, in request order. */
export function presentBulkResult(job: BulkJobRecord, c: BulkCounts, records: BulkRecordRow[]) {
  return {
    id: job.id,
    object: 'bulk_result' as const,
    summary: bulkSummary(job, c),
    results: records.map(presentBulkRecord),
  };
}

export function presentTestClock(c: TestClockRecord) {
  return {
    id: c.id,
    object: 'test_clock' as const,
    name: c.name,
    frozen_time: c.frozenTime.toISOString(),
    status: 'ready' as const,
    whole_account: c.wholeAccount,
    gstins: c.gstins,
    created_at: c.createdAt.toISOString(),
  };
}

/** An onboarding link as the platform sees it: state and NIC's code, never the password (`url` only on create). */
export function presentOnboardingLink(link: OnboardingLinkRecord, now: Date, url?: string) {
  return {
    id: link.id,
    object: 'onboarding_link' as const,
    gstin: link.gstin,
    tenant: link.tenantId,
    description: link.description,
    ...(url !== undefined ? { url } : {}),
    status: stateOf(link, now),
    failure: link.failureCode !== null ? { code: link.failureCode, message: link.failureMessage ?? '' } : null,
    failed_attempts: link.failedAttempts,
    expires_at: link.expiresAt.toISOString(),
    connected_at: link.connectedAt?.toISOString() ?? null,
    revoked_at: link.revokedAt?.toISOString() ?? null,
    created_at: link.createdAt.toISOString(),
  };
}

// --- Tenants and restricted API keys (issue #24) ---

export function presentTenant(t: TenantRecord) {
  return {
    id: t.id,
    object: 'tenant',
    name: t.name,
    metadata: t.metadata,
    plan: t.plan,
    rate_limit_rps: t.rateLimitRps,
    created_at: t.createdAt.toISOString(),
    updated_at: t.updatedAt.toISOString(),
  };
}

/** The secret (`key`) only in the answers that create it: createApiKey and rollApiKey. */
export function presentApiKey(k: ApiKeyRecord, secret?: string) {
  return {
    id: k.id,
    object: 'api_key',
    name: k.name ?? null,
    tenant: k.tenantId ?? null,
    permissions: k.permissions ?? [],
    ...(secret ? { key: secret } : {}),
    last4: k.last4 ?? null,
    created_at: k.createdAt.toISOString(),
    last_used_at: iso(k.lastUsedAt ?? null),
    revoked_at: iso(k.revokedAt),
  };
}
