// TEST-ONLY wiring for the webhook tests: the real server (buildServer) plus
// webhookHandlers and a running dispatcher, served over HTTP on 127.0.0.1. Webhook operations go to an API
// built with webhookHandlers; every other operation goes to the server's own app. Every response is checked
// against the contract, as in harness.ts. Also: a loopback receiver that records what it gets.

import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ServerType, serve } from '@hono/node-server';
import { createLogger } from '../../src/adapters/observability/logger.js';
import {
  type Connect,
  createWebhookDispatcher,
  type WebhookDispatcher,
  webhookUrlPolicy,
} from '../../src/adapters/webhooks/index.js';
import type { ResolveHost } from '../../src/app/policy/webhook-urls/url-guard.js';
import { createAccount } from '../../src/app/usecases/accounts.js';
import { type BuiltServer, buildServer } from '../../src/compose.js';
import { loadConfig } from '../../src/config.js';
import { createApi } from '../../src/http/app.js';
import { webhookHandlers } from '../../src/http/routes/webhooks.js';
import { contractClient, type Requester } from './contract-client.js';
import { e2eOnPostgres } from './harness.js';
import { freshPostgresDatabase } from './postgres-database.js';

export interface WebhookHarness {
  url: string;
  /** Where the server's database is: open a second storage on it to play a second server process. */
  storageConfig: { url?: string; sqlitePath?: string };
  server: BuiltServer;
  apiKey: string;
  accountId: string;
  dispatcher: WebhookDispatcher;
  request: Requester;
  close(): Promise<void>;
}

export interface WebhookHarnessOptions {
  env?: Record<string, string>;
  resolve?: ResolveHost;
  connect?: Connect;
  /** Start the dispatcher loop (default true); tests may instead call dispatcher.runOnce(). */
  start?: boolean;
}

export async function startWebhookHarness(options: WebhookHarnessOptions = {}): Promise<WebhookHarness> {
  const dir = mkdtempSync(join(tmpdir(), 'einvoice-wh-'));
  const pgDb = e2eOnPostgres ? await freshPostgresDatabase('einvoice_wh') : undefined;
  const config = loadConfig({
    EINVOICE_MODE: 'sandbox',
    DATA_DIR: dir,
    SQLITE_PATH: join(dir, 'einvoice.db'),
    EINVOICE_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    EINVOICE_HASH_PEPPER: randomBytes(32).toString('base64'),
    SANDBOX_LATENCY: 'off',
    SANDBOX_MONTHLY_IRN_QUOTA: '0', // no monthly IRN quota for test servers (its own test: e2e/usage.test.ts)
    ...(pgDb ? { DATABASE_URL: pgDb.url } : {}),
    ...options.env,
  });
  const onError = (e: unknown, id?: string) => console.error(`[${id ?? 'webhooks'}]`, e);
  // Quiet request logs; errors still reach stderr through onError below.
  const server = await buildServer(config, { logger: createLogger('silent'), startWebhookDispatcher: false });
  // What compose.ts should do (see the lead's note): one policy for the handlers and the dispatcher.
  const policy = webhookUrlPolicy({
    allowLoopback: config.WEBHOOK_ALLOW_LOOPBACK,
    ...(options.resolve ? { resolve: options.resolve } : {}),
  });
  const handlers = webhookHandlers(server.deps, policy);
  const webhookApi = createApi({ deps: server.deps, contract: server.contract, handlers, onError });
  const dispatcher = createWebhookDispatcher(server.deps, {
    policy,
    retryScheduleMs: config.WEBHOOK_RETRY_SCHEDULE_MS,
    // Short by default so the suites run fast; a test that sets the variable gets what it set.
    pollIntervalMs: options.env?.WEBHOOK_POLL_MS ? config.WEBHOOK_POLL_MS : 10,
    timeoutMs: options.env?.WEBHOOK_TIMEOUT_MS ? config.WEBHOOK_TIMEOUT_MS : 2_000,
    maxInFlight: config.WEBHOOK_MAX_IN_FLIGHT,
    perEndpointConcurrency: config.WEBHOOK_ENDPOINT_CONCURRENCY,
    disableAfterMs: config.WEBHOOK_DISABLE_AFTER_SECONDS * 1000,
    ...(options.connect ? { connect: options.connect } : {}),
    onError: (e) => onError(e),
  });
  if (options.start !== false) dispatcher.start();

  const { apiKey, account } = await createAccount(server.deps, 'Webhook test account', 'sandbox');
  const fetch = (req: Request, ...rest: unknown[]) => {
    const match = server.contract.router.match(req.method, new URL(req.url).pathname);
    const app = match && match.operation.operationId in handlers ? webhookApi : server.app;
    return app.fetch(req, ...(rest as []));
  };
  const listener: ServerType = await new Promise((ready) => {
    const s = serve({ fetch, port: 0, hostname: '127.0.0.1' }, () => ready(s));
  });
  const address = listener.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

  const request = contractClient(url, server.contract);

  return {
    url,
    storageConfig: config.DATABASE_URL ? { url: config.DATABASE_URL } : { sqlitePath: config.SQLITE_PATH },
    server,
    apiKey,
    accountId: account.id,
    dispatcher,
    request,
    async close() {
      await dispatcher.stop();
      await new Promise<void>((done) => listener.close(() => done()));
      await server.close();
      await pgDb?.drop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface Received {
  at: number;
  headers: IncomingHttpHeaders;
  body: string;
  path: string;
}

/** A webhook receiver on 127.0.0.1: records every request; `respond` scripts the answer (default 200). */
export class Receiver {
  readonly received: Received[] = [];
  respond: (n: number, r: Received) => { status: number; headers?: Record<string, string>; body?: string } = () => ({
    status: 200,
    body: 'ok',
  });
  #server: Server | undefined;
  url = '';

  async start(): Promise<this> {
    this.#server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const r: Received = {
          at: Date.now(),
          headers: req.headers,
          body: Buffer.concat(chunks).toString('utf8'),
          path: req.url ?? '',
        };
        this.received.push(r);
        const answer = this.respond(this.received.length, r);
        res.writeHead(answer.status, answer.headers ?? {});
        res.end(answer.body ?? '');
      });
    });
    await new Promise<void>((ready) => this.#server!.listen(0, '127.0.0.1', ready));
    const a = this.#server.address();
    this.url = `http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}/hooks`;
    return this;
  }

  close(): Promise<void> {
    return new Promise((done) => (this.#server ? this.#server.close(() => done()) : done()));
  }
}

/** Polls until `check` returns a truthy value (or throws after timeoutMs). */
export async function waitFor<T>(
  check: () => Promise<T | undefined | null | false> | T | undefined | null | false,
  timeoutMs = 10_000,
  what = 'condition',
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value as T;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
