// Values a parameter's pattern admits but the calendar refuses (31 February, month 13, day 0) are bad input:
// 400 problem+json naming the parameter, with NIC's 2144 where NIC would say it, never a 500.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gstinSession, type Harness, startHarness } from '../support/harness.js';

const SELLER = '29AAACP7879D1Z0';
let h: Harness;
let token: string;

beforeAll(async () => {
  h = await startHarness();
  token = (await gstinSession(h, SELLER)).token;
});
afterAll(() => h.close());

describe('getIrnByDocument', () => {
  it.each(['31/02/2027', '01/13/2026', '18/00/2027', '00/01/2027'])(
    'doc_date=%s is a 400 naming doc_date',
    async (date) => {
      const res = await h.request(
        'GET',
        `/v1/irn/by-document?doc_type=INV&doc_no=X1&doc_date=${encodeURIComponent(date)}`,
        { token },
      );
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(res.body.code).toBe('invalid_request');
      expect(JSON.stringify(res.body.errors)).toContain('doc_date');
      expect(res.body.gstn_errors?.[0]?.code).toBe('2144');
      expect(res.text).not.toMatch(/Idempotency-Key/i);
    },
  );

  it('a real date that has no document is still a 404', async () => {
    const res = await h.request('GET', '/v1/irn/by-document?doc_type=INV&doc_no=X1&doc_date=28/02/2027', { token });
    expect(res.status).toBe(404);
  });
});

describe('date filters of lists', () => {
  it.each([
    ['/v1/audit-events?from=2026-02-31', 'from'],
    ['/v1/audit-events?to=2026-13-01', 'to'],
  ])('%s is a 400 naming %s', async (path, param) => {
    const res = await h.request('GET', path, { token: h.apiKey });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body.errors)).toContain(param);
  });

  it.each(['/v1/documents?from=2026-02-31', '/v1/documents?to=2026-00-10'])('%s is a 400', async (path) => {
    const res = await h.request('GET', path, { token });
    expect(res.status).toBe(400);
  });
});
