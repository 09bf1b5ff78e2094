// @einvoice/webhooks: Standard Webhooks (https://www.standardwebhooks.com) HMAC-SHA256 signatures, shared by
// the einvoice server (signing deliveries) and the TypeScript SDK (verifying them). Only node:crypto.

export {
  InvalidSecretError,
  InvalidTimestampError,
  MissingHeadersError,
  NoMatchingSignatureError,
  TimestampTooNewError,
  TimestampTooOldError,
  WebhookVerificationError,
  type WebhookVerificationErrorCode,
} from './errors.js';
export { generateSecret, SECRET_PREFIX, secretKey } from './secret.js';
export {
  type Payload,
  sign,
  signedContent,
  signOne,
  toUnixSeconds,
  type WebhookHeaders,
  webhookHeaders,
} from './sign.js';
export {
  DEFAULT_TOLERANCE_SECONDS,
  type HeaderBag,
  type VerifiedMessage,
  type VerifyOptions,
  verify,
} from './verify.js';
