// Shared by the TypeScript suites: the environment ci.sh exports, a fresh invoice, the sandbox's request
// log, and a webhook receiver on 127.0.0.1 that verifies every delivery with the SDK.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Invoice, Webhook } from '@einvoice/sdk';

export function env(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the suites with ci.sh (npm test), which starts the sandbox`);
  return value;
}

/** Our ERP's invoice fixture with a document number nobody used yet, dated today in India. */
export function invoice(): Invoice {
  const doc = JSON.parse(readFileSync(new URL('../invoice.json', import.meta.url), 'utf8'));
  // NIC: at most 16 characters, ^[A-Za-z1-9][A-Za-z0-9/-]{0,15}$.
  doc.DocDtls.No = `TS/${Date.now().toString(36)}${randomBytes(2).toString('hex')}`.toUpperCase();
  doc.DocDtls.Dt = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Kolkata' }).format(new Date());
  return doc;
}

export interface RecordedRequest {
  scenario: string;
  method: string;
  path: string;
  idempotencyKey: string | null;
  retryCount: string | null;
  at: number;
  status: number | null;
}

/** What the sandbox saw (GET /__sandbox/requests), oldest first. */
export async function sandboxRequests(): Promise<RecordedRequest[]> {
  const res = await fetch(`${env('EINVOICE_BASE_URL')}/__sandbox/requests`);
  if (!res.ok) throw new Error(`GET /__sandbox/requests: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { data: RecordedRequest[] }).data;
}

export interface Delivery {
  verified: boolean;
  error?: string;
  event: { type: string; data: Record<string, unknown> };
}

/** An ERP's webhook endpoint: answers 204 to a delivery that verifies, 400 otherwise. */
export async function startReceiver() {
  const deliveries: Delivery[] = [];
  let secret = '';
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks); // the raw bytes: re-serialised JSON would not verify
      let delivery: Delivery;
      try {
        Webhook.verify(raw, req.headers, secret);
        delivery = { verified: true, event: JSON.parse(raw.toString('utf8')) };
      } catch (error) {
        delivery = { verified: false, error: String(error), event: JSON.parse(raw.toString('utf8')) };
      }
      deliveries.push(delivery);
      res.writeHead(delivery.verified ? 204 : 400).end();
    });
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks/einvoice`,
    deliveries,
    setSecret(value: string) {
      secret = value;
    },
    /** The first delivery that matches; events of other documents may arrive too. */
    async waitFor(match: (d: Delivery) => boolean, timeoutMs = 45_000): Promise<Delivery> {
      const until = Date.now() + timeoutMs;
      while (Date.now() < until) {
        const hit = deliveries.find(match);
        if (hit) return hit;
        await new Promise((r) => setTimeout(r, 100));
      }
      const seen = deliveries.map((d) => `${d.event.type} ${String(d.event.data?.id)}`).join(', ') || 'none';
      throw new Error(`no matching webhook within ${timeoutMs} ms (received: ${seen})`);
    },
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
