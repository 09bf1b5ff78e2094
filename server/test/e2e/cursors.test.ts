// Pagination cursors are opaque and sealed to their list (finding 5 of the API audit: `starting_after=bogus`
// answered 200 with nothing, `zzz` answered everything). Over real HTTP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from '../support/harness.js';

let h: Harness;
const get = (path: string) => h.request('GET', path, { token: h.apiKey });

beforeAll(async () => {
  h = await startHarness();
  for (const gstin of ['29AAACP7879D1Z0', '27AAPFU0939F1ZV', '07AAACR5055K1Z9'])
    await h.request('POST', '/v1/gstins', {
      token: h.apiKey,
      body: { gstin, irp_username: 'api_user', irp_password: 'sandbox' },
    });
});
afterAll(() => h.close());

describe('cursors', () => {
  it('next_cursor walks the list page by page and is opaque', async () => {
    const first = await get('/v1/gstins?limit=2');
    expect(first.status).toBe(200);
    expect(first.body.has_more).toBe(true);
    expect(first.body.next_cursor).toMatch(/^c1\./);
    expect(first.body.next_cursor).not.toContain(first.body.data[1].gstin);
    const second = await get(`/v1/gstins?limit=2&starting_after=${first.body.next_cursor}`);
    expect(second.status).toBe(200);
    const all = [...first.body.data, ...second.body.data].map((g: { gstin: string }) => g.gstin);
    expect(new Set(all).size).toBe(3);
    expect(second.body.has_more).toBe(false);
  });

  it.each([
    ['invented', 'zzz'],
    ['a raw id', '29AAACP7879D1Z0'],
    ['edited', 'EDIT'],
  ])('an %s cursor is a 400 naming starting_after', async (_what, value) => {
    let cursor = value;
    if (value === 'EDIT') {
      const first = await get('/v1/gstins?limit=1');
      const [v, key, seal] = String(first.body.next_cursor).split('.');
      const other = Buffer.from('27AAPFU0939F1ZV').toString('base64url');
      cursor = [v, other === key ? Buffer.from('07AAACR5055K1Z9').toString('base64url') : other, seal].join('.');
    }
    const res = await get(`/v1/gstins?starting_after=${encodeURIComponent(cursor)}`);
    expect(res.status).toBe(400);
    // Not a cursor's shape: the spec's pattern refuses it; the shape but not the seal: invalid_cursor.
    expect(res.body.errors).toEqual([
      expect.objectContaining({
        pointer: 'query:starting_after',
        code: value === 'EDIT' ? 'invalid_cursor' : 'pattern',
      }),
    ]);
  });

  it("another list's cursor is refused", async () => {
    const gstins = await get('/v1/gstins?limit=1');
    const audit = await get(`/v1/audit-events?starting_after=${gstins.body.next_cursor}`);
    expect(audit.status).toBe(400);
    expect(audit.body.errors[0].code).toBe('invalid_cursor');
  });
});

describe('request log pages are light', () => {
  it('a list page carries summaries; the detail carries the redacted bodies', async () => {
    const page = await get('/v1/logs?operation=registerGstin&limit=1');
    expect(page.status).toBe(200);
    const [summary] = page.body.data;
    expect(summary).toMatchObject({ object: 'request_log', operation: 'registerGstin', status: 201 });
    expect(summary).not.toHaveProperty('request_body');
    expect(summary).not.toHaveProperty('response_body');
    const detail = await get(`/v1/logs/${summary.id}`);
    expect(detail.body.request_body).toMatchObject({ irp_password: '[REDACTED]' });
  });
});
