// Writes spec/vectors/request-signatures.json and retry-backoff.json from the reference implementation in
// src/core (run once, review the diff, commit with a changeset: vectors are data). The RFC 9421 B.2.5 case is
// the RFC's own published answer, so the signature-base code is checked against an outside source.
import { writeFileSync } from 'node:fs';
import { backoffMs, retryDelayMs, shouldRetryStatus } from '../src/core/retry.js';
import { contentDigest, hmacSha256, signatureBase, signRequest } from '../src/core/signing.js';

const out = (name: string, data: unknown) =>
  writeFileSync(new URL(`../../../spec/vectors/${name}`, import.meta.url), `${JSON.stringify(data, null, 2)}\n`);

const SECRET_B64 = Buffer.from('einvoice-request-signing-test-key-000001').toString('base64');
const requests = [
  {
    name: 'post_irn_json_body',
    method: 'POST',
    url: 'https://api.einvoice.dev/v1/irn',
    body: '{"Version":"1.1","DocDtls":{"Typ":"INV","No":"INV/2026/00042","Dt":"25/11/2026"}}',
    created: 1764063012,
  },
  {
    name: 'post_cancel_with_query_free_uri',
    method: 'POST',
    url: 'https://api.einvoice.dev/v1/irn/ef4e78c5284e45c5a844d56a2c271cbd9da242437f93829a16fce5b2cd254854/cancel',
    body: '{"CnlRsn":"2","CnlRem":"Wrong buyer address"}',
    created: 1764063100,
  },
  {
    name: 'get_without_body',
    method: 'GET',
    url: 'https://api.einvoice.dev/v1/documents?limit=20&doc_type=INV',
    body: undefined,
    created: 1764063200,
  },
  {
    name: 'post_unicode_body',
    method: 'POST',
    url: 'http://127.0.0.1:8080/v1/notes',
    body: '{"PrdDesc":"सूती टी-शर्ट"}',
    created: 1764063300,
  },
];
out('request-signatures.json', {
  description:
    'RFC 9421 HTTP Message Signatures as the einvoice SDKs send them (opt-in `signingKey`). Algorithm hmac-sha256; covered components ("@method" "@target-uri" "content-digest") with parameters created, keyid, alg; "content-digest" (RFC 9530, sha-256 of the exact body bytes) only when the request has a body. The shared secret is base64. The reference server verifies them with the credential signing key (`signing_key` of createCredential; keyid = client id).',
  generated_with: 'sdks/typescript/scripts/make-vectors.ts (reference implementation src/core/signing.ts)',
  fields: {
    secret_base64: 'shared HMAC key, base64',
    body: 'request body as UTF-8 text (null: no body)',
    expected: 'headers to send and the exact signature base (lines joined with \\n, no trailing newline)',
  },
  cases: [
    ...requests.map((r) => {
      const headers = new Headers();
      signRequest(
        { method: r.method, url: r.url, headers, body: r.body },
        { keyId: 'key_test_1', secret: SECRET_B64 },
        r.created,
      );
      const components = ['@method', '@target-uri', ...(r.body !== undefined ? ['content-digest'] : [])];
      return {
        name: r.name,
        method: r.method,
        url: r.url,
        body: r.body ?? null,
        key_id: 'key_test_1',
        secret_base64: SECRET_B64,
        label: 'sig1',
        created: r.created,
        expected: {
          content_digest: r.body !== undefined ? contentDigest(r.body) : null,
          signature_input: headers.get('signature-input'),
          signature: headers.get('signature'),
          signature_base: signatureBase(
            { method: r.method, url: r.url, headers },
            { components, created: r.created, keyId: 'key_test_1', alg: 'hmac-sha256' },
          ),
        },
      };
    }),
    (() => {
      const headers = new Headers({ date: 'Tue, 20 Apr 2021 02:07:55 GMT', 'content-type': 'application/json' });
      const base = signatureBase(
        { method: 'POST', url: 'https://example.com/foo?param=Value&Pet=dog', headers },
        { components: ['date', '@authority', 'content-type'], created: 1618884473, keyId: 'test-shared-secret' },
      );
      return {
        name: 'rfc9421_appendix_b25_known_answer',
        description:
          'RFC 9421 Appendix B.2.5 (HMAC-SHA256 over "date" "@authority" "content-type"): checks the signature-base serialisation and HMAC against the RFC. No alg parameter, as in the RFC.',
        method: 'POST',
        url: 'https://example.com/foo?param=Value&Pet=dog',
        headers: { date: 'Tue, 20 Apr 2021 02:07:55 GMT', 'content-type': 'application/json' },
        components: ['date', '@authority', 'content-type'],
        key_id: 'test-shared-secret',
        secret_base64: 'uzvJfB4u3N0Jy4T7NZ75MDVcr8zSTInedJtkgcu46YW4XByzNJjxBdtjUkdJPBtbmHhIDi6pcl8jsasjlTMtDQ==',
        label: 'sig-b25',
        created: 1618884473,
        expected: {
          signature_base: base,
          signature: `sig-b25=:${hmacSha256('uzvJfB4u3N0Jy4T7NZ75MDVcr8zSTInedJtkgcu46YW4XByzNJjxBdtjUkdJPBtbmHhIDi6pcl8jsasjlTMtDQ==', base)}:`,
        },
      };
    })(),
  ],
});

