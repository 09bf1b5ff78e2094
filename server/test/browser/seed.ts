// What the browser suite looks at: two accounts on one live sandbox server, each with a GSTIN, a credential,
// generated IRNs, a failed request (NIC 2172) and a webhook endpoint; account A's endpoint is down, so its
// delivery ends in the dead-letter queue; account A also used a deprecated operation, field and API version.
// Account B exists to be the "other account" of the cross-account test.
import { expect } from 'vitest';
import { createAccount } from '../../src/app/usecases/accounts.js';
import { gstinSession, type Harness, startHarness } from '../support/harness.js';
import { invoice } from '../support/invoices.js';
import { Receiver, waitFor } from '../support/webhook-harness.js';

export const SELLER = '29AAACP7879D1Z0';
export const OTHER_SELLER = '27AAPFU0939F1ZV';
export const HOSTILE = {
  script: '<script>window.__pwned=1</script>',
  img: "'><img src=x onerror=window.__pwned=2>",
  quoteImg: '"><img src=x onerror=window.__pwned=3>',
  // U+202E RIGHT-TO-LEFT OVERRIDE and U+200B ZERO WIDTH SPACE
  rtl: 'Invoice \u202Egpj.exe\u200B',
};

export interface Seeded {
  h: Harness;
  receiver: Receiver;
  a: {
    apiKey: string;
    clientId: string;
    clientSecret: string;
    docId: string;
    docNo: string;
    irn: string;
    qr: string;
    signedInvoice: string;
    /** A credit note naming the invoice docId in RefDtls.PrecDocDtls. */
    noteId: string;
    noteNo: string;
  };
  hostileDocId: string;
  failedLogId: string;
  deadDeliveryId: string;
  b: {
    apiKey: string;
    accountId: string;
    clientId: string;
    docId: string;
    logId: string;
    endpointId: string;
    deliveryId: string;
    secretId: string;
  };
}

async function generate(h: Harness, token: string, body: unknown) {
  return h.request('POST', '/v1/irn', { token, body, headers: { 'idempotency-key': `k-${Math.random()}` } });
}

