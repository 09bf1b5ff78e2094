// @einvoice/sdk: TypeScript client for the einvoice GST e-invoice API.
export { Einvoice, EinvoiceAdmin, type EinvoiceOptions, type EinvoiceAdminOptions } from './client.js';
export { APIPromise } from './core/api-promise.js';
export { Page, PagePromise } from './core/pagination.js';
export {
  EinvoiceError, EinvoiceConfigError, APIError, BadRequestError, AuthenticationError, PermissionDeniedError, NotFoundError, ConflictError,
  UnprocessableEntityError, RateLimitError, InternalServerError, APIConnectionError, APIConnectionTimeoutError, APIUserAbortError,
} from './core/errors.js';
export { backoffMs, retryAfterMs, retryDelayMs, shouldRetryStatus, DEFAULT_MAX_RETRIES, MAX_RETRY_AFTER_MS } from './core/retry.js';
export { signRequest, signatureBase, signatureParamsValue, contentDigest, hmacSha256, type SigningKey, type SignatureParams } from './core/signing.js';
export { spkiPin, pinnedServerIdentity, CertificatePinError, type PinningOptions } from './core/pinning.js';
export { Throttle } from './core/throttle.js';
export { TokenManager, type TokenCredentials } from './core/tokens.js';
export { Transport, SDK_VERSION, DEFAULT_BASE_URL, DEFAULT_TIMEOUT_MS, type TransportOptions, type RequestOptions, type StatusAwareBackoffOptions } from './core/transport.js';
export type { GenerateOptions } from './resources/gstin-scoped.js';
export * from './webhook.js';
export type * from './types.js';
