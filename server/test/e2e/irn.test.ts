// Generate, replay, fetch and cancel IRNs against the embedded sandbox IRP over real HTTP.
import { importJWK, jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRawForTests } from '../../src/adapters/storage/index.js';
import { e2eOnPostgres, gstinSession, type Harness, startHarness } from '../support/harness.js';
import { invoice, uniqueDocNo } from '../support/invoices.js';

const SELLER = '29AAACP7879D1Z0';
let h: Harness;
let s: { token: string };

beforeAll(async () => {
  h = await startHarness();
  s = await gstinSession(h, SELLER);
});
afterAll(() => h.close());

describe('generateIrn', () => {
  it('registers an invoice and returns NIC fields plus our envelope; the JWTs verify with the IRP key', async () => {
    const inv = invoice(SELLER);
    const res = await h.request('POST', '/v1/irn', {
      token: s.token,
      body: inv,
      headers: { 'idempotency-key': `k-${inv.DocDtls.No}` },
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      status: 'generated',
      doc_type: 'INV',
      doc_no: inv.DocDtls.No,
      gsp: 'sandbox-a',
      irp: 'SANDBOX',
    });
    expect(res.body.Irn).toMatch(/^[0-9a-f]{64}$/);
    expect(String(res.body.AckNo)).toMatch(/^\d{15}$/);
    expect(res.headers.get('location')).toBe(`/v1/irn/${res.body.Irn}`);
    expect(res.headers.get('idempotent-replayed')).toBe('false');
    expect(new Date(res.body.cancellable_until).getTime()).toBeGreaterThan(Date.now() + 23 * 3600_000);
    const jwk = h.sandbox.jwks.keys[0];
    const key = await importJWK(jwk as never, 'RS256');
    const verified = await jwtVerify(res.body.SignedQRCode, key);
    expect(Object.keys(JSON.parse(String(verified.payload.data)))).toEqual([
      'SellerGstin',
      'BuyerGstin',
      'DocNo',
      'DocTyp',
      'DocDt',
      'TotInvVal',
      'ItemCnt',
      'MainHsnCode',
      'Irn',
      'IrnDt',
    ]);

    // The log row keeps references to the document's payload and JWTs; its detail shows them in full.
    const logs = await h.request('GET', `/v1/logs?irn=${res.body.Irn}`, { token: h.apiKey });
    expect(logs.body.data).toHaveLength(1);
    const detail = await h.request('GET', `/v1/logs/${logs.body.data[0].id}`, { token: h.apiKey });
    expect(detail.body.request_body).toEqual(inv);
    expect(detail.body.response_body).toEqual(res.body);
    const [row] = await queryRawForTests(
      h.server.deps.storage,
      `select request_body, response_body from request_logs where id = '${logs.body.data[0].id}'`,
    );
    expect(JSON.stringify(row!.request_body)).not.toContain(inv.DocDtls.No);
    for (const jwt of [res.body.SignedInvoice, res.body.SignedQRCode])
      expect(JSON.stringify(row!.response_body)).not.toContain(jwt);
  });

  it('replays the same Idempotency-Key with the stored answer, and refuses the key with another body', async () => {
    const inv = invoice(SELLER);
    const key = `k-${inv.DocDtls.No}`;
    const first = await h.request('POST', '/v1/irn', {
      token: s.token,
      body: inv,
      headers: { 'idempotency-key': key },
    });
    const again = await h.request('POST', '/v1/irn', {
      token: s.token,
      body: inv,
      headers: { 'idempotency-key': key },
    });
    expect(again.status).toBe(first.status);
    expect(again.body).toEqual(first.body);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    const changed = await h.request('POST', '/v1/irn', {
      token: s.token,
      body: { ...inv, ValDtls: { ...inv.ValDtls, TotInvVal: 1181 } },
      headers: { 'idempotency-key': key },
    });
    expect([changed.status, changed.body.code]).toEqual([422, 'idempotency_key_reused']);
    expect(h.sandbox.ledger.snapshot().irns.filter((r: { irn: string }) => r.irn === first.body.Irn)).toHaveLength(1);
  });

  it("stores a generate's answer once, in its event: replays, log details and the export give back what was answered", async () => {
    const storage = h.server.deps.storage;
    const inv = invoice(SELLER);
    const note = {
      ...invoice(SELLER, { docType: 'CRN', docNo: inv.DocDtls.No }),
      RefDtls: { PrecDocDtls: [{ InvNo: inv.DocDtls.No, InvDt: inv.DocDtls.Dt }] },
    };
    for (const [path, body, type] of [
      ['/v1/irn', inv, 'irn.generated'],
      ['/v1/notes', note, 'note.generated'],
    ] as const) {
      const headers = { 'idempotency-key': `once-${type}-${inv.DocDtls.No}` };
      const first = await h.request('POST', path, { token: s.token, body, headers });
      expect(first.status, first.text).toBe(201);
      // A replay of the key, and a repeat of the document without one (answered 200 from the document).
      const replay = await h.request('POST', path, { token: s.token, body, headers });
      const repeat = await h.request('POST', path, { token: s.token, body });
      expect([replay.status, repeat.status]).toEqual([201, 200]);
      expect(replay.text).toBe(first.text); // byte for byte, whether the key holds the bytes or references the event
      expect(repeat.body).toEqual(first.body);

      const [event] = await queryRawForTests(
        storage,
        `select id from outbox_events where type = '${type}' and gstin = '${SELLER}' order by id desc limit 1`,
      );
      const reference = `$event:${event!.id}`;
      const [key] = await queryRawForTests(
        storage,
        `select response_body from idempotency_keys where key = '${headers['idempotency-key']}'`,
      );
      // SQLite keeps the answer's exact text in the event; PostgreSQL's jsonb does not, so the key keeps it there.
      expect(JSON.stringify(key!.response_body).includes(reference)).toBe(!e2eOnPostgres);

      const op = path === '/v1/irn' ? 'generateIrn' : 'generateNote';
      // The key's replay is answered before the handler (no IRN logged): the newest three of the operation.
      const rows = await queryRawForTests(
        storage,
        `select id, response_body from request_logs where gstin = '${SELLER}' and operation = '${op}' order by id desc limit 3`,
      );
      rows.reverse(); // oldest first
      const ids = rows.map((r) => String(r.id));
      // Only the first answer is the event's data; the replays' logs keep their bodies.
      expect(rows.map((r) => JSON.stringify(r.response_body).includes(reference))).toEqual([true, false, false]);
      for (const [i, answer] of [first, replay, repeat].entries()) {
        const detail = await h.request('GET', `/v1/logs/${ids[i]}`, { token: h.apiKey });
        expect(detail.body.response_body).toEqual(answer.body);
      }
      const from = encodeURIComponent(new Date(Date.now() - 60_000).toISOString());
      const exported = await h.request('GET', `/v1/logs/export?gstin=${SELLER}&operation=${op}&from=${from}`, {
        token: h.apiKey,
      });
      const lines = exported.text
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l));
      expect(lines.slice(-3).map((l) => [l.id, l.response_body])).toEqual([
        [ids[0], first.body],
        [ids[1], replay.body],
        [ids[2], repeat.body],
      ]);
    }
  });

  it('without a key, a repeated document returns the original IRN, never a second one', async () => {
    const inv = invoice(SELLER);
    const first = await h.request('POST', '/v1/irn', { token: s.token, body: inv });
    const again = await h.request('POST', '/v1/irn', { token: s.token, body: inv });
    expect([first.status, again.status]).toEqual([201, 200]);
    expect(again.body.Irn).toBe(first.body.Irn);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    const differs = await h.request('POST', '/v1/irn', {
      token: s.token,
      body: invoice(SELLER, { docNo: inv.DocDtls.No, qty: 11 }),
    });
    expect([differs.status, differs.body.code]).toEqual([409, 'duplicate_document_mismatch']);
    expect(differs.body.diff.map((d: { pointer: string }) => d.pointer)).toContain('/ValDtls/TotInvVal');
  });

  it('refuses locally, with NIC codes and hints, before any upstream call', async () => {
    const before = h.sandbox.ledger.snapshot().irns.length;
    const inv = invoice(SELLER);
    Object.assign(inv.ItemList[0]!, { IgstAmt: 180 });
    const res = await h.request('POST', '/v1/irn', { token: s.token, body: inv });
    expect(res.status).toBe(422);
    const codes = res.body.gstn_errors.map((e: { code: string }) => e.code);
    expect(codes).toContain('2172');
    expect(res.body.gstn_errors[0].hint.length).toBeGreaterThan(10);
    expect(res.body.upstream.system).toBe('einvoice');
    expect(h.sandbox.ledger.snapshot().irns.length).toBe(before);
  });

  it('refuses a body for another GSTIN (tenancy comes from the token)', async () => {
    const res = await h.request('POST', '/v1/irn', { token: s.token, body: invoice('27AAPFU0939F1ZV') });
    expect([res.status, res.body.code]).toEqual([403, 'gstin_mismatch']);
  });

  it('answers schema violations with 400, JSON pointers and NIC 2140', async () => {
    const inv = invoice(SELLER, { docNo: '0BAD' });
    const res = await h.request('POST', '/v1/irn', { token: s.token, body: inv });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { pointer: string }) => e.pointer)).toContain('/DocDtls/No');
    expect(res.body.gstn_errors[0].code).toBe('2140');
  });

  it('is readable by IRN and by document, and lists for reconciliation', async () => {
    const inv = invoice(SELLER);
    const made = await h.request('POST', '/v1/irn', { token: s.token, body: inv });
    const byIrn = await h.request('GET', `/v1/irn/${made.body.Irn}`, { token: s.token });
    expect(byIrn.body).toEqual(made.body);
    const q = new URLSearchParams({ doc_type: 'INV', doc_no: inv.DocDtls.No.toLowerCase(), doc_date: inv.DocDtls.Dt });
    const byDoc = await h.request('GET', `/v1/irn/by-document?${q}`, { token: s.token });
    expect(byDoc.body.Irn).toBe(made.body.Irn);
    const list = await h.request('GET', '/v1/documents?limit=2', { token: s.token });
    expect(list.body.data.length).toBe(2);
    expect(list.body.has_more).toBe(true);
    const next = await h.request('GET', `/v1/documents?limit=2&starting_after=${list.body.next_cursor}`, {
      token: s.token,
    });
    expect(next.body.data[0].id).not.toBe(list.body.data[0].id);
    const exported = await h.request('GET', '/v1/documents/export', { token: s.token });
    const lines = exported.text
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.Irn)).toContain(made.body.Irn);
  });
});

