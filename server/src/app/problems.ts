// Every refusal the application can make, as an RFC 9457 problem. Use cases throw ProblemError; the
// HTTP layer renders it. Types are stable URIs under our domain, one per meaning.
export interface GstnErrorItem {
  code: string;
  message: string;
  hint?: string;
  pointer?: string;
}
export interface FieldErrorItem {
  pointer: string;
  detail: string;
  code?: string;
}

export interface ProblemInit {
  status: number;
  slug: string;
  title: string;
  detail?: string;
  code?: string;
  errors?: FieldErrorItem[];
  gstnErrors?: GstnErrorItem[];
  headers?: Record<string, string>;
  extra?: Record<string, unknown>;
  /** Default application/problem+json; the token endpoint answers application/json (RFC 6749 §5.2). */
  mediaType?: 'application/json';
}

export const PROBLEM_BASE = 'https://einvoice.dev/problems/';

export class ProblemError extends Error {
  /** `cause`: the fault behind a known failure (a lost database connection), for the server log only. */
  constructor(
    readonly problem: ProblemInit,
    options?: { cause?: unknown },
  ) {
    super(problem.detail ?? problem.title, options);
  }
}

/** Seconds a caller should wait before retrying while the database is unreachable. */
export const STORAGE_RETRY_AFTER_SECONDS = 5;

