// The golden vectors in spec/vectors/webhook-signatures.json (signed by the npm standardwebhooks library,
// not by us): our sign() reproduces every signature, our verify() agrees with every expected outcome, and so
// do the reference libraries (standardwebhooks and svix) when their clock is set to the case's `now`.
import { readFileSync } from 'node:fs';
import { Webhook as StandardWebhook } from 'standardwebhooks';
import { Webhook as SvixWebhook } from 'svix';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sign, verify, WebhookVerificationError } from '../src/index.js';

interface VectorCase {
  name: string;
  signing_secrets: string[];
  verifying_secrets: string[];
  msg_id: string;
  timestamp: number;
  now: number;
  payload: string;
  headers: Record<string, string>;
  expected: { valid: true } | { valid: false; error: string };
  sign_check?: boolean;
}

const vectors = JSON.parse(
  readFileSync(new URL('../../../spec/vectors/webhook-signatures.json', import.meta.url), 'utf8'),
) as { cases: VectorCase[] };

function outcome(fn: () => unknown): string {
  try {
    fn();
    return 'valid';
  } catch (e) {
    return e instanceof WebhookVerificationError ? e.code : `unexpected ${(e as Error).name}`;
  }
}

describe('spec/vectors/webhook-signatures.json', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('covers the cases the spec asks for', () => {
    const names = vectors.cases.map((c) => c.name);
    for (const required of [
      'known_answer_reference',
      'valid',
      'tampered_body',
      'stale',
      'future',
      'wrong_secret',
      'rotated_verify_with_new',
      'rotated_verify_with_old',
    ]) {
      expect(names).toContain(required);
    }
  });

  for (const c of vectors.cases) {
    const expected = c.expected.valid ? 'valid' : c.expected.error;

    if (c.sign_check !== false && c.headers['webhook-signature']) {
      it(`${c.name}: sign() reproduces the header byte for byte`, () => {
        expect(sign(c.msg_id, c.timestamp, c.payload, c.signing_secrets)).toBe(c.headers['webhook-signature']);
      });
    }

    it(`${c.name}: verify() -> ${expected}`, () => {
      expect(outcome(() => verify(c.payload, c.headers, c.verifying_secrets, { now: c.now * 1000 }))).toBe(expected);
      // Each trusted secret alone gives the same answer when the case trusts one secret.
      if (c.verifying_secrets.length === 1) {
        expect(
          outcome(() =>
            verify(Buffer.from(c.payload, 'utf8'), new Headers(c.headers), c.verifying_secrets[0]!, {
              now: new Date(c.now * 1000),
            }),
          ),
        ).toBe(expected);
      }
    });

    it(`${c.name}: standardwebhooks and svix agree (${c.expected.valid ? 'accept' : 'reject'})`, () => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(c.now * 1000);
      for (const secret of c.verifying_secrets) {
        const svixHeaders = Object.fromEntries(
          Object.entries(c.headers).map(([k, v]) => [k.replace(/^webhook-/, 'svix-'), v]),
        );
        const libs = [
          () => new StandardWebhook(secret).verify(c.payload, c.headers),
          () => new SvixWebhook(secret).verify(c.payload, c.headers),
          () => new SvixWebhook(secret).verify(c.payload, svixHeaders),
        ];
        for (const lib of libs) {
          if (c.expected.valid) expect(lib).not.toThrow();
          else expect(lib).toThrow();
        }
      }
    });
  }
});
