// The reference server in sandbox mode, in-process, on a temp-dir SQLite database, with the embedded IRP
// simulator: what the CLI serves and the MSW handlers forward to (`app.fetch`). `reset()` throws all of it
// away and starts again from the same seed, so the credentials a pipeline holds stay valid.

import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import {
  type BuiltServer,
  buildServer,
  createAccount,
  createLogger,
  loadConfig,
  seedSandbox,
} from '@einvoice/server/embed';
import { type ServerType, serve } from '@hono/node-server';
import { DEFAULT_GSTIN, SANDBOX_IRP_PASSWORD, type Seed } from './seed.js';

export const DEFAULT_SCOPES = ['irn:write', 'ewb:write', 'notes:write', 'read'];
export { DEFAULT_GSTIN };

/**
 * Sandbox defaults for CI: webhook retries and the outage queue on a schedule of milliseconds, not minutes,
 * so "202 queued, then the webhook" completes inside a test, and an IRP answer that never comes is given up
 * after 5 s instead of 20 (the embedded IRP answers in milliseconds). Each can be overridden through `env`.
 */
export const FAST_SCHEDULES: Record<string, string> = {
  WEBHOOK_RETRY_SCHEDULE_MS: '0,250,1000,2000,5000',
  QUEUE_POLL_MS: '100',
  QUEUE_RETRY_BASE_MS: '250',
  UPSTREAM_TIMEOUT_MS: '5000',
};

export interface GstinCredential {
  gstin: string;
  clientId: string;
  clientSecret: string;
  /** Its RFC 9421 signing key (key id = client id, secret base64), when known: provision() returns it. */
  signingKey?: { keyId: string; secret: string };
}

export interface ProvisionOptions {
  /** The credential's name (default `contract`). */
  name?: string;
  /** Create it with `require_signatures`: its unsigned or badly signed requests are refused (default false). */
  requireSignatures?: boolean;
}

export interface Sandbox {
  /** The current server (replaced by `reset()`). */
  readonly server: BuiltServer;
  readonly apiKey: string;
  readonly accountId: string;
  readonly dataDir: string;
  /** The seed's credentials, or [] when the sandbox was started without a seed. */
  readonly credentials: GstinCredential[];
  /** The server's fetch handler (what MSW forwards to); follows `reset()`. */
  fetch(request: Request): Promise<Response>;
  /** Registers a GSTIN (idempotent) and creates a new random credential for it (with its signing key). */
  provision(gstin?: string, scopes?: string[], options?: ProvisionOptions): Promise<GstinCredential>;
  /** Discards every document, token, webhook and fault, then applies the seed again. */
  reset(): Promise<void>;
  /** Serves the real server (not the fault layer) on 127.0.0.1 (port 0: any free port). */
  listen(port?: number): Promise<{ url: string; close(): Promise<void> }>;
  close(): Promise<void>;
}

