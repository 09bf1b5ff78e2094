// Behaviour beyond the vectors: secrets, rotation, errors, header forms, and round trips with the reference
// libraries in both directions (ours signs -> they verify; they sign -> we verify).
import { createRequire } from 'node:module';
import { Webhook as StandardWebhook } from 'standardwebhooks';
import { Webhook as SvixWebhook } from 'svix';
import { describe, expect, it } from 'vitest';
import {
  generateSecret,
  InvalidSecretError,
  MissingHeadersError,
  NoMatchingSignatureError,
  sign,
  TimestampTooNewError,
  TimestampTooOldError,
  verify,
  webhookHeaders,
} from '../src/index.js';

const body = JSON.stringify({
  type: 'irn.generated',
  timestamp: new Date().toISOString(),
  data: { Irn: 'a'.repeat(64), note: 'ünïcode ₹' },
});

describe('generateSecret', () => {
  it('makes whsec_ + base64 of 32 random bytes by default, 24..64 on request', () => {
    const s = generateSecret();
    expect(s).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
    expect(Buffer.from(s.slice(6), 'base64')).toHaveLength(32);
    expect(Buffer.from(generateSecret(24).slice(6), 'base64')).toHaveLength(24);
    expect(generateSecret()).not.toBe(s);
    expect(() => generateSecret(16)).toThrow(RangeError);
    expect(() => generateSecret(65)).toThrow(RangeError);
  });
});