export async function seed(): Promise<Seeded> {
  const h = await startHarness({
    WEBHOOK_ALLOW_LOOPBACK: 'true',
    WEBHOOK_RETRY_SCHEDULE_MS: '0,50',
    WEBHOOK_POLL_MS: '20',
  });
  const receiver = await new Receiver().start();
  receiver.respond = () => ({ status: 503, body: 'down' });
  const ep = await h.request('POST', '/v1/webhook-endpoints', {
    token: h.apiKey,
    body: { url: receiver.url, events: ['irn.generated', 'note.generated'] },
  });
  expect(ep.status).toBe(201);
  const s = await gstinSession(h, SELLER);
  const good = await generate(h, s.token, invoice(SELLER));
  expect(good.status).toBe(201);
  const hostile = invoice(SELLER);
  hostile.SellerDtls.LglNm = HOSTILE.script;
  hostile.BuyerDtls.LglNm = HOSTILE.img;
  hostile.SellerDtls.Addr1 = HOSTILE.rtl;
  const hostileRes = await generate(h, s.token, hostile);
  expect(hostileRes.status).toBe(201);
  // NIC's free-text pattern refuses a double quote: this one is refused (400) and lives in the request log.
  const quoted = invoice(SELLER);
  quoted.BuyerDtls.LglNm = HOSTILE.quoteImg;
  expect((await generate(h, s.token, quoted)).status).toBe(400);
  const bad = invoice(SELLER);
  Object.assign(bad.ItemList[0]!, { IgstAmt: 180 });
  const failed = await generate(h, s.token, bad);
  expect(failed.status).toBe(422);
  const dead = await waitFor(
    async () =>
      (await h.server.deps.storage.webhookDeliveries.list(h.accountId, { limit: 10, status: 'dead' })).items[0],
    30_000,
    'a dead delivery',
  );
  const logs = await h.server.deps.storage.requestLogs.list(h.accountId, { limit: 1, statusMin: 422, statusMax: 422 });
  // A credit note against the good invoice: the invoice's lifecycle lists it, and the note links back.
  const original = good.body;
  const noteNo = `CN/${String(Date.now() % 1_000_000).padStart(6, '0')}`;
  const note = await h.request('POST', '/v1/notes', {
    token: s.token,
    body: {
      ...invoice(SELLER, { docType: 'CRN', docNo: noteNo, qty: 1 }),
      RefDtls: { PrecDocDtls: [{ InvNo: original.doc_no, InvDt: original.doc_date }] },
    },
  });
  expect(note.status, note.text).toBe(201);
  await waitFor(
    async () =>
      (await h.server.deps.storage.webhookDeliveries.list(h.accountId, { limit: 1, eventType: 'note.generated' }))
        .items[0],
    30_000,
    "the note's delivery",
  );
  // Deprecated usage for the overview: the deprecated operation twice, the token form's client_secret once, and
  // one call answered in the deprecated version 2026-12-01.
  for (let i = 0; i < 2; i++)
    expect((await h.request('GET', `/v1/gstin-details/${SELLER}`, { token: s.token })).status).toBe(200);
  const formToken = await h.request('POST', '/v1/oauth/token', {
    form: { grant_type: 'client_credentials', client_id: s.clientId, client_secret: s.clientSecret },
  });
  expect(formToken.status).toBe(200);
  const oldVersion = await h.request('GET', '/v1/gstins', {
    token: h.apiKey,
    headers: { 'einvoice-version': '2026-12-01' },
  });
  expect(oldVersion.status).toBe(200);

  // Account B, with something behind every kind of id a page or an action takes.
  const other = await createAccount(h.server.deps, 'Other account', 'sandbox');
  const hb = { ...h, apiKey: other.apiKey };
  const sb = await gstinSession(hb, OTHER_SELLER);
  const epB = await h.request('POST', '/v1/webhook-endpoints', {
    token: other.apiKey,
    body: { url: receiver.url, events: ['irn.generated'] },
  });
  // Maharashtra to Karnataka: inter-state, so IGST instead of CGST + SGST.
  const interState = invoice(OTHER_SELLER);
  Object.assign(interState.SellerDtls, { Loc: 'Pune', Pin: 411001 });
  const item = interState.ItemList[0]!;
  const igst = item.CgstAmt + item.SgstAmt;
  Object.assign(item, { IgstAmt: igst, CgstAmt: 0, SgstAmt: 0 });
  Object.assign(interState.ValDtls, { IgstVal: igst, CgstVal: 0, SgstVal: 0 });
  const docB = await generate(h, sb.token, interState);
  expect(docB.status).toBe(201);
  const deliveryB = await waitFor(
    async () => (await h.server.deps.storage.webhookDeliveries.list(other.account.id, { limit: 1 })).items[0],
    30_000,
    "account B's delivery",
  );
  const logB = (await h.server.deps.storage.requestLogs.list(other.account.id, { limit: 1 })).items[0]!;
  const secretsB = await h.server.deps.storage.credentials.secrets(sb.clientId);
  return {
    h,
    receiver,
    a: {
      apiKey: h.apiKey,
      clientId: s.clientId,
      clientSecret: s.clientSecret,
      docId: good.body.id,
      docNo: good.body.doc_no,
      irn: good.body.Irn,
      qr: good.body.SignedQRCode,
      signedInvoice: good.body.SignedInvoice,
      noteId: note.body.id,
      noteNo,
    },
    hostileDocId: hostileRes.body.id,
    failedLogId: logs.items[0]!.id,
    deadDeliveryId: dead.delivery.id,
    b: {
      apiKey: other.apiKey,
      accountId: other.account.id,
      clientId: sb.clientId,
      docId: docB.body.id,
      logId: logB.id,
      endpointId: epB.body.id,
      deliveryId: deliveryB.delivery.id,
      secretId: secretsB[0]!.id,
    },
  };
}
