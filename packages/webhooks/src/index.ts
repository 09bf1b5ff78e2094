// @einvoice/webhooks: Standard Webhooks (https://www.standardwebhooks.com) HMAC-SHA256 signatures, shared by
// the einvoice server (signing deliveries) and the TypeScript SDK (verifying them). Only node:crypto.
export { generateSecret, secretKey, SECRET_PREFIX } from './secret.js';
export { sign, signOne, signedContent, toUnixSeconds, webhookHeaders, type Payload, type WebhookHeaders } from './sign.js';
export { verify, DEFAULT_TOLERANCE_SECONDS, type HeaderBag, type VerifyOptions, type VerifiedMessage } from './verify.js';
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
