// einvoice quickstart: from an account API key to an IRN, an e-way bill, their cancellation and a verified
// webhook, against a sandbox server (./scripts/start.sh). Configuration comes from the environment only:
//   EINVOICE_API_KEY   the sk_test_ key the server printed at its first start (required)
//   EINVOICE_BASE_URL  default http://127.0.0.1:8080
import {
  ConflictError,
  Einvoice,
  EinvoiceAdmin,
  EinvoiceError,
  UnprocessableEntityError,
  type WebhookEndpointWithSecret,
} from '@einvoice/sdk';
import { freshDocumentNumber, intraStateInvoice, SELLER_GSTIN } from './invoice.js';
import { WebhookReceiver } from './webhook-receiver.js';

const WEBHOOK_TIMEOUT_MS = 30_000;

interface Config {
  baseUrl: string;
  apiKey: string;
}

function readConfig(): Config {
  const apiKey = process.env.EINVOICE_API_KEY;
  if (!apiKey) throw new Error('set EINVOICE_API_KEY to the sk_test_ key that ./scripts/start.sh printed');
  return { apiKey, baseUrl: process.env.EINVOICE_BASE_URL ?? 'http://127.0.0.1:8080' };
}

/** Step 1: register the GSTIN (once per account) and create an OAuth credential that acts for it. */
async function connectGstin(admin: EinvoiceAdmin, baseUrl: string): Promise<Einvoice> {
  console.log(`1. Register GSTIN ${SELLER_GSTIN} with its IRP login`);
  try {
    // Any user name works with the sandbox IRP; its password is "sandbox".
    await admin.gstins.register({ gstin: SELLER_GSTIN, irp_username: 'demo', irp_password: 'sandbox' });
    console.log('   registered');
  } catch (error) {
    if (!(error instanceof ConflictError && error.code === 'gstin_exists')) throw error;
    console.log('   already registered under this account (fine: the program has run before)');
  }

  const credential = await admin.credentials.create(SELLER_GSTIN, {
    name: 'typescript-quickstart',
    scopes: ['irn:write', 'ewb:write', 'notes:write', 'read'],
  });
  console.log(`   created credential ${credential.client_id} (its secret is shown once: store it in your vault)`);

  // The GSTIN client fetches an OAuth token with these and refreshes it before it expires.
  return new Einvoice({
    clientId: credential.client_id,
    clientSecret: credential.client_secret,
    gstin: SELLER_GSTIN,
    baseUrl,
  });
}

/** Step 2: ask einvoice to POST irn.generated events to our local receiver. */
async function subscribe(admin: EinvoiceAdmin, receiver: WebhookReceiver): Promise<WebhookEndpointWithSecret> {
  console.log(`2. Listen for webhooks at ${receiver.url}`);
  const endpoint = await admin.webhookEndpoints.create({
    url: receiver.url,
    description: 'TypeScript quickstart',
    events: ['irn.generated'],
  });
  receiver.trust(endpoint.secret); // whsec_...: shown on creation only
  console.log(`   registered webhook endpoint ${endpoint.id} for ${endpoint.events.join(', ')}`);
  return endpoint;
}

/** Step 3: register today's invoice with the IRP; returns its IRN. */
async function generateIrn(client: Einvoice): Promise<string> {
  const documentNumber = freshDocumentNumber();
  const invoice = intraStateInvoice(documentNumber);
  console.log(`3. Generate an IRN for invoice ${documentNumber} dated ${invoice.DocDtls.Dt}`);
  const doc = await client.irn.generate(invoice);
  // The server answers 202 "queued" when the IRP is slow; the sandbox IRP answers at once.
  if (doc.status !== 'generated' || !doc.Irn) throw new Error(`expected a generated IRN, got status ${doc.status}`);
  console.log(`   IRN    ${doc.Irn}`);
  console.log(`   AckNo  ${doc.AckNo} at ${doc.AckDt}`);
  return doc.Irn;
}

/** Step 4: read the document back by its IRN. */
async function showIrn(client: Einvoice, irn: string): Promise<void> {
  console.log('4. Read it back');
  const doc = await client.irn.get(irn);
  console.log(`   ${doc.doc_type} ${doc.doc_no} of ${doc.doc_date}: status ${doc.status}`);
}

