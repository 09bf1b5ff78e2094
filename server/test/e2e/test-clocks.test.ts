// Sandbox test clocks over real HTTP: the API (create, retrieve, list, advance, delete, production refusal) and
// the IRN cancellation window following the clock both here and at the embedded sandbox IRP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from '../../src/app/usecases/accounts.js';
import { gstinSession, type Harness, startHarness } from '../support/harness.js';
import { invoice, uniqueDocNo } from '../support/invoices.js';

const SELLER = '29AAACP7879D1Z0';
const OTHER = '27AAACM3025E1ZZ';
const HOUR = 3600;
let h: Harness;
let s: { token: string };

beforeAll(async () => {
  h = await startHarness();
  s = await gstinSession(h, SELLER);
});
afterAll(() => h.close());

/** dd/MM/yyyy in IST of an instant (the document date a taxpayer living at the clock's time would write). */
function istDate(at: Date): string {
  const d = new Date(at.getTime() + 5.5 * 3600_000);
  return `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`;
}

async function clockAt(frozen: Date, token = s.token) {
  const res = await h.request('POST', '/v1/test_clocks', {
    token,
    body: { name: 'cancel window', frozen_time: frozen.toISOString() },
    headers: { 'idempotency-key': `clock-${uniqueDocNo()}` },
  });
  expect(res.status, res.text).toBe(201);
  return res.body as { id: string; frozen_time: string; gstins: string[] };
}

async function generateAt(frozen: Date) {
  const inv = invoice(SELLER, { docNo: uniqueDocNo() });
  inv.DocDtls.Dt = istDate(frozen);
  const made = await h.request('POST', '/v1/irn', { token: s.token, body: inv });
  expect(made.status, made.text).toBe(201);
  return made.body as { Irn: string; AckDt: string; cancellable_until: string };
}

/** Access tokens expire on the clock too (test-clocks-own-time.test.ts): a new one after each advance. */
async function advance(id: string, seconds: number) {
  const res = await h.request('POST', `/v1/test_clocks/${id}/advance`, {
    token: s.token,
    body: { advance_by_seconds: seconds },
    headers: { 'idempotency-key': `adv-${uniqueDocNo()}` },
  });
  s = await gstinSession(h, SELLER);
  return res;
}

/** A token issued on a clock counts as issued at the clock's instant: a new one once the clock is gone. */
async function remove(id: string) {
  const res = await h.request('DELETE', `/v1/test_clocks/${id}`, { token: h.apiKey });
  s = await gstinSession(h, SELLER);
  return res;
}

