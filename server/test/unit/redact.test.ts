import { describe, expect, it } from 'vitest';
import { REDACTED, redact, scrubText } from '../../src/http/redact.js';

describe('redaction', () => {
  it('scrubs keys, client secrets, tokens and webhook secrets in free text, and leaves other text as it is', () => {
    const text =
      'key sk_test_abcdefgh123 secret cs_live_ZZZZZZZZ_9 token at_test_AAAAAAAA-b whsec_abcdEFGH12+/= and sk_test_short';
    expect(scrubText(text)).toBe(
      `key sk_test_${REDACTED} secret cs_live_${REDACTED} token at_test_${REDACTED} whsec_${REDACTED} and sk_test_short`,
    );
    const jwt = 'eyJhbGciOiJSUzI1NiJ9.eyJpbnYiOjF9.c2lnbmVk';
    expect(scrubText(jwt)).toBe(jwt);
    // The one-scan check keeps no state between calls (a global regex would skip every other match).
    for (let i = 0; i < 3; i++) expect(scrubText('sk_live_12345678')).toBe(`sk_live_${REDACTED}`);
  });

  it('redacts secret-named fields at any depth, but not signature_verification', () => {
    expect(
      redact({
        irp_password: 'x',
        nested: [{ client_secret: 'y', note: 'at_live_ABCDEFGH1' }],
        signature_verification: { status: 'verified' },
      }),
    ).toEqual({
      irp_password: REDACTED,
      nested: [{ client_secret: REDACTED, note: `at_live_${REDACTED}` }],
      signature_verification: { status: 'verified' },
    });
  });
});
