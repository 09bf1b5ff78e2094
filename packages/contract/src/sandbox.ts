// The reference server in sandbox mode, in-process, on a temp-file SQLite database: what every contract
// handler forwards to (`app.fetch`). Also provisions a ready GSTIN credential for SDK suites.

import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
// The server is consumed as source through its `embed` export; vitest and tsx compile it on the fly.
import { type BuiltServer, buildServer, createAccount, createLogger, loadConfig } from '@einvoice/server/embed';
import { type ServerType, serve } from '@hono/node-server';

/** A seller GSTIN with a valid check digit (the server's quickstart GSTIN). */
export const DEFAULT_GSTIN = '29AAACP7879D1Z0';
export const DEFAULT_SCOPES = ['irn:write', 'ewb:write', 'notes:write', 'read'];

export interface GstinCredential {
  gstin: string;
  clientId: string;
  clientSecret: string;
}

export interface Sandbox {
  server: BuiltServer;
  apiKey: string;
  accountId: string;
  dataDir: string;
  /** The server's fetch handler (what MSW forwards to). */
  fetch(request: Request): Promise<Response>;
  /** Registers a GSTIN (idempotent) and creates a credential for it. */
  provision(gstin?: string, scopes?: string[]): Promise<GstinCredential>;
  /** Serves the real server on 127.0.0.1 (port 0: any free port). */
  listen(port?: number): Promise<{ url: string; close(): Promise<void> }>;
  close(): Promise<void>;
}

export interface SandboxOptions {
  /** Extra server configuration (environment variable names), e.g. WEBHOOK_ALLOW_LOOPBACK. */
  env?: Record<string, string>;
  /** Print the server's error log lines (default true). */
  logErrors?: boolean;
}

/**
 * @hono/node-server's serve() replaces globalThis.Request/Response with its own light classes unless told
 * not to (the embedded IRP simulator starts one). MSW recognises HttpResponse.error() with
 * `instanceof Response`, so a swapped global turns a scripted network error into a status-0 response.
 * Put the standard classes back once the server is built.
 */
async function withStandardGlobals<T>(build: () => Promise<T>): Promise<T> {
  const { Request: StdRequest, Response: StdResponse } = globalThis;
  try {
    return await build();
  } finally {
    for (const [name, value] of [
      ['Request', StdRequest],
      ['Response', StdResponse],
    ] as const) {
      if ((globalThis as Record<string, unknown>)[name] !== value)
        Object.defineProperty(globalThis, name, { value, writable: true, configurable: true });
    }
  }
}

export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const dataDir = mkdtempSync(join(tmpdir(), 'einvoice-contract-'));
  const config = loadConfig({
    EINVOICE_MODE: 'sandbox',
    DATA_DIR: dataDir,
    SQLITE_PATH: join(dataDir, 'einvoice.db'),
    EINVOICE_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    EINVOICE_HASH_PEPPER: randomBytes(32).toString('base64'),
    LOG_LEVEL: 'warn',
    ...options.env,
  });
  const destination = new Writable({
    write(chunk, _encoding, done) {
      if (options.logErrors !== false && /"level":(50|60)/.test(String(chunk))) process.stderr.write(chunk);
      done();
    },
  });
  const server = await withStandardGlobals(() => buildServer(config, { logger: createLogger('warn', destination) }));
  const { apiKey, account } = await createAccount(server.deps, 'Contract harness', 'sandbox');
  const appFetch = (request: Request) => Promise.resolve(server.app.fetch(request));
  const listeners: ServerType[] = [];

  async function admin<T = Record<string, unknown>>(
    method: string,
    path: string,
    body?: unknown,
  ): Promise<{ status: number; body: T }> {
    const res = await appFetch(
      new Request(`http://sandbox.internal${path}`, {
        method,
        headers: {
          authorization: `Bearer ${apiKey}`,
          'content-type': 'application/json',
          'idempotency-key': randomBytes(12).toString('hex'),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
    );
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : undefined };
  }

  return {
    server,
    apiKey,
    accountId: account.id,
    dataDir,
    fetch: appFetch,
    async provision(gstin = DEFAULT_GSTIN, scopes = DEFAULT_SCOPES) {
      const reg = await admin('POST', '/v1/gstins', { gstin, irp_username: 'api_user', irp_password: 'sandbox' });
      if (reg.status !== 201 && reg.status !== 409)
        throw new Error(`register ${gstin}: ${reg.status} ${JSON.stringify(reg.body)}`);
      const cred = await admin('POST', `/v1/gstins/${gstin}/credentials`, {
        name: 'contract',
        scopes,
        plan: 'standard',
      });
      if (cred.status !== 201) throw new Error(`credential for ${gstin}: ${cred.status} ${JSON.stringify(cred.body)}`);
      return { gstin, clientId: String(cred.body.client_id), clientSecret: String(cred.body.client_secret) };
    },
    async listen(port = 0) {
      const listener: ServerType = await new Promise((ready) => {
        const s = serve({ fetch: server.app.fetch, port, hostname: '127.0.0.1', overrideGlobalObjects: false }, () =>
          ready(s),
        );
      });
      listeners.push(listener);
      const address = listener.address() as AddressInfo;
      return {
        url: `http://127.0.0.1:${address.port}`,
        close: () => new Promise<void>((done) => listener.close(() => done())),
      };
    },
    async close() {
      await Promise.all(listeners.map((l) => new Promise<void>((done) => l.close(() => done()))));
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
