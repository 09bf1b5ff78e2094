// The GSP/IRP transport (undici's request over one keep-alive pool) against real sockets: it fails the way
// fetch failed, so classify.ts maps every failure as before (a refused connection may fail over; a write whose
// answer was lost stays ambiguous; the deadline covers the answer's body), and it reuses connections.
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifyTransport } from '../../src/adapters/gsp/classify.js';
import { pooledTransport } from '../../src/adapters/gsp/transport.js';

let server: Server;
let base: string;
const sockets = new Set<Socket>();
let connections = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/slow-head') return void setTimeout(() => res.end('late'), 3_000);
    if (req.url === '/slow-body') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"a":');
      return void setTimeout(() => res.end('1}'), 3_000);
    }
    if (req.url === '/drop') return void req.socket.destroy(); // read the request, never answer
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => res.writeHead(req.url === '/missing' ? 404 : 200).end(JSON.stringify({ got: body })));
  });
  server.on('connection', (s) => {
    connections++;
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const init = (ms = 5_000, body?: string) => ({
  method: body === undefined ? 'GET' : 'POST',
  headers: { 'content-type': 'application/json' },
  ...(body === undefined ? {} : { body }),
  signal: AbortSignal.timeout(ms),
});
const failure = (p: Promise<unknown>, isWrite = true) =>
  p.then(
    () => 'answered',
    (e: unknown) => classifyTransport(e, isWrite),
  );

describe('pooledTransport', () => {
  it('answers status and body like fetch, and reuses its keep-alive connections for calls in sequence', async () => {
    const t = pooledTransport();
    try {
      const call = async (i: number) => {
        const res = await t.fetch(new URL('/echo', base), init(5_000, `{"n":${i}}`));
        expect([res.status, res.ok, await res.json()]).toEqual([200, true, { got: `{"n":${i}}` }]);
      };
      for (let i = 0; i < 3; i++) await call(i); // the pool may open a second socket while the first settles
      const warm = connections;
      for (let i = 0; i < 10; i++) await call(i);
      expect(connections).toBe(warm);
      const missing = await t.fetch(new URL('/missing', base), init());
      expect([missing.status, missing.ok, await missing.text()]).toEqual([404, false, '{"got":""}']);
    } finally {
      await t.close();
    }
  });

  it('fails as fetch did: refused may fail over, a lost answer to a write is ambiguous, deadlines time out', async () => {
    const t = pooledTransport();
    try {
      expect(await failure(t.fetch(new URL('http://127.0.0.1:1/'), init()))).toMatchObject({
        kind: 'unavailable',
        detail: expect.stringMatching(/^refused: /),
      });
      expect(await failure(t.fetch(new URL('/drop', base), init(5_000, '{}')))).toMatchObject({
        kind: 'ambiguous',
        detail: expect.stringMatching(/^reset: /),
      });
      expect(await failure(t.fetch(new URL('/drop', base), init()), false)).toMatchObject({ kind: 'unavailable' });
      expect(await failure(t.fetch(new URL('/slow-head', base), init(300, '{}')))).toMatchObject({
        kind: 'ambiguous',
        detail: expect.stringMatching(/^timeout: /),
      });
      // The deadline covers the body as well: headers in time, the rest too late.
      expect(await failure(t.fetch(new URL('/slow-body', base), init(300, '{}')))).toMatchObject({
        kind: 'ambiguous',
        detail: expect.stringMatching(/^timeout: /),
      });
    } finally {
      await t.close();
    }
  });

  it('never reuses a connection the peer closed while idle: the next call opens a fresh one and succeeds', async () => {
    const t = pooledTransport();
    try {
      expect((await t.fetch(new URL('/echo', base), init(5_000, '{}'))).status).toBe(200);
      const before = connections;
      for (const s of sockets) s.destroy(); // the GSP restarts, or a proxy drops its idle connections
      await new Promise((r) => setTimeout(r, 50));
      const res = await t.fetch(new URL('/echo', base), init(5_000, '{"after":1}'));
      expect(await res.json()).toEqual({ got: '{"after":1}' });
      expect(connections - before).toBe(1);
    } finally {
      await t.close();
    }
  });
});