describe('cancelIrn', () => {
  it('cancels within 24 h, then answers the same document again (not an error)', async () => {
    const made = await h.request('POST', '/v1/irn', { token: s.token, body: invoice(SELLER) });
    const res = await h.request('POST', `/v1/irn/${made.body.Irn}/cancel`, {
      token: s.token,
      body: { CnlRsn: '2', CnlRem: 'Wrong buyer address' },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'cancelled', cancel_reason: '2' });
    expect(res.body.CancelDate).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    const again = await h.request('POST', `/v1/irn/${made.body.Irn}/cancel`, { token: s.token, body: { CnlRsn: '2' } });
    expect(again.body).toEqual(res.body);
  });

  it('refuses after the window (2270) and for an unknown IRN (404)', async () => {
    const made = await h.request('POST', '/v1/irn', {
      token: s.token,
      body: invoice(SELLER, { docNo: uniqueDocNo() }),
    });
    const real = Date.now();
    h.server.deps.clock = { now: () => new Date(real + 24 * 3600_000 + 60_000) };
    try {
      const later = await gstinSession(h, SELLER); // tokens from before the jump have expired
      const late = await h.request('POST', `/v1/irn/${made.body.Irn}/cancel`, {
        token: later.token,
        body: { CnlRsn: '1' },
      });
      expect(late.status, late.text).toBe(422);
      expect(late.body.gstn_errors[0].code).toBe('2270');
    } finally {
      h.server.deps.clock = { now: () => new Date() };
    }
    const unknown = await h.request('POST', `/v1/irn/${'f'.repeat(64)}/cancel`, {
      token: s.token,
      body: { CnlRsn: '1' },
    });
    expect(unknown.status).toBe(404);
  });
});