export interface SandboxOptions {
  /** Fixed account key, GSTINs and clients (see seed.ts); without it a random account key is created. */
  seed?: Seed;
  /** Extra server configuration (environment variable names), e.g. WEBHOOK_RETRY_SCHEDULE_MS. */
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

interface Generation {
  server: BuiltServer;
  dataDir: string;
  apiKey: string;
  accountId: string;
}

/** The IRP simulators of live generations: a reset seeds the new one while the old one still answers. */
const liveIrpUrls = new Set<string>();

/** Is this one of the sandbox's own requests to its embedded IRP (which request interceptors must let through)? */
export function isSandboxIrpRequest(url: string): boolean {
  for (const irp of liveIrpUrls) if (url.startsWith(irp)) return true;
  return false;
}

async function startGeneration(options: SandboxOptions): Promise<Generation> {
  const dataDir = mkdtempSync(join(tmpdir(), 'einvoice-sandbox-'));
  const config = loadConfig({
    EINVOICE_MODE: 'sandbox',
    DATA_DIR: dataDir,
    SQLITE_PATH: join(dataDir, 'einvoice.db'),
    EINVOICE_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    EINVOICE_HASH_PEPPER: randomBytes(32).toString('base64'),
    LOG_LEVEL: 'warn',
    WEBHOOK_ALLOW_LOOPBACK: 'true',
    // A local sandbox has no free-IRN quota (that is the hosted sandbox's); a test suite may run thousands.
    SANDBOX_MONTHLY_IRN_QUOTA: '0',
    ...FAST_SCHEDULES,
    ...options.env,
  });
  const destination = new Writable({
    write(chunk, _encoding, done) {
      if (options.logErrors !== false && /"level":(50|60)/.test(String(chunk))) process.stderr.write(chunk);
      done();
    },
  });
  const server = await withStandardGlobals(() => buildServer(config, { logger: createLogger('warn', destination) }));
  liveIrpUrls.add(server.sandboxIrpUrl);
  try {
    const seeded = options.seed
      ? await seedSandbox(server.deps, {
          accountName: options.seed.account_name,
          apiKey: options.seed.api_key,
          gstins: options.seed.gstins.map((g) => ({
            gstin: g.gstin,
            irpUsername: g.irp_username,
            irpPassword: SANDBOX_IRP_PASSWORD,
            credentials: g.credentials.map((c) => ({
              name: c.name,
              clientId: c.client_id,
              clientSecret: c.client_secret,
              scopes: c.scopes,
              ...(c.signing_key ? { signingKey: c.signing_key } : {}),
            })),
          })),
        })
      : await createAccount(server.deps, 'Sandbox account', 'sandbox').then((a) => ({
          apiKey: a.apiKey,
          accountId: a.account.id,
        }));
    return { server, dataDir, apiKey: seeded.apiKey, accountId: seeded.accountId };
  } catch (error) {
    await server.close();
    liveIrpUrls.delete(server.sandboxIrpUrl);
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}

async function stopGeneration(g: Generation): Promise<void> {
  await g.server.close();
  liveIrpUrls.delete(g.server.sandboxIrpUrl);
  rmSync(g.dataDir, { recursive: true, force: true });
}

export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  let current = await startGeneration(options);
  const listeners: ServerType[] = [];
  const credentials: GstinCredential[] = (options.seed?.gstins ?? []).flatMap((g) =>
    g.credentials.map((c) => ({ gstin: g.gstin, clientId: c.client_id, clientSecret: c.client_secret })),
  );
  const appFetch = (request: Request) => Promise.resolve(current.server.app.fetch(request));

  async function admin<T = Record<string, unknown>>(
    method: string,
    path: string,
    body?: unknown,
  ): Promise<{ status: number; body: T }> {
    const res = await appFetch(
      new Request(`http://sandbox.internal${path}`, {
        method,
        headers: {
          authorization: `Bearer ${current.apiKey}`,
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
    get server() {
      return current.server;
    },
    get apiKey() {
      return current.apiKey;
    },
    get accountId() {
      return current.accountId;
    },
    get dataDir() {
      return current.dataDir;
    },
    credentials,
    fetch: appFetch,
    async provision(gstin = DEFAULT_GSTIN, scopes = DEFAULT_SCOPES, options: ProvisionOptions = {}) {
      const reg = await admin('POST', '/v1/gstins', {
        gstin,
        irp_username: 'api_user',
        irp_password: SANDBOX_IRP_PASSWORD,
      });
      if (reg.status !== 201 && reg.status !== 409)
        throw new Error(`register ${gstin}: ${reg.status} ${JSON.stringify(reg.body)}`);
      const cred = await admin('POST', `/v1/gstins/${gstin}/credentials`, {
        name: options.name ?? 'contract',
        scopes,
        plan: 'standard',
        ...(options.requireSignatures ? { require_signatures: true } : {}),
      });
      if (cred.status !== 201) throw new Error(`credential for ${gstin}: ${cred.status} ${JSON.stringify(cred.body)}`);
      const key = cred.body.signing_key as { key_id: string; secret: string } | undefined;
      return {
        gstin,
        clientId: String(cred.body.client_id),
        clientSecret: String(cred.body.client_secret),
        ...(key ? { signingKey: { keyId: key.key_id, secret: key.secret } } : {}),
      };
    },
    async reset() {
      const old = current;
      current = await startGeneration(options);
      await stopGeneration(old);
    },
    async listen(port = 0) {
      const listener: ServerType = await new Promise((ready) => {
        const s = serve({ fetch: appFetch, port, hostname: '127.0.0.1', overrideGlobalObjects: false }, () => ready(s));
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
      await stopGeneration(current);
    },
  };
}
