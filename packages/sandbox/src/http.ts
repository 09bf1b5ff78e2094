// MSW handlers over real HTTP (the CLI, and the contract server of SDKs that cannot use MSW in-process). A
// small node:http adapter around msw's public getResponse(): an HttpResponse.error() answer destroys the
// socket, which clients see as a connection reset.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { getResponse, type HttpHandler } from 'msw';

const FORBIDDEN_METHODS = new Set(['TRACE', 'TRACK', 'CONNECT']);

export interface HandlersHttpServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

function toRequest(req: IncomingMessage, origin: string): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }
  const method = req.method ?? 'GET';
  const hasBody = !['GET', 'HEAD'].includes(method);
  return new Request(new URL(req.url ?? '/', origin), {
    method,
    headers,
    body: hasBody ? (Readable.toWeb(req) as ReadableStream) : undefined,
    duplex: 'half',
  } as RequestInit);
}

export async function listenHandlers(
  handlers: HttpHandler[],
  port = 0,
  host = '127.0.0.1',
): Promise<HandlersHttpServer> {
  let origin = '';
  const server = createServer(async (req, res) => {
    // Fetch's Request refuses TRACE, TRACK and CONNECT outright; no API operation uses them.
    if (FORBIDDEN_METHODS.has((req.method ?? '').toUpperCase())) {
      res.writeHead(405, { 'content-type': 'application/problem+json', allow: 'GET, HEAD, POST, PATCH, DELETE' }).end(
        JSON.stringify({
          type: 'https://einvoice.dev/problems/method-not-allowed',
          title: 'Method not allowed',
          status: 405,
          detail: `${req.method} is not served here.`,
          code: 'method_not_allowed',
        }),
      );
      return;
    }
    try {
      const response = await getResponse(handlers, toRequest(req, origin));
      if (!response) {
        res.writeHead(404, { 'content-type': 'application/problem+json' }).end(
          JSON.stringify({
            type: 'https://einvoice.dev/problems/not-found',
            title: 'Not found',
            status: 404,
            detail: `Nothing is served at ${req.url}.`,
            code: 'not_found',
          }),
        );
        return;
      }
      if (response.type === 'error') {
        req.socket.destroy();
        return;
      }
      const headers: Record<string, string | string[]> = {};
      response.headers.forEach((value, name) => {
        if (name === 'set-cookie') return;
        headers[name] = value;
      });
      const cookies = response.headers.getSetCookie();
      if (cookies.length) headers['set-cookie'] = cookies;
      res.writeHead(response.status, response.statusText, headers);
      if (response.body) {
        for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
          if (res.destroyed) break;
          res.write(chunk);
        }
      }
      res.end();
    } catch (error) {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/problem+json' });
      res.end(
        JSON.stringify({
          type: 'https://einvoice.dev/problems/internal-error',
          title: 'Internal error',
          status: 500,
          detail: `The sandbox failed to answer: ${String(error)}`,
          code: 'internal_error',
        }),
      );
    }
  });
  server.on('clientError', (_err, socket) => socket.destroy());
  await new Promise<void>((ready, fail) => {
    server.once('error', fail); // EADDRINUSE, EACCES: the caller names the flag
    server.listen(port, host, () => {
      server.off('error', fail);
      ready();
    });
  });
  const address = server.address() as AddressInfo;
  origin = `http://${host}:${address.port}`;
  return {
    url: origin,
    server,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
