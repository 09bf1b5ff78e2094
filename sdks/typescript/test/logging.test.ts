// Request logging and app info, over real HTTP against a local server: one line per attempt, nothing secret.
import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { Einvoice, EinvoiceConfigError } from '../src/index.js';

const SECRET = 'cs_test_do_not_log_me_0000000001';
const TOKEN = 'at_do_not_log_me_either';
let server: http.Server;
let baseUrl: string;
let userAgents: string[] = [];
let failuresLeft = 0;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    userAgents.push(String(req.headers['user-agent']));
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      if (req.url === '/v1/oauth/token') {
        res.writeHead(200, { 'content-type': 'application/json', 'x-request-id': 'req_token' });
        res.end(JSON.stringify({ access_token: TOKEN, token_type: 'Bearer', expires_in: 900, scope: 'read' }));
        return;
      }
      if (failuresLeft > 0) {
        failuresLeft--;
        res.writeHead(503, {
          'content-type': 'application/problem+json',
          'x-request-id': 'req_fail',
          'retry-after-ms': '1',
        });
        res.end(JSON.stringify({ type: 'about:blank', title: 'Unavailable', status: 503 }));
        return;
      }
      res.writeHead(200, {
        'content-type': 'application/json',
        'x-request-id': 'req_ok',
        'idempotent-replayed': 'true',
      });
      res.end(JSON.stringify({ object: 'list', data: [], has_more: false }));
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));
afterEach(() => {
  vi.unstubAllEnvs();
  userAgents = [];
  failuresLeft = 0;
});

function capture() {
  const lines: Array<{ level: string; message: string; fields: Record<string, unknown> }> = [];
  const logger = {
    info: (message: string, fields: Record<string, unknown> = {}) => lines.push({ level: 'info', message, fields }),
    debug: (message: string, fields: Record<string, unknown> = {}) => lines.push({ level: 'debug', message, fields }),
  };
  return { lines, logger, text: () => JSON.stringify(lines) };
}

const client = (extra: Record<string, unknown>) =>
  new Einvoice({ clientId: 'cli_test_1', clientSecret: SECRET, baseUrl, statusAwareBackoff: false, ...extra });

describe('logging', () => {
  it('info: one line per HTTP attempt with method, path, status, request id, attempt and latency', async () => {
    const { lines, logger, text } = capture();
    failuresLeft = 1;
    await client({ logger, logLevel: 'info' }).documents.list({ from: '2026-11-01' });
    expect(lines.map((l) => [l.level, l.fields.method, l.fields.path, l.fields.status, l.fields.attempt])).toEqual([
      ['info', 'POST', '/v1/oauth/token', 200, 1],
      ['info', 'GET', '/v1/documents', 503, 1],
      ['info', 'GET', '/v1/documents', 200, 2],
    ]);
    expect(lines[1]!.fields.request_id).toBe('req_fail');
    expect(lines[2]!.fields).toMatchObject({ request_id: 'req_ok', idempotent_replayed: true });
    expect(typeof lines[2]!.fields.latency_ms).toBe('number');
    expect(lines[2]!.message).toContain('GET /v1/documents -> 200');
    // Never: the client secret, the token, the query string, headers at info.
    expect(text()).not.toContain(SECRET);
    expect(text()).not.toContain(TOKEN);
    expect(text()).not.toContain('2026-11-01');
    expect(text()).not.toContain('authorization');
  });

  it('debug: adds headers, with credentials redacted', async () => {
    const { lines, logger, text } = capture();
    await client({ logger, logLevel: 'debug' }).documents.list();
    expect(lines.every((l) => l.level === 'debug')).toBe(true);
    const call = lines.find((l) => l.fields.path === '/v1/documents')!;
    expect(call.fields.request_headers).toMatchObject({ authorization: '[redacted]' });
    expect(call.fields.response_headers).toMatchObject({ 'x-request-id': 'req_ok' });
    const tokenCall = lines.find((l) => l.fields.path === '/v1/oauth/token')!;
    expect(tokenCall.fields.request_headers).toMatchObject({ authorization: '[redacted]' });
    expect(text()).not.toContain(SECRET);
    expect(text()).not.toContain(TOKEN);
    expect(text()).not.toContain(Buffer.from(`cli_test_1:${SECRET}`).toString('base64'));
  });

  it('EINVOICE_LOG switches it on without code changes; unset means silent', async () => {
    const quiet = capture();
    await client({ logger: quiet.logger }).documents.list();
    expect(quiet.lines).toEqual([]);
    vi.stubEnv('EINVOICE_LOG', 'info');
    const loud = capture();
    await client({ logger: loud.logger }).documents.list();
    expect(loud.lines.length).toBe(2);
  });
});

describe('app info', () => {
  it('is appended to the User-Agent of every request', async () => {
    await client({ appInfo: { name: 'acme-erp', version: '4.2.0', url: 'https://acme.example' } }).documents.list();
    expect(userAgents.length).toBe(2);
    for (const ua of userAgents)
      expect(ua).toMatch(/^einvoice-typescript\/\S+ node\/\S+ acme-erp\/4\.2\.0 \(\+https:\/\/acme\.example\)$/);
  });

  it('without a name is a configuration error', () => {
    expect(() => client({ appInfo: { name: ' ' } })).toThrow(EinvoiceConfigError);
  });
});
