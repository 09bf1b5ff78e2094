// The README quickstart, end to end: the SDK against a real reference server (buildServer + listen on
// 127.0.0.1, sandbox mode), with a tiny local webhook receiver.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Sandbox, startSandbox } from '@einvoice/contract';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  AuthenticationError,
  ConflictError,
  type DocumentSummary,
  Einvoice,
  EinvoiceAdmin,
  NoMatchingSignatureError,
  NotFoundError,
  UnprocessableEntityError,
  Webhook,
} from '../src/index.js';
import { invoice } from './support/invoice.js';

const GSTIN = '29AAACP7879D1Z0';
const SECOND_GSTIN = '29AABCT1332L1ZA'; // check digit from @einvoice/gst
const LIFECYCLE_GSTIN = '29AABCL4444L1Z7'; // a taxpayer the sandbox IRP knows
let sandbox: Sandbox;
let baseUrl: string;
let receiver: Server;
let receiverUrl: string;
const received: Array<{ body: Buffer; headers: IncomingHttpHeaders }> = [];
let waiters: Array<() => void> = [];

beforeAll(async () => {
  sandbox = await startSandbox({
    env: { WEBHOOK_ALLOW_LOOPBACK: 'true', WEBHOOK_RETRY_SCHEDULE_MS: '0,100', SANDBOX_LATENCY: 'off' },
  });
  baseUrl = (await sandbox.listen()).url;
  receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ body: Buffer.concat(chunks), headers: req.headers });
      res.writeHead(204).end();
      for (const w of waiters) w();
      waiters = [];
    });
  });
  await new Promise<void>((ready) => receiver.listen(0, '127.0.0.1', ready));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks/einvoice`;
});

afterAll(async () => {
  await new Promise<void>((done) => receiver?.close(() => done()));
  await sandbox?.close();
});

async function webhookOfType(type: string, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const hit = received.find((r) => JSON.parse(r.body.toString()).type === type);
    if (hit) return hit;
    if (Date.now() > deadline) throw new Error(`no ${type} webhook within ${timeoutMs} ms (got ${received.length})`);
    await new Promise<void>((r) => {
      waiters.push(r);
      setTimeout(r, 200);
    });
  }
}

it('quickstart: register, credential, IRN, fetch, e-way bill, cancel both, list, verify a webhook', async () => {
  const admin = new EinvoiceAdmin({ apiKey: sandbox.apiKey, baseUrl });
  await admin.gstins.register({ gstin: GSTIN, irp_username: 'api_user', irp_password: 'sandbox' });
  const credential = await admin.credentials.create(GSTIN, {
    name: 'quickstart',
    scopes: ['irn:write', 'ewb:write', 'notes:write', 'read'],
  });
  const endpoint = await admin.webhookEndpoints.create({ url: receiverUrl, events: ['*'] });
  expect(endpoint.secret).toMatch(/^whsec_/);

  // Every call of this client is signed (RFC 9421) with the credential's signing key; the server verifies.
  const client = new Einvoice({
    clientId: credential.client_id,
    clientSecret: credential.client_secret,
    gstin: GSTIN,
    baseUrl,
    signingKey: { keyId: credential.signing_key.key_id, secret: credential.signing_key.secret },
  });
  const inv = invoice(GSTIN);
  const { data: doc, response } = await client.irn.generate(inv).withResponse();
  expect(response.status).toBe(201);
  expect(doc.status).toBe('generated');
  expect(doc.Irn).toMatch(/^[0-9a-f]{64}$/);

  const fetched = await client.irn.get(doc.Irn!);
  expect(fetched.AckNo).toBe(doc.AckNo);
  const byDoc = await client.irn.getByDocument({ doc_type: 'INV', doc_no: inv.DocDtls.No, doc_date: inv.DocDtls.Dt });
  expect(byDoc.Irn).toBe(doc.Irn);

  const ewb = await client.ewb.generate({
    Irn: doc.Irn!,
    Distance: 0,
    TransMode: '1',
    VehNo: 'KA01AB1234',
    VehType: 'R',
  });
  expect(ewb.EwbNo).toBeGreaterThan(0);
  expect((await client.ewb.get(ewb.EwbNo)).EwbNo).toBe(ewb.EwbNo);

  // Wrong order first: the IRN cannot be cancelled while its e-way bill is active (NIC 2230).
  const refused = await client.irn
    .cancel(doc.Irn!, { CnlRsn: '2', CnlRem: 'Wrong buyer address' })
    .catch((e: unknown) => e);
  expect(refused).toBeInstanceOf(Error);
  const cancelledEwb = await client.ewb.cancel(ewb.EwbNo, { cancelRsnCode: '3', cancelRmrk: 'Data entry mistake' });
  expect(cancelledEwb.status).toBe('cancelled');
  const cancelled = await client.irn.cancel(doc.Irn!, { CnlRsn: '2', CnlRem: 'Wrong buyer address' });
  expect(cancelled.status).toBe('cancelled');

  const listed: DocumentSummary[] = [];
  for await (const d of client.documents.list({ limit: 1 })) listed.push(d);
  expect(listed.map((d) => d.Irn)).toContain(doc.Irn);
  const exported: DocumentSummary[] = [];
  for await (const d of client.documents.export()) exported.push(d);
  expect(exported.length).toBe(listed.length);

  const hook = await webhookOfType('irn.generated');
  const verified = Webhook.verify(hook.body, hook.headers as Record<string, string>, endpoint.secret);
  expect(verified.id).toMatch(/^msg_/);
  expect(() =>
    Webhook.verify(
      Buffer.concat([hook.body, Buffer.from(' ')]),
      hook.headers as Record<string, string>,
      endpoint.secret,
    ),
  ).toThrow(NoMatchingSignatureError);
  expect(client.tokens.requests).toBe(1);
});

it('multi-GSTIN: forGstin acts for another GSTIN with its own token cache; tokens never cross GSTINs', async () => {
  const admin = new EinvoiceAdmin({ apiKey: sandbox.apiKey, baseUrl });
  const first = await admin.credentials.create(GSTIN, { name: 'a', scopes: ['irn:write', 'read'] });
  await admin.gstins.register({ gstin: SECOND_GSTIN, irp_username: 'api_user', irp_password: 'sandbox' });
  const second = await admin.credentials.create(SECOND_GSTIN, { name: 'b', scopes: ['irn:write', 'read'] });

  const a = new Einvoice({ clientId: first.client_id, clientSecret: first.client_secret, gstin: GSTIN, baseUrl });
  const b = a.forGstin(SECOND_GSTIN, { clientId: second.client_id, clientSecret: second.client_secret });
  const docB = await b.irn.generate(invoice(SECOND_GSTIN));
  expect(docB.gstin).toBe(SECOND_GSTIN);
  // GSTIN A's token cannot see GSTIN B's IRN.
  await expect(a.irn.get(docB.Irn!)).rejects.toMatchObject({ status: 404 });
  // Seller GSTIN in the body must be the token's GSTIN.
  await expect(a.irn.generate(invoice(SECOND_GSTIN))).rejects.toMatchObject({ status: 403 });
  expect(a.tokens.requests).toBe(1);
  expect(b.tokens.requests).toBe(1);

  // Secret rotation through the admin client: add a secret, use it, revoke the old one.
  const rotated = await admin.credentials.addSecret(second.client_id, {});
  const c = a.forGstin(SECOND_GSTIN, { clientId: second.client_id, clientSecret: rotated.client_secret });
  expect((await c.irn.get(docB.Irn!)).Irn).toBe(docB.Irn);
  const old = (await admin.credentials.list(SECOND_GSTIN)).data
    .find((x) => x.client_id === second.client_id)!
    .secrets.find((s) => s.id !== rotated.secret.id)!;
  await admin.credentials.revokeSecret(second.client_id, old.id);
  const stale = new Einvoice({
    clientId: second.client_id,
    clientSecret: second.client_secret,
    baseUrl,
    maxRetries: 0,
  });
  await expect(stale.irn.get(docB.Irn!)).rejects.toBeInstanceOf(AuthenticationError);
});

it('idempotency: the same key replays, a different body with the same key is refused', async () => {
  const admin = new EinvoiceAdmin({ apiKey: sandbox.apiKey, baseUrl });
  const cred = await admin.credentials.create(GSTIN, { name: 'idem', scopes: ['irn:write', 'read'] });
  const client = new Einvoice({ clientId: cred.client_id, clientSecret: cred.client_secret, baseUrl });
  const inv = invoice(GSTIN);
  const first = await client.irn.generate(inv, { idempotencyKey: 'qs-key-1' }).withResponse();
  const again = await client.irn.generate(inv, { idempotencyKey: 'qs-key-1' }).withResponse();
  expect(again.response.headers.get('idempotent-replayed')).toBe('true');
  expect(again.data.Irn).toBe(first.data.Irn);
  const other = await client.irn
    .generate(invoice(GSTIN), { idempotencyKey: 'qs-key-1', maxRetries: 0 })
    .catch((e: unknown) => e);
  expect(other).not.toBeInstanceOf(ConflictError);
  expect(other).toMatchObject({ status: 422 });
});

it('GSTIN lifecycle: a wrong IRP password is refused once (NIC 1019), update, a final 409, delete', async () => {
  // Count the HTTP attempts the SDK makes: neither the 422 nor the final 409 may be retried.
  let attempts = 0;
  const counting: typeof fetch = (input, init) => {
    attempts++;
    return fetch(input, init);
  };
  const admin = new EinvoiceAdmin({ apiKey: sandbox.apiKey, baseUrl, fetch: counting });

  // (a) wrong IRP password: 422 irp_credentials_rejected carrying NIC 1019, after one attempt.
  attempts = 0;
  const rejected = await admin.gstins
    .register({ gstin: LIFECYCLE_GSTIN, irp_username: 'api_user', irp_password: 'not-sandbox' })
    .catch((e: unknown) => e);
  expect(rejected).toBeInstanceOf(UnprocessableEntityError);
  const unprocessable = rejected as UnprocessableEntityError;
  expect(unprocessable.status).toBe(422);
  expect(unprocessable.code).toBe('irp_credentials_rejected');
  expect(unprocessable.gstnErrors).toEqual([expect.objectContaining({ code: '1019' })]);
  expect(attempts).toBe(1);
  await expect(admin.gstins.get(LIFECYCLE_GSTIN)).rejects.toBeInstanceOf(NotFoundError); // nothing was stored

  // (b) the right password registers it; update changes the description.
  const registered = await admin.gstins.register({
    gstin: LIFECYCLE_GSTIN,
    irp_username: 'api_user',
    irp_password: 'sandbox',
  });
  expect(registered.gstin).toBe(LIFECYCLE_GSTIN);
  const updated = await admin.gstins.update(LIFECYCLE_GSTIN, { description: 'Bengaluru warehouse' });
  expect(updated).toMatchObject({
    gstin: LIFECYCLE_GSTIN,
    description: 'Bengaluru warehouse',
    irp_username: 'api_user',
  });
  expect((await admin.gstins.get(LIFECYCLE_GSTIN)).description).toBe('Bengaluru warehouse');

  // (c) registering it again is a final 409 (x-should-retry: false): one attempt, no back-off.
  attempts = 0;
  const started = Date.now();
  const conflict = await admin.gstins
    .register({ gstin: LIFECYCLE_GSTIN, irp_username: 'api_user', irp_password: 'sandbox' })
    .catch((e: unknown) => e);
  expect(conflict).toBeInstanceOf(ConflictError);
  expect((conflict as ConflictError).code).toBe('gstin_exists');
  expect((conflict as ConflictError).headers?.get('x-should-retry')).toBe('false');
  expect(attempts).toBe(1);
  expect(Date.now() - started).toBeLessThan(300);

  // (d) delete: deleted: true, and the GSTIN is gone.
  const deleted = await admin.gstins.delete(LIFECYCLE_GSTIN);
  expect(deleted).toMatchObject({ gstin: LIFECYCLE_GSTIN, deleted: true });
  await expect(admin.gstins.get(LIFECYCLE_GSTIN)).rejects.toBeInstanceOf(NotFoundError);
});
