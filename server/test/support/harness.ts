// Starts the real server on 127.0.0.1 (SQLite in a temp dir, or PostgreSQL when TEST_DATABASE_URL is
// set) and talks to it over HTTP. Every response is checked against the contract: a test cannot pass
// on an answer the spec does not allow.

import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { type ServerType, serve } from '@hono/node-server';
import { expect } from 'vitest';
import { createLogger } from '../../src/adapters/observability/logger.js';
import { createAccount } from '../../src/app/usecases/accounts.js';
import { type BuildOptions, type BuiltServer, buildServer } from '../../src/compose.js';
import { loadConfig } from '../../src/config.js';
import { contractClient, type Requester } from './contract-client.js';
import { freshPostgresDatabase } from './postgres-database.js';

export type { ApiResponse, RequestOptions } from './contract-client.js';

export interface Harness {
  url: string;
  /** Where this server keeps its SQLite files (unused on PostgreSQL). */
  dataDir: string;
  server: BuiltServer;
  /** Every structured log line the server wrote (JSON text). */
  logLines: string[];
  /** The embedded IRP simulator (its ledger is the IRP's truth). */
  sandbox: NonNullable<BuiltServer['sandbox']>;
  apiKey: string;
  accountId: string;
  request: Requester;
  close(): Promise<void>;
}

/** With E2E_DATABASE=postgres (and TEST_DATABASE_URL), every harness gets a fresh PostgreSQL database. */
export const e2eOnPostgres = process.env.E2E_DATABASE === 'postgres';

export interface HarnessOptions {
  /** Put a proxy (test/support/fault-proxy.ts) in front of a sandbox GSP: returns the URL its route uses. */
  wrapUpstreamUrl?: BuildOptions['wrapUpstreamUrl'];
  /** The NIC schema registry NIC_SCHEMA_VERSION is looked up in (the rehearsal's test-only versions). */
  nicSchemaRegistry?: BuildOptions['nicSchemaRegistry'];
  /** The server's clock (e.g. one a test moves forward to pass an expiry). */
  clock?: BuildOptions['clock'];
}

export async function startHarness(env: Record<string, string> = {}, options: HarnessOptions = {}): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), 'einvoice-test-'));
  const pgDb = e2eOnPostgres ? await freshPostgresDatabase() : undefined;
  const config = loadConfig({
    EINVOICE_MODE: 'sandbox',
    DATA_DIR: dir,
    SQLITE_PATH: join(dir, 'einvoice.db'),
    EINVOICE_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    EINVOICE_HASH_PEPPER: randomBytes(32).toString('base64'),
    SANDBOX_LATENCY: 'off', // the fast switch: NIC-like latency has its own bench (packages/irp-sandbox)
    SANDBOX_MONTHLY_IRN_QUOTA: '0', // suites generate far more than 100 IRNs; the quota has its own test (usage.test.ts)
    ...(pgDb ? { DATABASE_URL: pgDb.url } : {}),
    ...env,
  });
  const logLines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      const line = String(chunk);
      logLines.push(line);
      if (/"level":(50|60)/.test(line)) process.stderr.write(line);
      done();
    },
  });
  const server = await buildServer(config, {
    logger: createLogger('info', destination),
    ...(options.wrapUpstreamUrl ? { wrapUpstreamUrl: options.wrapUpstreamUrl } : {}),
    ...(options.nicSchemaRegistry ? { nicSchemaRegistry: options.nicSchemaRegistry } : {}),
    ...(options.clock ? { clock: options.clock } : {}),
  });
  const { apiKey, account } = await createAccount(server.deps, 'Test account', 'sandbox');
  const listener: ServerType = await new Promise((ready) => {
    const s = serve({ fetch: server.app.fetch, port: 0, hostname: '127.0.0.1' }, () => ready(s));
  });
  const address = listener.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

  const request = contractClient(url, server.contract);

  return {
    url,
    dataDir: dir,
    server,
    logLines,
    get sandbox() {
      if (!server.sandbox) throw new Error('this harness talks to an external sandbox');
      return server.sandbox;
    },
    apiKey,
    accountId: account.id,
    request,
    async close() {
      await new Promise<void>((done) => listener.close(() => done()));
      await server.close();
      await pgDb?.drop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Registers a GSTIN, creates a credential with the given scopes and returns a token for it. */
export async function gstinSession(
  h: Harness,
  gstin: string,
  scopes = ['irn:write', 'ewb:write', 'notes:write', 'read'],
  plan = 'standard',
  rps?: number,
) {
  const reg = await h.request('POST', '/v1/gstins', {
    token: h.apiKey,
    body: { gstin, irp_username: 'api_user', irp_password: 'sandbox' },
  });
  if (reg.status !== 201 && reg.status !== 409) throw new Error(`register ${gstin}: ${reg.status} ${reg.text}`);
  const cred = await h.request('POST', `/v1/gstins/${gstin}/credentials`, {
    token: h.apiKey,
    body: { name: 'test', scopes, plan, ...(rps ? { rate_limit_rps: rps } : {}) },
  });
  expect(cred.status).toBe(201);
  const tok = await h.request('POST', '/v1/oauth/token', {
    form: { grant_type: 'client_credentials' },
    headers: {
      authorization: `Basic ${Buffer.from(`${cred.body.client_id}:${cred.body.client_secret}`).toString('base64')}`,
    },
  });
  expect(tok.status).toBe(200);
  return {
    clientId: cred.body.client_id as string,
    clientSecret: cred.body.client_secret as string,
    token: tok.body.access_token as string,
  };
}
