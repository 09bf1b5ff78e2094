// Bad input never gets a 500 (reliability rows 25 and 31): random bodies, parameters and headers for
// every operation of the contract, with valid credentials so the requests get past authentication.
// Every answer must still conform to the spec (the harness checks it), and every 4xx is problem+json.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gstinSession, type Harness, startHarness } from '../support/harness.js';

let h: Harness;
let token: string;

beforeAll(async () => {
  h = await startHarness();
  token = (await gstinSession(h, '29AAACP7879D1Z0', undefined, 'custom', 10_000)).token;
  // The account key gets the same generous limit so the fuzzer measures validation, not rate limits.
  h.server.deps.settings.apiKeyRateLimitRps = 10_000;
});
afterAll(() => h.close());

const junkText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom('', '0', '-1', '9'.repeat(30), '../..', '%00', 'null', '{}', '[]'),
);
const junkJson = fc.oneof(
  fc.anything({ maxDepth: 3 }),
  fc.dictionary(
    fc.constantFrom(
      'Version',
      'DocDtls',
      'ItemList',
      'ValDtls',
      'SellerDtls',
      'documents',
      'CnlRsn',
      'Irn',
      'url',
      'scopes',
      'gstin',
      'faults',
    ),
    fc.anything({ maxDepth: 2 }),
  ),
);

describe('fuzzing every operation', () => {
  it('answers random input with a conforming 4xx (or 2xx), never a 5xx', async () => {
    const ops = h.server.contract.operations.filter(
      (o) => o.operationId !== 'exportDocuments' && o.operationId !== 'exportRequestLogs',
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...ops),
        junkText,
        junkJson,
        junkText,
        fc.boolean(),
        async (op, segment, body, queryValue, rawText) => {
          const path = op.path.replace(/\{[^}]+\}/g, () => encodeURIComponent(segment || 'x'));
          const query = new URLSearchParams({ limit: queryValue, doc_type: queryValue, from: queryValue }).toString();
          const admin =
            op.security.some((s) => s.scheme === 'accountKey') && !op.security.some((s) => s.scheme === 'gstinOAuth');
          const res = await h.request(op.method.toUpperCase(), `${path}?${query}`, {
            token: admin ? h.apiKey : token,
            ...(op.method === 'get' || op.method === 'delete'
              ? {}
              : { body: rawText ? `${JSON.stringify(body)}}` : body }),
            headers: { 'idempotency-key': segment.slice(0, 300) || 'k', prefer: queryValue },
          });
          expect(res.status, `${op.operationId} ${res.text.slice(0, 300)}`).toBeLessThan(500);
          // Problem details everywhere; the token endpoint's own errors are RFC 6749 §5.2 application/json.
          if (res.status >= 400)
            expect(res.headers.get('content-type')).toMatch(
              op.operationId === 'createToken' && res.status < 429 ? /application\/json/ : /application\/problem\+json/,
            );
        },
      ),
      { numRuns: 300, seed: 20261125 },
    );
  }, 120_000);
});