describe('test clock API', () => {
  it('creates a frozen clock on the token GSTIN, retrieves, lists, advances only forward, deletes', async () => {
    const frozen = new Date('2026-03-02T04:30:00.000Z');
    const clock = await clockAt(frozen);
    try {
      expect(clock).toMatchObject({
        object: 'test_clock',
        name: 'cancel window',
        frozen_time: frozen.toISOString(),
        status: 'ready',
        whole_account: false,
        gstins: [SELLER],
      });
      expect(clock.id).toMatch(/^clock_/);
      const got = await h.request('GET', `/v1/test_clocks/${clock.id}`, { token: s.token });
      expect(got.body).toEqual(clock);
      const listed = await h.request('GET', '/v1/test_clocks', { token: h.apiKey });
      expect(listed.status).toBe(200);
      expect(listed.body.data.map((c: { id: string }) => c.id)).toContain(clock.id);

      const moved = await advance(clock.id, 25 * HOUR);
      expect(moved.status, moved.text).toBe(200);
      expect(moved.body.frozen_time).toBe(new Date(frozen.getTime() + 25 * HOUR * 1000).toISOString());
      const back = await h.request('POST', `/v1/test_clocks/${clock.id}/advance`, {
        token: s.token,
        body: { frozen_time: frozen.toISOString() },
        headers: { 'idempotency-key': `adv-${uniqueDocNo()}` },
      });
      expect(back.status, back.text).toBe(422);
      expect(back.body.code).toBe('test_clock_backwards');
      const both = await h.request('POST', `/v1/test_clocks/${clock.id}/advance`, {
        token: s.token,
        body: { frozen_time: new Date().toISOString(), advance_by_seconds: 5 },
        headers: { 'idempotency-key': `adv-${uniqueDocNo()}` },
      });
      expect(both.status).toBe(400);

      // One clock per GSTIN.
      const second = await h.request('POST', '/v1/test_clocks', {
        token: s.token,
        body: {},
        headers: { 'idempotency-key': `clock-${uniqueDocNo()}` },
      });
      expect(second.status).toBe(409);
      expect(second.body.code).toBe('gstin_has_test_clock');
    } finally {
      const gone = await remove(clock.id);
      expect(gone.status).toBe(200);
      expect(gone.body).toEqual({ id: clock.id, object: 'test_clock', deleted: true });
    }
    expect((await h.request('GET', `/v1/test_clocks/${clock.id}`, { token: s.token })).status).toBe(404);
  });

  it('the account key attaches named GSTINs or the whole account; a token cannot', async () => {
    await gstinSession(h, OTHER);
    const noTarget = await h.request('POST', '/v1/test_clocks', {
      token: h.apiKey,
      body: { name: 'nothing attached' },
      headers: { 'idempotency-key': `clock-${uniqueDocNo()}` },
    });
    expect(noTarget.status).toBe(400);
    const unknown = await h.request('POST', '/v1/test_clocks', {
      token: h.apiKey,
      body: { gstins: ['07AAGFF2194N1Z1'] },
      headers: { 'idempotency-key': `clock-${uniqueDocNo()}` },
    });
    expect(unknown.status).toBe(422);
    const byToken = await h.request('POST', '/v1/test_clocks', {
      token: s.token,
      body: { gstins: [OTHER] },
      headers: { 'idempotency-key': `clock-${uniqueDocNo()}` },
    });
    expect(byToken.status).toBe(403);
    const whole = await h.request('POST', '/v1/test_clocks', {
      token: h.apiKey,
      body: { whole_account: true },
      headers: { 'idempotency-key': `clock-${uniqueDocNo()}` },
    });
    expect(whole.status, whole.text).toBe(201);
    expect(whole.body).toMatchObject({ whole_account: true, gstins: [] });
    // The token of a GSTIN on the whole-account clock sees it.
    const seen = await h.request('GET', `/v1/test_clocks/${whole.body.id}`, { token: s.token });
    expect(seen.status).toBe(200);
    expect((await h.request('DELETE', `/v1/test_clocks/${whole.body.id}`, { token: h.apiKey })).status).toBe(200);
  });

  it('lists a page at a time: next_cursor as starting_after, newest first, a tampered cursor is 400', async () => {
    const gstins = ['27AAPFU0939F1ZV', '29AAGCB7383J1Z4', '09AAJCM7191E1Z5'];
    const ids: string[] = [];
    try {
      for (const gstin of gstins) {
        await gstinSession(h, gstin);
        const made = await h.request('POST', '/v1/test_clocks', {
          token: h.apiKey,
          body: { gstins: [gstin] },
          headers: { 'idempotency-key': `clock-${uniqueDocNo()}` },
        });
        expect(made.status, made.text).toBe(201);
        ids.push(made.body.id);
      }
      const first = await h.request('GET', '/v1/test_clocks?limit=2', { token: h.apiKey });
      expect(first.status, first.text).toBe(200);
      expect(first.body.data).toHaveLength(2);
      expect(first.body.has_more).toBe(true);
      expect(first.body.next_cursor).toMatch(/^c1\./);
      const seen: string[] = first.body.data.map((c: { id: string }) => c.id);
      let cursor: string | null = first.body.next_cursor;
      while (cursor) {
        const page = await h.request('GET', `/v1/test_clocks?limit=2&starting_after=${encodeURIComponent(cursor)}`, {
          token: h.apiKey,
        });
        expect(page.status, page.text).toBe(200);
        seen.push(...page.body.data.map((c: { id: string }) => c.id));
        expect(page.body.next_cursor === null).toBe(!page.body.has_more);
        cursor = page.body.next_cursor;
      }
      expect(seen).toEqual([...ids].sort().reverse()); // newest first: ids are time-ordered
      // Another clock's id under the page's seal.
      const seal = (first.body.next_cursor as string).split('.')[2];
      const edited = `c1.${Buffer.from(ids[0]!, 'utf8').toString('base64url')}.${seal}`;
      const forged = await h.request('GET', `/v1/test_clocks?starting_after=${edited}`, { token: h.apiKey });
      expect(forged.status).toBe(400);
      expect(forged.body.errors[0].code).toBe('invalid_cursor');
    } finally {
      for (const id of ids) await h.request('DELETE', `/v1/test_clocks/${id}`, { token: h.apiKey });
    }
  });

  it('production credentials are refused with 403 sandbox_only', async () => {
    const prod = await createAccount(h.server.deps, 'Production account', 'production');
    const res = await h.request('POST', '/v1/test_clocks', {
      token: prod.apiKey,
      body: { whole_account: true },
      headers: { 'idempotency-key': `clock-${uniqueDocNo()}` },
    });
    expect(res.status, res.text).toBe(403);
    expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(res.body.code).toBe('sandbox_only');
    expect((await h.request('GET', '/v1/test_clocks', { token: prod.apiKey })).status).toBe(403);
  });
});

describe('the IRN cancellation window follows the clock', () => {
  it('AckDt and cancellable_until are the clock time; cancel at 23:59 succeeds at the IRP two wall days later', async () => {
    // Two days in the past: an IRP on the wall clock would refuse any cancel of this IRN (2270).
    const frozen = new Date(Math.floor(Date.now() / 1000) * 1000 - 48 * HOUR * 1000);
    const clock = await clockAt(frozen);
    try {
      const made = await generateAt(frozen);
      expect(new Date(made.cancellable_until).getTime()).toBe(frozen.getTime() + 24 * HOUR * 1000);
      // The IRP acknowledged it at the clock's time too (its own record, not only our presentation).
      const atIrp = h.sandbox.ledger.snapshot().irns.find((r) => r.irn === made.Irn);
      expect(atIrp?.ackDt.getTime()).toBe(frozen.getTime());
      expect((await advance(clock.id, 23 * HOUR + 59 * 60)).status).toBe(200);
      const res = await h.request('POST', `/v1/irn/${made.Irn}/cancel`, { token: s.token, body: { CnlRsn: '2' } });
      expect(res.status, res.text).toBe(200);
      expect(res.body.status).toBe('cancelled');
    } finally {
      await remove(clock.id);
    }
  });

  it('cancel at 24:01 after acknowledgement gets NIC 2270 with its hint', async () => {
    const frozen = new Date(Math.floor(Date.now() / 1000) * 1000);
    const clock = await clockAt(frozen);
    try {
      const made = await generateAt(frozen);
      expect((await advance(clock.id, 24 * HOUR + 60)).status).toBe(200);
      const late = await h.request('POST', `/v1/irn/${made.Irn}/cancel`, { token: s.token, body: { CnlRsn: '1' } });
      expect(late.status, late.text).toBe(422);
      expect(late.body.gstn_errors[0].code).toBe('2270');
      expect(late.body.gstn_errors[0].hint).toBeTruthy();
    } finally {
      await remove(clock.id);
    }
  });
});