export const problems = {
  invalidRequest: (errors: FieldErrorItem[], gstnErrors?: GstnErrorItem[]) =>
    new ProblemError({
      status: 400,
      slug: 'invalid-request',
      title: 'The request is invalid',
      detail: `${errors.length} field${errors.length === 1 ? ' is' : 's are'} invalid; see errors.`,
      code: 'invalid_request',
      errors,
      gstnErrors,
    }),
  unknownApiVersion: (sent: string, supported: readonly string[]) =>
    new ProblemError({
      status: 400,
      slug: 'unknown-api-version',
      title: 'Unknown API version',
      detail: `Einvoice-Version ${JSON.stringify(sent)} is not a version this API serves; send one of ${supported.join(', ')} (or none: your account's pinned version).`,
      code: 'unknown_api_version',
      extra: { supported_versions: supported },
    }),
  malformedJson: (detail: string) =>
    new ProblemError({
      status: 400,
      slug: 'malformed-json',
      title: 'The body is not valid JSON',
      detail,
      code: 'malformed_json',
    }),
  unauthorized: (detail: string, challenge: string) =>
    new ProblemError({
      status: 401,
      slug: 'invalid-token',
      title: 'Authentication is required',
      detail,
      code: 'invalid_token',
      headers: { 'www-authenticate': challenge },
    }),
  insufficientScope: (scope: string) =>
    new ProblemError({
      status: 403,
      slug: 'insufficient-scope',
      title: 'The access token lacks the required scope',
      detail: `This operation needs scope ${scope}; request a token with it (the credential must hold it).`,
      code: 'insufficient_scope',
      headers: { 'www-authenticate': `Bearer realm="einvoice", error="insufficient_scope", scope="${scope}"` },
    }),
  wrongCredentialKind: (detail: string) =>
    new ProblemError({
      status: 403,
      slug: 'wrong-credential',
      title: 'This credential cannot call this operation',
      detail,
      code: 'wrong_credential',
    }),
  gstinMismatch: (pointer: string, bodyGstin: string, tokenGstin: string) =>
    new ProblemError({
      status: 403,
      slug: 'gstin-mismatch',
      title: 'The document belongs to another GSTIN',
      detail: `${pointer.slice(1).replace('/', '.')} ${bodyGstin} is not the GSTIN of this token (${tokenGstin}).`,
      code: 'gstin_mismatch',
      errors: [{ pointer, detail: `must equal the token's GSTIN ${tokenGstin}`, code: 'gstin_mismatch' }],
    }),
  /** A sandbox-only operation (fault rehearsal, test clocks) called with production credentials. */
  sandboxOnly: (detail: string) =>
    new ProblemError({ status: 403, slug: 'sandbox-only', title: 'Sandbox only', detail, code: 'sandbox_only' }),
  /** A restricted API key (rk_...) called an operation outside its permissions (usecases/permissions.ts). */
  permissionDenied: (permission: string, detail: string) =>
    new ProblemError({
      status: 403,
      slug: 'permission-denied',
      title: 'This API key lacks the permission this operation needs',
      detail,
      code: 'permission_denied',
      extra: { permission },
    }),
  /** An Einvoice-Tenant that is not a tenant of this account, or not the one a restricted key is bound to. */
  tenantNotFound: (id: string) =>
    new ProblemError({
      status: 404,
      slug: 'tenant-not-found',
      title: 'Tenant not found',
      detail: `No tenant ${id} in this account.`,
      code: 'tenant_not_found',
    }),
  notFound: (detail: string) =>
    new ProblemError({ status: 404, slug: 'not-found', title: 'Resource not found', detail, code: 'not_found' }),
  methodNotAllowed: (allowed: string[]) =>
    new ProblemError({
      status: 405,
      slug: 'method-not-allowed',
      title: 'Method not allowed',
      detail: `Allowed: ${allowed.join(', ')}.`,
      code: 'method_not_allowed',
      headers: { allow: allowed.join(', ') },
    }),
  /** Final: no retry can succeed (SDKs honour `x-should-retry: false`). */
  conflict: (slug: string, title: string, detail: string, extra?: Record<string, unknown>) =>
    new ProblemError({
      status: 409,
      slug,
      title,
      detail,
      code: slug.replace(/-/g, '_'),
      extra,
      headers: { 'x-should-retry': 'false' },
    }),
  /** Passing: another request holds the resource; the same request a moment later gets its result. */
  conflictInFlight: (slug: string, title: string, detail: string) =>
    new ProblemError({
      status: 409,
      slug,
      title,
      detail,
      code: slug.replace(/-/g, '_'),
      headers: { 'x-should-retry': 'true', 'retry-after': '1' },
    }),
  payloadTooLarge: (limit: number, detail: string) =>
    new ProblemError({
      status: 413,
      slug: 'payload-too-large',
      title: 'The request body is too large',
      detail,
      code: 'payload_too_large',
      extra: { limit },
    }),
  unsupportedMediaType: (expected: string) =>
    new ProblemError({
      status: 415,
      slug: 'unsupported-media-type',
      title: 'Unsupported media type',
      detail: `Send the body as ${expected}.`,
      code: 'unsupported_media_type',
    }),
  unprocessable: (slug: string, title: string, detail: string, errors?: FieldErrorItem[]) =>
    new ProblemError({ status: 422, slug, title, detail, code: slug.replace(/-/g, '_'), errors }),
  irpCredentialsRejected: (detail: string, gstnErrors: GstnErrorItem[]) =>
    new ProblemError({
      status: 422,
      slug: 'irp-credentials-rejected',
      title: 'The IRP refused this user name or password',
      detail,
      code: 'irp_credentials_rejected',
      gstnErrors,
    }),
  gstnRejected: (gstnErrors: GstnErrorItem[], upstream?: Record<string, unknown>) =>
    new ProblemError({
      status: 422,
      slug: 'gstn-validation-failed',
      title: "The IRP's rules refuse this document",
      detail: `${gstnErrors.length} IRP rule${gstnErrors.length === 1 ? '' : 's'} failed; see gstn_errors.`,
      code: 'gstn_validation_failed',
      gstnErrors,
      extra: {
        upstream: upstream ?? { system: 'einvoice', partner: null, code: null, message: null, retryable: false },
      },
    }),
  rateLimited: (detail: string, retryAfter: number) =>
    new ProblemError({
      status: 429,
      slug: 'rate-limited',
      title: 'Too many requests',
      detail,
      code: 'rate_limited',
      headers: { 'retry-after': String(retryAfter) },
    }),
  /** The sandbox's monthly IRN quota (app/usecases/usage.ts); `extra`: quota, used, resets_at. */
  sandboxQuotaExceeded: (detail: string, retryAfter: number, extra: Record<string, unknown>) =>
    new ProblemError({
      status: 429,
      slug: 'sandbox-quota-exceeded',
      title: 'Sandbox monthly IRN quota exceeded',
      detail,
      code: 'sandbox_quota_exceeded',
      headers: { 'retry-after': String(retryAfter) },
      extra,
    }),
  upstreamError: (detail: string, gstnErrors: GstnErrorItem[], upstream: Record<string, unknown>) =>
    new ProblemError({
      status: 502,
      slug: 'upstream-error',
      title: 'The IRP answered with an error',
      detail,
      code: 'upstream_error',
      gstnErrors,
      extra: { upstream },
      headers: { 'retry-after': '2' },
    }),
  /**
   * The document's final outcome was a refusal that the caller learned of later (queue, reconciler): the same
   * Idempotency-Key keeps it. Stored and replayed like any 422.
   */
  documentFailed: (docLabel: string, gstnErrors: GstnErrorItem[]) =>
    new ProblemError({
      status: 422,
      slug: 'document-failed',
      title: 'This document failed',
      detail: `${docLabel} ended failed${gstnErrors[0] ? ` (${gstnErrors[0].code} ${gstnErrors[0].message})` : ''}; this Idempotency-Key keeps that outcome. Correct the document if needed and submit it again with a new Idempotency-Key.`,
      code: 'document_failed',
      gstnErrors,
      headers: { 'x-should-retry': 'false' },
    }),
  upstreamUnavailable: (detail: string, upstream: Record<string, unknown>, retryAfter = 30) =>
    new ProblemError({
      status: 503,
      slug: 'upstream-unavailable',
      title: 'The IRP is unavailable',
      detail,
      code: 'upstream_unavailable',
      extra: { upstream },
      headers: { 'retry-after': String(retryAfter) },
    }),
  /**
   * Passing: the database did not answer (connection lost or refused, PostgreSQL restarting, SQLite locked,
   * disk full or failing). Nothing the caller did is wrong; the same request with the same Idempotency-Key
   * after Retry-After gets the real answer, never a second document.
   */
  storageUnavailable: (cause: unknown) =>
    new ProblemError(
      {
        status: 503,
        slug: 'storage-unavailable',
        title: 'The database is unavailable',
        detail: `einvoice could not reach its database; retry in ${STORAGE_RETRY_AFTER_SECONDS} seconds with the same Idempotency-Key (a retry never creates a second document).`,
        code: 'storage_unavailable',
        headers: { 'retry-after': String(STORAGE_RETRY_AFTER_SECONDS), 'x-should-retry': 'true' },
      },
      { cause },
    ),
};

/** RFC 6749 §5.2 errors, carried in a problem+json body that also has `error`/`error_description`. */
export function oauthProblem(
  status: 400 | 401,
  error: string,
  description: string,
  headers: Record<string, string> = {},
): ProblemError {
  return new ProblemError({
    status,
    slug: `oauth-${error.replace(/_/g, '-')}`,
    title:
      status === 401
        ? 'Client authentication failed'
        : error === 'invalid_scope'
          ? 'Invalid scope'
          : error === 'unsupported_grant_type'
            ? 'Unsupported grant type'
            : 'Invalid token request',
    detail: description,
    headers: {
      'cache-control': 'no-store',
      ...(status === 401 ? { 'www-authenticate': 'Basic realm="einvoice", charset="UTF-8"' } : {}),
      ...headers,
    },
    extra: { error, error_description: description },
    // RFC 6749 §5.2 names application/json for token errors; the body keeps the problem members too, so an
    // RFC 9457 reader and an OAuth library both find what they look for.
    mediaType: 'application/json',
  });
}
