// Webhook.unwrap: verified and typed in one call.
import { describe, expect, it } from 'vitest';
import { signWebhook, Webhook, webhookHeaders } from '../src/index.js';

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
});
