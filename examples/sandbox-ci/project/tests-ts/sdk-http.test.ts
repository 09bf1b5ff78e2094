// The TypeScript SDK over HTTP against the sandbox CLI that ci.sh started: the happy path and the failures our
// ERP integration must survive, each provoked for one call with the x-sandbox-fault header.
import { Einvoice, EinvoiceAdmin, UnprocessableEntityError } from '@einvoice/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { env, invoice, sandboxRequests, startReceiver } from './support.js';

const baseUrl = env('EINVOICE_BASE_URL');
const client = new Einvoice({
  baseUrl,
  clientId: env('EINVOICE_CLIENT_ID'),
  clientSecret: env('EINVOICE_CLIENT_SECRET'),
  gstin: env('EINVOICE_GSTIN'),
});
const admin = new EinvoiceAdmin({ baseUrl, apiKey: env('EINVOICE_API_KEY') });
const fault = (id: string) => ({ headers: { 'x-sandbox-fault': id } });
const IRN = /^[0-9a-f]{64}$/;

describe('e-invoicing through @einvoice/sdk against the sandbox', () => {
  it('generates an IRN', async () => {
    const doc = invoice();
    const { data, response } = await client.irn.generate(doc).withResponse();
    expect(response.status).toBe(201);
    expect(data).toMatchObject({ status: 'generated', doc_no: doc.DocDtls.No, Irn: expect.stringMatching(IRN) });
  });

  it('surfaces a NIC validation error as UnprocessableEntityError with its GSTN code', async () => {
    const error = await client.irn.generate(invoice(), fault('nic-2189')).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UnprocessableEntityError);
    const refused = error as UnprocessableEntityError;
    expect(refused.status).toBe(422);
    expect(refused.gstnErrors.map((g) => g.code)).toEqual(['2189']);
  });

  it('answers a repeated document (NIC 2150) with the original IRN: 200 and Idempotent-Replayed', async () => {
    const { data, response } = await client.irn.generate(invoice(), fault('duplicate-2150-replay')).withResponse();
    expect(response.status).toBe(200);
    expect(response.headers.get('idempotent-replayed')).toBe('true');
    expect(data.Irn).toMatch(IRN);
  });

  it('retries a 429 with the same Idempotency-Key', async () => {
    const since = Date.now();
    const { response } = await client.irn.generate(invoice(), fault('rate-limit-429')).withResponse();
    expect(response.status).toBe(201);
    const attempts = (await sandboxRequests()).filter(
      (r) => r.scenario === 'rate-limit-429' && r.path === '/v1/irn' && r.at >= since - 1000,
    );
    expect(attempts.map((r) => r.status)).toEqual([429, 201]);
    expect(attempts[0]?.idempotencyKey).toBeTruthy();
    expect(attempts[1]?.idempotencyKey).toBe(attempts[0]?.idempotencyKey);
  });

  describe('during a GSP outage', () => {
    let receiver: Awaited<ReturnType<typeof startReceiver>>;
    let endpointId: string | undefined;

    beforeAll(async () => {
      receiver = await startReceiver();
      // Webhook endpoints belong to the account: registered with the account key, not the GSTIN's token.
      const endpoint = await admin.webhookEndpoints.create({ url: receiver.url, events: ['irn.generated'] });
      endpointId = endpoint.id;
      receiver.setSecret(endpoint.secret);
    });
    afterAll(async () => {
      if (endpointId) await admin.webhookEndpoints.delete(endpointId);
      await receiver?.close();
    });

    it('queues the invoice (202), then delivers a verified irn.generated webhook', async () => {
      const { data, response } = await client.irn.generate(invoice(), fault('gsp-outage')).withResponse();
      expect(response.status).toBe(202);
      expect(data.status).toBe('queued');
      const delivery = await receiver.waitFor((d) => d.event.type === 'irn.generated' && d.event.data.id === data.id);
      expect(delivery.error).toBeUndefined();
      expect(delivery.verified).toBe(true);
      expect(delivery.event.data).toMatchObject({ status: 'generated', Irn: expect.stringMatching(IRN) });
    }, 90_000);
  });
});
