// Webhook.unwrap: verified and typed in one call.
import { describe, expect, it } from 'vitest';
import { EinvoiceError, signWebhook, Webhook, WebhookVerificationError, webhookHeaders } from '../src/index.js';

describe('webhooks', () => {
  it('unwrap verifies and returns an event that narrows on type', () => {
    const secret = `whsec_${Buffer.alloc(24, 7).toString('base64')}`;
    const payload = JSON.stringify({
      type: 'irn.generated',
      timestamp: '2026-12-05T10:00:00Z',
      data: { Irn: 'x'.repeat(64) },
    });
    const now = new Date('2026-12-05T10:00:00Z');
    const headers = webhookHeaders('msg_1', now, payload, secret);
    const event = new Webhook(secret, { now: () => now }).unwrap(payload, headers);
    if (event.type !== 'irn.generated') throw new Error(`unexpected ${event.type}`);
    expect(event.data.Irn).toBe('x'.repeat(64));
    expect(signWebhook).toBeTypeOf('function');
    expect(() => new Webhook(secret, { now: () => now }).unwrap(payload.replace('irn', 'IRN'), headers)).toThrow();
  });

  it('verification errors are in the SDK error tree, with the cross-SDK codes', () => {
    const now = new Date('2026-12-05T10:00:00Z');
    const err = (() => {
      try {
        new Webhook('whsec_not*valid', { now: () => now }).unwrap(
          '{}',
          webhookHeaders('msg_1', now, '{}', `whsec_${Buffer.alloc(24, 7).toString('base64')}`),
        );
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(WebhookVerificationError);
    expect(err).toBeInstanceOf(EinvoiceError);
    expect((err as WebhookVerificationError).code).toBe('invalid_secret');
    expect(new Error('x')).not.toBeInstanceOf(EinvoiceError);
  });
});
