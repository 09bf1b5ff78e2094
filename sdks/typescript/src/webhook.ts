// Webhook verification (Standard Webhooks), from @einvoice/webhooks: the same code the server signs with.
import { type HeaderBag, type Payload, type VerifiedMessage, type VerifyOptions, verify } from '@einvoice/webhooks';
import type { WebhookEvent } from './types.js';

export class Webhook {
  constructor(
    private readonly secret: string | readonly string[],
    private readonly options: VerifyOptions = {},
  ) {}

  /**
   * Throws a WebhookVerificationError unless `payload` (the RAW request body, bytes or string, never re-serialised
   * JSON) carries a valid, fresh signature. `secret` may be a list during a rotation. `options.now` injects a clock.
   */
  static verify(
    payload: Payload,
    headers: HeaderBag,
    secret: string | readonly string[],
    options?: VerifyOptions,
  ): VerifiedMessage {
    return verify(payload, headers, secret, options);
  }

  verify(payload: Payload, headers: HeaderBag): VerifiedMessage {
    return verify(payload, headers, this.secret, this.options);
  }

  /**
   * Verifies, then parses the payload into a typed event: `switch (event.type)` narrows it. A type this SDK
   * version does not know still parses (its `type` is then outside the union: keep a `default` branch).
   */
  unwrap(payload: Payload, headers: HeaderBag): WebhookEvent {
    this.verify(payload, headers);
    const text = typeof payload === 'string' ? payload : new TextDecoder().decode(payload);
    return JSON.parse(text) as WebhookEvent;
  }
}

export {
  type HeaderBag,
  InvalidSecretError,
  InvalidTimestampError,
  MissingHeadersError,
  NoMatchingSignatureError,
  sign as signWebhook,
  TimestampTooNewError,
  TimestampTooOldError,
  type VerifiedMessage,
  type VerifyOptions,
  WebhookVerificationError,
  webhookHeaders,
} from '@einvoice/webhooks';
