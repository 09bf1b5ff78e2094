// Typed verification failures. Receivers usually answer 400 to any of them; the subclasses let them log
// why (a clock problem looks very different from a forged request). `code` is stable across languages.
export type WebhookVerificationErrorCode =
  | 'missing_headers'
  | 'invalid_timestamp'
  | 'timestamp_too_old'
  | 'timestamp_too_new'
  | 'no_matching_signature'
  | 'invalid_secret';

export class WebhookVerificationError extends Error {
  constructor(
    readonly code: WebhookVerificationErrorCode,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class MissingHeadersError extends WebhookVerificationError {
  constructor(readonly missing: string[]) {
    super('missing_headers', `Missing required header(s): ${missing.join(', ')}`);
  }
}

export class InvalidTimestampError extends WebhookVerificationError {
  constructor(value: string) {
    super('invalid_timestamp', `webhook-timestamp is not an integer number of seconds: ${JSON.stringify(value)}`);
  }
}

/** The message was signed more than `tolerance` seconds ago: a replay, or a badly wrong clock. */
export class TimestampTooOldError extends WebhookVerificationError {
  constructor(
    readonly timestamp: number,
    readonly now: number,
  ) {
    super('timestamp_too_old', `webhook-timestamp ${timestamp} is ${now - timestamp} s in the past`);
  }
}

/** The message claims to be signed in the future beyond the tolerance. */
export class TimestampTooNewError extends WebhookVerificationError {
  constructor(
    readonly timestamp: number,
    readonly now: number,
  ) {
    super('timestamp_too_new', `webhook-timestamp ${timestamp} is ${timestamp - now} s in the future`);
  }
}

export class NoMatchingSignatureError extends WebhookVerificationError {
  constructor() {
    super('no_matching_signature', 'No v1 signature in webhook-signature matches the payload and secret');
  }
}

export class InvalidSecretError extends WebhookVerificationError {
  constructor(detail: string) {
    super('invalid_secret', `Invalid webhook secret: ${detail}`);
  }
}
