// Error classes. One base (EinvoiceError); a configuration error; HTTP errors by status; connection and timeout errors.
// Every error carries status, requestId, headers, the RFC 9457 problem body and the GSTN error codes.
import { WebhookVerificationError } from '@einvoice/webhooks';
import type { GstnError, Problem } from '../types.js';

export class EinvoiceError extends Error {
  /**
   * `err instanceof EinvoiceError` also holds for a webhook verification failure: those classes come from
   * `@einvoice/webhooks` (the code the server signs with, shared and dependency-free), so they cannot extend this
   * one, but a receiver's `catch` should see one SDK error tree. Subclasses keep the plain prototype check.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    if (Function.prototype[Symbol.hasInstance].call(this, value)) return true;
    return this === EinvoiceError && value instanceof WebhookVerificationError;
  }

  /** HTTP status; undefined for connection errors. */
  readonly status: number | undefined;
  /** The `X-Request-Id` of the failed response (quote it to support). */
  readonly requestId: string | undefined;
  readonly headers: Headers | undefined;
  /** The parsed `application/problem+json` body (unknown members kept). */
  readonly problem: (Problem & Record<string, unknown>) | undefined;
  /** Government-side (NIC) error codes, empty when there are none. */
  readonly gstnErrors: GstnError[];
  /**
   * The problem's machine-readable `code` (e.g. `idempotency_in_flight`); for a token endpoint error, which carries
   * RFC 6749's `error` instead, that (e.g. `invalid_client`).
   */
  readonly code: string | undefined;

  constructor(message: string, init: { status?: number; headers?: Headers; problem?: unknown; cause?: unknown } = {}) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = new.target.name;
    this.status = init.status;
    this.headers = init.headers;
    const problem = isObject(init.problem) ? (init.problem as Problem & Record<string, unknown>) : undefined;
    this.problem = problem;
    this.requestId =
      init.headers?.get('x-request-id') ?? (typeof problem?.request_id === 'string' ? problem.request_id : undefined);
    this.gstnErrors = Array.isArray(problem?.gstn_errors) ? (problem!.gstn_errors as GstnError[]) : [];
    this.code =
      typeof problem?.code === 'string' ? problem.code : typeof problem?.error === 'string' ? problem.error : undefined;
  }
}

/**
 * The client was constructed without what it needs (a missing API key or GSTIN credential) or with an invalid
 * option (a `baseUrl` that is not an http(s) URL, a negative `maxRetries`, a `timeout` that is not positive, a
 * `tenant` that is not a `ten_...` id). Thrown by the constructors, or by a call whose `tenant` request option is
 * malformed, before any request is sent; `status` is undefined and `option` names the option.
 */
export class EinvoiceConfigError extends EinvoiceError {
  /** The constructor option at fault, e.g. `apiKey`, `clientSecret`, `baseUrl`. */
  readonly option: string;

  constructor(message: string, option: string) {
    super(message);
    this.option = option;
  }
}

/** The server answered with a non-2xx status. */
export class APIError extends EinvoiceError {
  declare readonly status: number;
}
export class BadRequestError extends APIError {}
export class AuthenticationError extends APIError {}
export class PermissionDeniedError extends APIError {}
export class NotFoundError extends APIError {}
export class ConflictError extends APIError {}
export class UnprocessableEntityError extends APIError {}
export class RateLimitError extends APIError {}
export class InternalServerError extends APIError {}

/** No HTTP answer: DNS, refused or reset connection, TLS or certificate-pin failure. */
export class APIConnectionError extends EinvoiceError {}
/** The attempt exceeded its timeout. */
export class APIConnectionTimeoutError extends APIConnectionError {}
/** The caller's AbortSignal fired; never retried. */
export class APIUserAbortError extends EinvoiceError {}

const BY_STATUS: Record<number, typeof APIError> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  422: UnprocessableEntityError,
  429: RateLimitError,
};

export function errorFor(status: number, headers: Headers, body: unknown, fallbackText: string): APIError {
  const Class = BY_STATUS[status] ?? (status >= 500 ? InternalServerError : APIError);
  const problem = isObject(body) ? (body as Record<string, unknown>) : undefined;
  const title = typeof problem?.title === 'string' ? problem.title : fallbackText || `HTTP ${status}`;
  const detail = typeof problem?.detail === 'string' ? `: ${problem.detail}` : '';
  return new Class(`${status} ${title}${detail}`, { status, headers, problem });
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
