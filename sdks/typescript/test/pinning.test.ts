// Certificate pinning against a local TLS server with a self-signed certificate: the right SPKI pin
// connects, a wrong pin fails before any request is sent.
import { execFileSync } from 'node:child_process';
import { createHash, X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { APIConnectionError, Einvoice, spkiPin } from '../src/index.js';

let server: Server;
let url: string;
let cert: string;
let pin: string;
let hits = 0;
const dir = mkdtempSync(join(tmpdir(), 'einvoice-pin-'));

beforeAll(async () => {
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=localhost',
      '-addext',
      'subjectAltName=IP:127.0.0.1,DNS:localhost',
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem'),
    ],
    { stdio: 'ignore' },
  );
  cert = readFileSync(join(dir, 'cert.pem'), 'utf8');
  pin = createHash('sha256')
    .update(new X509Certificate(cert).publicKey.export({ type: 'spki', format: 'der' }))
    .digest('base64');
  server = createServer({ key: readFileSync(join(dir, 'key.pem')), cert }, (_req, res) => {
    hits++;
    res
      .writeHead(200, { 'content-type': 'application/json' })
      .end(JSON.stringify({ status: 'operational', updated_at: new Date().toISOString(), gsps: [], irps: [] }));
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  url = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((done) => server.close(() => done()));
  rmSync(dir, { recursive: true, force: true });
});

const make = (pins: string[]) =>
  new Einvoice({ clientId: 'c', clientSecret: 's', baseUrl: url, maxRetries: 0, pinning: { pins, ca: cert } });

it('the right SPKI pin connects', async () => {
  expect(spkiPin(cert)).toBe(pin);
  expect((await make([`sha256/${pin}`]).status.get()).status).toBe('operational');
});

it('a wrong pin fails the TLS handshake: APIConnectionError, no request reaches the server', async () => {
  const before = hits;
  const err = await make([Buffer.alloc(32, 7).toString('base64')])
    .status.get()
    .catch((e: unknown) => e as Error);
  expect(err).toBeInstanceOf(APIConnectionError);
  expect(String((err as Error).message)).toMatch(/pin mismatch/);
  expect(hits).toBe(before);
});
