// The server can terminate TLS itself: TLS 1.3 only (a TLS 1.2 client is refused), with HSTS.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Listening, listen } from '../../src/listen.js';
import { type Harness, startHarness } from '../support/harness.js';

let h: Harness;
let tls: Listening;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'einvoice-tls-'));
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem'),
    ],
    { stdio: 'ignore' },
  );
  h = await startHarness();
  tls = await listen(h.server.app, {
    HOST: '127.0.0.1',
    PORT: 0,
    TLS_CERT_FILE: join(dir, 'cert.pem'),
    TLS_KEY_FILE: join(dir, 'key.pem'),
    HSTS_MAX_AGE: 31536000,
  });
});
afterAll(async () => {
  await new Promise<void>((done) => tls.server.close(() => done()));
  await h.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('TLS termination', () => {
  it('refuses a TLS 1.2 client', async () => {
    const error = await new Promise<Error | undefined>((resolve) => {
      const socket = connect(
        { host: '127.0.0.1', port: tls.port, maxVersion: 'TLSv1.2', rejectUnauthorized: false },
        () => {
          socket.end();
          resolve(undefined);
        },
      );
      socket.on('error', resolve);
    });
    expect(error?.message ?? 'connected').toMatch(/protocol version|alert/i);
  });

  it('serves TLS 1.3 with HSTS', async () => {
    const res = await new Promise<{ status: number; hsts: string | undefined; protocol: string }>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: tls.port, path: '/v1/status', rejectUnauthorized: false }, (r) => {
        r.resume();
        resolve({
          status: r.statusCode ?? 0,
          hsts: r.headers['strict-transport-security'] as string | undefined,
          protocol: (r.socket as import('node:tls').TLSSocket).getProtocol() ?? '',
        });
      });
      req.on('error', reject);
      req.end();
    });
    expect(res).toEqual({ status: 200, hsts: 'max-age=31536000; includeSubDomains', protocol: 'TLSv1.3' });
  });
});
