// A webhook receiver on 127.0.0.1 that verifies each delivery with @einvoice/webhooks, as a team's would.
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { verify } from '@einvoice/webhooks';

export interface Received {
  headers: IncomingHttpHeaders;
  body: string;
  type: string;
  verified: boolean;
}

export async function startReceiver() {
  const received: Received[] = [];
  let secret = '';
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => {
      body += String(c);
    });
    req.on('end', () => {
      let verified = false;
      try {
        verify(body, req.headers as Record<string, string>, secret);
        verified = true;
      } catch {
        verified = false;
      }
      received.push({ headers: req.headers, body, type: JSON.parse(body).type, verified });
      res.writeHead(verified ? 204 : 400).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/einvoice`,
    received,
    setSecret(s: string) {
      secret = s;
    },
    async waitFor(type: string, match: (data: any) => boolean = () => true, timeoutMs = 30_000): Promise<Received> {
      const until = Date.now() + timeoutMs;
      while (Date.now() < until) {
        const hit = received.find((r) => r.type === type && match(JSON.parse(r.body).data));
        if (hit) return hit;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(
        `no ${type} webhook within ${timeoutMs} ms (got: ${received.map((r) => r.type).join(', ') || 'none'})`,
      );
    },
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