/** Step 5: what a GSTN business-rule failure looks like: a 422 whose gstnErrors say what to change. */
async function showValidationError(client: Einvoice): Promise<void> {
  const documentNumber = freshDocumentNumber();
  const invoice = intraStateInvoice(documentNumber);
  invoice.ValDtls.TotInvVal = 99999; // the lines add up to 1180
  console.log(
    `5. Generate invoice ${documentNumber} whose total does not add up (TotInvVal ${invoice.ValDtls.TotInvVal})`,
  );
  try {
    await client.irn.generate(invoice);
  } catch (error) {
    if (!(error instanceof UnprocessableEntityError)) throw error;
    if (error.gstnErrors.length === 0) throw new Error(`expected GSTN errors in the 422, got: ${error.message}`);
    console.log(`   refused: ${error.message}`);
    for (const gstnError of error.gstnErrors) {
      console.log(`   NIC ${gstnError.code}: ${gstnError.message}`);
      if (gstnError.hint) console.log(`            hint: ${gstnError.hint}`);
    }
    return;
  }
  throw new Error('the IRP accepted an invoice whose totals do not add up; expected a 422');
}

/** Step 6: an e-way bill for the goods, then its cancellation (it must go before the IRN can be cancelled). */
async function eWayBillRoundTrip(client: Einvoice, irn: string): Promise<void> {
  console.log('6. Generate an e-way bill for the IRN (road, distance computed from the PIN codes)');
  const ewb = await client.ewb.generate({
    Irn: irn,
    Distance: 0,
    TransMode: '1',
    TransId: '29AAGCB7383J1Z4',
    TransName: 'Bharat Logistics',
    VehNo: 'KA01AB1234',
    VehType: 'R',
  });
  console.log(`   EwbNo ${ewb.EwbNo} (${ewb.status}), valid until ${ewb.EwbValidTill ?? 'Part-B is filled in'}`);

  const cancelled = await client.ewb.cancel(ewb.EwbNo, {
    cancelRsnCode: '2',
    cancelRmrk: 'Order cancelled by the buyer',
  });
  console.log(`   cancelled e-way bill ${cancelled.EwbNo}: status ${cancelled.status}`);
}

/** Step 7: cancel the IRN (allowed for 24 hours after its AckDt). */
async function cancelIrn(client: Einvoice, irn: string): Promise<void> {
  console.log('7. Cancel the IRN');
  const doc = await client.irn.cancel(irn, { CnlRsn: '3', CnlRem: 'Order cancelled by the buyer' });
  console.log(`   status ${doc.status}, CancelDate ${doc.CancelDate}`);
}

/** Step 8: the irn.generated event of step 3, already verified by the receiver. */
async function awaitIrnGenerated(receiver: WebhookReceiver, irn: string): Promise<void> {
  console.log(`8. Wait (at most ${WEBHOOK_TIMEOUT_MS / 1000} s) for the irn.generated webhook of this IRN`);
  const { id, event } = await receiver.waitFor(
    ({ event }) => event.type === 'irn.generated' && event.data.Irn === irn,
    WEBHOOK_TIMEOUT_MS,
  );
  console.log(`   received ${event.type} ${id}: signature verified, answered 204`);
}

async function main(): Promise<void> {
  const { apiKey, baseUrl } = readConfig();
  console.log(`einvoice quickstart against ${baseUrl}`);
  const admin = new EinvoiceAdmin({ apiKey, baseUrl });
  const client = await connectGstin(admin, baseUrl);

  const receiver = await WebhookReceiver.start('/webhooks');
  let endpoint: WebhookEndpointWithSecret | undefined;
  try {
    endpoint = await subscribe(admin, receiver);
    const irn = await generateIrn(client);
    await showIrn(client, irn);
    await showValidationError(client);
    await eWayBillRoundTrip(client, irn);
    await cancelIrn(client, irn);
    await awaitIrnGenerated(receiver, irn);
  } finally {
    // Clean up even after a failure, so a re-run does not leave endpoints pointing at dead ports.
    if (endpoint) {
      await admin.webhookEndpoints.delete(endpoint.id);
      console.log(`   deleted webhook endpoint ${endpoint.id}`);
    }
    await receiver.close();
  }
  console.log('Done.');
}

main().catch((error: unknown) => {
  console.error(`\nquickstart failed: ${error instanceof Error ? error.message : String(error)}`);
  if (error instanceof EinvoiceError) {
    if (error.code) console.error(`  code: ${error.code}`);
    if (error.requestId) console.error(`  request id: ${error.requestId} (quote it to support)`);
    for (const gstnError of error.gstnErrors) console.error(`  NIC ${gstnError.code}: ${gstnError.message}`);
  }
  process.exitCode = 1;
});