const NOW = Date.parse('2026-11-25T09:30:00Z');
const delayCase = (name: string, retryIndex: number, headers: Record<string, string>) => {
  const h = new Headers(headers);
  const fixed = retryDelayMs(retryIndex, h, 0, NOW) === retryDelayMs(retryIndex, h, 0.999999, NOW);
  return {
    name,
    retry_index: retryIndex,
    response_headers: headers,
    now: new Date(NOW).toISOString(),
    expected: fixed
      ? {
          source: 'retry_after',
          min_ms: retryDelayMs(retryIndex, h, 0, NOW),
          max_ms: retryDelayMs(retryIndex, h, 0, NOW),
        }
      : { source: 'backoff', min_ms: backoffMs(retryIndex, 1), max_ms: backoffMs(retryIndex, 0) },
    with_random: fixed
      ? undefined
      : [0, 0.5, 0.999].map((u) => ({ random: u, ms: Math.round(retryDelayMs(retryIndex, h, u, NOW) * 1000) / 1000 })),
  };
};
out('retry-backoff.json', {
  description:
    'The einvoice SDK retry policy (spec/conformance/README.md). Delay before retry n (n = 0 for the first retry): `retry-after-ms` (milliseconds), else `Retry-After` (seconds, or an HTTP date relative to `now`), used when 0 < delay <= 60 s; otherwise min(0.5 * 2^n, 8) s * (1 - 0.25 * random) with random in [0, 1). min_ms/max_ms bound every implementation; with_random pins the formula.',
  generated_with: 'sdks/typescript/scripts/make-vectors.ts (reference implementation src/core/retry.ts)',
  max_retries_default: 2,
  retry_after_cap_ms: 60000,
  delays: [
    delayCase('first_retry_no_header', 0, {}),
    delayCase('second_retry_no_header', 1, {}),
    delayCase('third_retry_no_header', 2, {}),
    delayCase('fourth_retry_no_header', 3, {}),
    delayCase('cap_reached_at_8s', 4, {}),
    delayCase('cap_holds', 7, {}),
    delayCase('retry_after_seconds', 0, { 'retry-after': '1' }),
    delayCase('retry_after_fractional_seconds', 1, { 'retry-after': '1.5' }),
    delayCase('retry_after_at_cap_60s', 0, { 'retry-after': '60' }),
    delayCase('retry_after_above_cap_ignored', 1, { 'retry-after': '61' }),
    delayCase('retry_after_zero_ignored', 0, { 'retry-after': '0' }),
    delayCase('retry_after_negative_ignored', 0, { 'retry-after': '-1' }),
    delayCase('retry_after_garbage_ignored', 0, { 'retry-after': 'soon' }),
    delayCase('retry_after_http_date', 0, { 'retry-after': new Date(NOW + 5000).toUTCString() }),
    delayCase('retry_after_http_date_in_past_ignored', 0, { 'retry-after': new Date(NOW - 5000).toUTCString() }),
    delayCase('retry_after_ms_wins', 0, { 'retry-after-ms': '250', 'retry-after': '3' }),
  ],
  should_retry: [
    ...[400, 401, 403, 404, 408, 409, 413, 415, 422, 429, 500, 502, 503, 504].map((status) => ({
      status,
      headers: {},
      retry: shouldRetryStatus(status, new Headers()),
    })),
    { status: 503, headers: { 'x-should-retry': 'false' }, retry: false },
    { status: 400, headers: { 'x-should-retry': 'true' }, retry: true },
  ],
  connection_errors_retry: true,
});
console.log('vectors written');
