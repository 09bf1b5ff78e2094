// A NIC schema change rehearsed end to end (issue #23, item 4). The IRP (a sandbox IRP started here) demands
// the test-only INV-01 "1.2" and refuses documents in any other version, as NIC does after a cut-over. The
// server, told NIC_SCHEMA_VERSION=1.2, translates what clients send in v1.1 (RegRev filled with the N v1.1
// implied, the deprecated PayDtls.DirDr dropped) and the request log shows the shape received and the shape
// sent. A server that does not translate gets the IRP's 2140: the IRP really does demand 1.2.
import { rehearsalRegistry } from '@einvoice/gst';
import { createSandbox, type RunningSandbox } from '@einvoice/irp-sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gstinSession, type Harness, startHarness } from '../support/harness.js';
import { invoice } from '../support/invoices.js';

const SELLER = '29AAACP7879D1Z0';
let irp: RunningSandbox;
let translating: Harness;
let untranslated: Harness;
let token: string;
let plainToken: string;

/** A v1.1 document a client built before 1.2: no RegRev (optional in v1.1), a direct-debit mandate. */
const v11Invoice = () => ({ ...invoice(SELLER), PayDtls: { DirDr: 'HDFC mandate 42', CrDay: 30 } });

beforeAll(async () => {
  irp = await createSandbox({ demandVersion: '1.2', strictVersion: true }).listen(0, '127.0.0.1');
  translating = await startHarness(
    { IRP_SANDBOX_URL: irp.url, NIC_SCHEMA_VERSION: '1.2' },
    { nicSchemaRegistry: rehearsalRegistry },
  );
  untranslated = await startHarness({ IRP_SANDBOX_URL: irp.url });
  token = (await gstinSession(translating, SELLER, ['irn:write', 'read'])).token;
  plainToken = (await gstinSession(untranslated, SELLER, ['irn:write', 'read'])).token;
});
afterAll(async () => {
  await translating?.close();
  await untranslated?.close();
  await irp?.close();
});

describe('an IRP that demands INV-01 1.2', () => {
  it('refuses the v1.1 shape when nobody translates it (2140 at /Version)', async () => {
    const res = await untranslated.request('POST', '/v1/irn', { token: plainToken, body: v11Invoice() });
    expect(res.status).toBe(422);
    expect(res.body.gstn_errors).toEqual([expect.objectContaining({ code: '2140' })]);
    expect(res.body.gstn_errors[0].message).toContain('/Version: expected 1.2');
  });

  it('issues IRNs for v1.1 requests the API layer translates, and logs both shapes', async () => {
    const sent = v11Invoice();
    const res = await translating.request('POST', '/v1/irn', { token, body: sent });
    expect(res.status).toBe(201);
    expect(res.body.Irn).toMatch(/^[0-9a-f]{64}$/);
    expect(res.body.status).toBe('generated');

    const logs = await translating.request('GET', '/v1/logs?operation=generateIrn&limit=5', {
      token: translating.apiKey,
    });
    const summary = logs.body.data.find((l: { irn: string | null }) => l.irn === res.body.Irn);
    const log = await translating.request('GET', `/v1/logs/${summary.id}`, { token: translating.apiKey });
    expect(log.status).toBe(200);
    // Received: exactly what the client sent (v1.1).
    expect(log.body.request_body.Version).toBe('1.1');
    expect(log.body.request_body.TranDtls).not.toHaveProperty('RegRev');
    expect(log.body.request_body.PayDtls.DirDr).toBe('HDFC mandate 42');
    // Sent: what the IRP demands (1.2).
    expect(log.body.schema_translation).toMatchObject({ received: '1.1', sent: '1.2' });
    const wire = log.body.schema_translation.sent_body;
    expect(wire.Version).toBe('1.2');
    expect(wire.TranDtls.RegRev).toBe('N');
    expect(wire.PayDtls).toEqual({ CrDay: 30 });
    expect(wire.DocDtls).toEqual(sent.DocDtls);
  });

  it('passes the new optional field through on a v1.1 request (documented), checked by the IRP', async () => {
    const withField = v11Invoice();
    (withField.ItemList[0] as Record<string, unknown>).PrdCatCd = 'APPAREL';
    const ok = await translating.request('POST', '/v1/irn', { token, body: withField });
    expect(ok.status).toBe(201);
    const logs = await translating.request('GET', '/v1/logs?operation=generateIrn&limit=5', {
      token: translating.apiKey,
    });
    const summary = logs.body.data.find((l: { irn: string | null }) => l.irn === ok.body.Irn);
    const log = await translating.request('GET', `/v1/logs/${summary.id}`, { token: translating.apiKey });
    expect(log.body.schema_translation.sent_body.ItemList[0].PrdCatCd).toBe('APPAREL');

    // Too long for 1.2's str(1,10): the IRP's own error, with the field named.
    const tooLong = v11Invoice();
    (tooLong.ItemList[0] as Record<string, unknown>).PrdCatCd = 'X'.repeat(11);
    const refused = await translating.request('POST', '/v1/irn', { token, body: tooLong });
    expect(refused.status).toBe(422);
    expect(refused.body.gstn_errors[0].code).toBe('2140');
    expect(refused.body.gstn_errors[0].message).toContain('/ItemList/0/PrdCatCd');
  });
});