describe('sign and verify', () => {
  it('round-trips with the current time and accepts the secret without its whsec_ prefix', () => {
    const secret = generateSecret();
    const headers = webhookHeaders('msg_1', new Date(), body, secret);
    expect(headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
    expect(verify(body, headers, secret)).toEqual({ id: 'msg_1', timestamp: Number(headers['webhook-timestamp']) });
    expect(() => verify(body, headers, secret.slice(6))).not.toThrow();
  });

  it('signs once per secret, in order, for rotations; either secret verifies', () => {
    const [next, prev] = [generateSecret(), generateSecret()];
    const header = sign('msg_2', 1_700_000_000, body, [next, prev]);
    const parts = header.split(' ');
    expect(parts).toHaveLength(2);
    expect(parts[0]).toBe(sign('msg_2', 1_700_000_000, body, next));
    expect(parts[1]).toBe(sign('msg_2', 1_700_000_000, body, prev));
    const headers = { 'webhook-id': 'msg_2', 'webhook-timestamp': '1700000000', 'webhook-signature': header };
    for (const s of [next, prev, [generateSecret(), prev]])
      expect(() => verify(body, headers, s, { now: 1_700_000_000_000 })).not.toThrow();
    expect(() => verify(body, headers, generateSecret(), { now: 1_700_000_000_000 })).toThrow(NoMatchingSignatureError);
  });

  it('throws typed errors: missing headers (all named), stale, future, forged, bad secret', () => {
    const secret = generateSecret();
    const t = 1_700_000_000;
    const h = webhookHeaders('msg_3', t, body, secret);
    const now = (s: number) => ({ now: s * 1000 });
    const missing = (() => {
      try {
        verify(body, { 'webhook-id': 'msg_3' }, secret);
      } catch (e) {
        return e;
      }
    })();
    expect(missing).toBeInstanceOf(MissingHeadersError);
    expect((missing as MissingHeadersError).missing).toEqual(['webhook-timestamp', 'webhook-signature']);
    expect(() => verify(body, h, secret, now(t + 301))).toThrow(TimestampTooOldError);
    expect(() => verify(body, h, secret, now(t - 301))).toThrow(TimestampTooNewError);
    expect(() => verify(body, h, secret, { ...now(t + 1000), tolerance: 1000 })).not.toThrow();
    expect(() => verify(body, h, secret, { now: () => new Date((t + 5) * 1000) })).not.toThrow();
    expect(() => verify(`${body} `, h, secret, now(t))).toThrow(NoMatchingSignatureError);
    expect(() =>
      verify(body, { ...h, 'webhook-signature': `v2,${h['webhook-signature'].slice(3)}` }, secret, now(t)),
    ).toThrow(NoMatchingSignatureError);
    expect(() => verify(body, h, 'whsec_not base64!', now(t))).toThrow(InvalidSecretError);
    expect(() => verify(body, { ...h, 'webhook-timestamp': '17e8' }, secret, now(t))).toThrow(/integer/);
  });

  it('reads Headers objects, case-insensitive records, arrays and svix-* names', () => {
    const secret = generateSecret();
    const h = webhookHeaders('msg_4', new Date(), body, secret);
    expect(() => verify(body, new Headers(h), secret)).not.toThrow();
    expect(() =>
      verify(
        body,
        {
          'Webhook-Id': h['webhook-id'],
          'WEBHOOK-TIMESTAMP': h['webhook-timestamp'],
          'webhook-signature': [h['webhook-signature']],
        },
        secret,
      ),
    ).not.toThrow();
    expect(() =>
      verify(
        body,
        {
          'svix-id': h['webhook-id'],
          'svix-timestamp': h['webhook-timestamp'],
          'svix-signature': h['webhook-signature'],
        },
        secret,
      ),
    ).not.toThrow();
  });

  it('refuses a message id containing "." (it would make the signed content ambiguous)', () => {
    expect(() => sign('msg.1', 1, body, generateSecret())).toThrow(RangeError);
    expect(() => sign('msg_1', 1, body, [])).toThrow(RangeError);
  });
});

describe('cross-checks with the reference libraries', () => {
  it('our signatures verify in standardwebhooks and svix (1 and 2 signatures, string and Buffer bodies)', () => {
    const [a, b] = [generateSecret(), generateSecret()];
    for (const secrets of [[a], [a, b], [b, a]]) {
      const h = webhookHeaders(`msg_${secrets.length}x`, new Date(), body, secrets);
      const svixH = {
        'svix-id': h['webhook-id'],
        'svix-timestamp': h['webhook-timestamp'],
        'svix-signature': h['webhook-signature'],
      };
      for (const s of secrets) {
        expect(new StandardWebhook(s).verify(body, { ...h })).toEqual(JSON.parse(body));
        expect(new StandardWebhook(s).verify(Buffer.from(body), { ...h })).toEqual(JSON.parse(body));
        expect(new SvixWebhook(s).verify(body, { ...h })).toEqual(JSON.parse(body));
        expect(new SvixWebhook(s).verify(body, svixH)).toEqual(JSON.parse(body));
        expect(() => new StandardWebhook(s).verify(body.replace('a', 'b'), { ...h })).toThrow();
        expect(() => new SvixWebhook(s).verify(body.replace('a', 'b'), { ...h })).toThrow();
      }
      expect(() => new StandardWebhook(generateSecret()).verify(body, { ...h })).toThrow();
    }
  });

  it('their signatures verify in ours', () => {
    const secret = generateSecret();
    const now = new Date();
    for (const sig of [
      new StandardWebhook(secret).sign('msg_theirs', now, body),
      new SvixWebhook(secret).sign('msg_theirs', now, body),
    ]) {
      const h = {
        'webhook-id': 'msg_theirs',
        'webhook-timestamp': String(Math.floor(now.getTime() / 1000)),
        'webhook-signature': sig,
      };
      expect(sign('msg_theirs', now, body, secret)).toBe(sig);
      expect(verify(body, h, secret).id).toBe('msg_theirs');
      expect(() => verify(body, h, generateSecret())).toThrow(NoMatchingSignatureError);
    }
  });
});

describe('packaging', () => {
  it('the built ESM and CJS entry points export the same API (run `pnpm build` first)', async () => {
    const require = createRequire(import.meta.url);
    const cjs = require('@einvoice/webhooks') as Record<string, unknown>;
    const esm = (await import('@einvoice/webhooks')) as Record<string, unknown>;
    for (const name of ['sign', 'verify', 'generateSecret', 'webhookHeaders', 'WebhookVerificationError']) {
      expect(typeof cjs[name]).toBe('function');
      expect(typeof esm[name]).toBe('function');
    }
    const secret = generateSecret();
    expect((cjs.sign as typeof sign)('msg_x', 1, 'b', secret)).toBe(sign('msg_x', 1, 'b', secret));
  });
});
