// @einvoice/sdk: TypeScript client for the einvoice GST e-invoice API.
export { Einvoice, EinvoiceAdmin, type EinvoiceAdminOptions, type EinvoiceOptions } from './client.js';
export { APIPromise } from './core/api-promise.js';
export {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  EinvoiceConfigError,
  EinvoiceError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
} from './core/errors.js';
export { type AppInfo, type Logger, type LogLevel, redactHeaders } from './core/logging.js';
export { Page, PagePromise } from './core/pagination.js';
export { CertificatePinError, type PinningOptions, pinnedServerIdentity, spkiPin } from './core/pinning.js';
export {
  backoffMs,
  DEFAULT_MAX_RETRIES,
  MAX_RETRY_AFTER_MS,
  retryAfterMs,
  retryDelayMs,
  shouldRetryStatus,
} from './core/retry.js';
export {
  contentDigest,
  hmacSha256,
  type SignatureParams,
  type SigningKey,
  signatureBase,
  signatureParamsValue,
  signRequest,
} from './core/signing.js';
export { Throttle } from './core/throttle.js';
export { type TokenCredentials, TokenManager } from './core/tokens.js';
export {
  DEFAULT_BASE_URL,
  DEFAULT_TIMEOUT_MS,
  type RequestOptions,
  SDK_VERSION,
  type StatusAwareBackoffOptions,
  Transport,
  type TransportOptions,
} from './core/transport.js';
export { API_VERSION } from './generated/api-version.js';
export type { GenerateOptions } from './resources/gstin-scoped.js';
export type * from './types.js';
export * from './webhook.js';
