// A minimal webhook receiver on node:http. It verifies every delivery with the SDK's Standard Webhooks helper
// BEFORE acknowledging it: anybody can POST to a public URL, only einvoice knows the endpoint's secret.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook, WebhookVerificationError } from '@einvoice/sdk';

/** The Standard Webhooks envelope every einvoice event has. New event types may appear: ignore unknown ones. */
export interface WebhookEvent {
  type: string;
  timestamp: string;
  data: Record<string, unknown>;
}

/** An event whose signature verified. `id` is the `webhook-id`, the same on every retry of one event. */
export interface VerifiedEvent {
  id: string;
  event: WebhookEvent;
}

export class WebhookReceiver {
  private readonly server: Server = createServer((req, res) => {
    this.handle(req, res).catch((error: unknown) => {
      console.error('   (webhook receiver: failed to handle a delivery)', error);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  private verifier: Webhook | undefined;
  private readonly events: VerifiedEvent[] = [];
  private readonly seenIds = new Set<string>();
  private readonly onEvent = new Set<() => void>();
  private rejected = 0;

  private constructor(private readonly path: string) {}

  /** Listens on 127.0.0.1 on a free port. The endpoint's secret comes later, from `trust`. */
  static async start(path = '/webhooks'): Promise<WebhookReceiver> {
    const receiver = new WebhookReceiver(path);
    await new Promise<void>((resolve, reject) => {
      receiver.server.once('error', reject);
      receiver.server.listen(0, '127.0.0.1', resolve);
    });
    return receiver;
  }

  /** The URL to register with einvoice. */
  get url(): string {
    const { port } = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${port}${this.path}`;
  }

  /** The endpoint's `whsec_` secret. During a rotation pass both, new and old. */
  trust(secret: string | readonly string[]): void {
    this.verifier = new Webhook(secret);
  }

  /** Resolves with the first verified event that matches, or rejects after `timeoutMs`. */
  waitFor(matches: (event: VerifiedEvent) => boolean, timeoutMs: number): Promise<VerifiedEvent> {
    return new Promise((resolve, reject) => {
      const check = (): void => {
        const found = this.events.find(matches);
        if (found) {
          cleanup();
          resolve(found);
        }
      };
      const timer = setTimeout(() => {
        cleanup();
        const rejected = this.rejected ? `; ${this.rejected} delivery(ies) failed signature verification` : '';
        reject(
          new Error(
            `no matching webhook within ${timeoutMs / 1000} s (${this.events.length} verified event(s) received${rejected})`,
          ),
        );
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        this.onEvent.delete(check);
      };
      this.onEvent.add(check);
      check();
    });
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections(); // einvoice keeps its delivery connection alive; do not wait for it
    });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'POST' || req.url !== this.path) {
      res.writeHead(404).end();
      return;
    }
    // The signature covers the exact bytes sent: verify the raw body, never JSON.parse + JSON.stringify.
    const body = await readBody(req);
    if (!this.verifier) {
      res.writeHead(503).end(); // not ready yet; einvoice retries failed deliveries
      return;
    }
    let id: string;
    try {
      ({ id } = this.verifier.verify(body, req.headers));
    } catch (error) {
      if (!(error instanceof WebhookVerificationError)) throw error;
      this.rejected += 1;
      console.warn(`   (webhook receiver: refused a delivery: ${error.message})`);
      res.writeHead(400).end();
      return;
    }
    // Deliveries are at-least-once: acknowledge a repeat again, but handle each id only once.
    if (!this.seenIds.has(id)) {
      this.seenIds.add(id);
      this.events.push({ id, event: JSON.parse(body.toString('utf8')) as WebhookEvent });
      for (const notify of this.onEvent) notify();
    }
    res.writeHead(204).end();
  }
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
