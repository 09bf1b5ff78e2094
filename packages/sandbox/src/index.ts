// @einvoice/sandbox: the einvoice API in sandbox mode for a team's own CI. Two ways in:
//  - over HTTP: `npx @einvoice/sandbox --port 8787` (cli.ts), or startSandboxServer() from a script;
//  - in-process: createSandbox() and its MSW `handlers` (setupServer(...sandbox.handlers)), no network at all.
// Both run the same reference server with the same state machine and the same faults.
import type { HttpHandler } from 'msw';
import type { RecordedRequest } from './dispatch.js';
import { createSandboxFront, info, type SandboxInfo, webhookDeliveries } from './handlers.js';
import { listenHandlers } from './http.js';
import { type Sandbox, type SandboxOptions, startSandbox } from './runtime.js';
import { defaultSeed, parseSeed, SandboxUsageError, type Seed, type SeedFile } from './seed.js';

export type { RecordedRequest } from './dispatch.js';
export { FAULT_HEADER, type FaultRow, faultTable } from './faults.js';
export type { SandboxInfo } from './handlers.js';
export {
  DEFAULT_API_KEY,
  DEFAULT_CLIENT_ID,
  DEFAULT_CLIENT_SECRET,
  DEFAULT_GSTIN,
  SandboxUsageError,
  type Seed,
  type SeedFile,
} from './seed.js';

/** The origin the MSW handlers answer by default (point your SDK's base URL at it). */
export const MSW_BASE_URL = 'https://sandbox.einvoice.test';

export interface CreateSandboxOptions {
  /** Account key, GSTINs and OAuth clients (the seed file's format); default: the fixed default seed. */
  seed?: SeedFile;
  /** The origin the MSW handlers answer (default MSW_BASE_URL). */
  baseUrl?: string;
  /** Server configuration overrides by environment variable name, e.g. { WEBHOOK_RETRY_SCHEDULE_MS: '0,100' }. */
  env?: Record<string, string>;
  /** Print the server's error log lines to stderr (default true). */
  logErrors?: boolean;
  /**
   * The embedded IRP's latency: `production` (NIC-like per operation, the default) or `fast` (none, for test
   * suites). Default: EINVOICE_SANDBOX_LATENCY, else production. See docs/sandbox-latency.md.
   */
  latency?: 'production' | 'fast';
}

export interface EinvoiceSandbox extends SandboxInfo {
  /** The first seeded GSTIN and its OAuth client (the default seed has exactly one). */
  gstin: string;
  client_id: string;
  client_secret: string;
  /** MSW request handlers for `setupServer(...handlers)` (msw/node) in your test process. */
  handlers: HttpHandler[];
  baseUrl: string;
  /** Makes the next `count` API requests meet `fault` (see faultTable()); 0 disarms it. */
  arm(fault: string, count?: number): void;
  /** Discards every document, token, webhook and fault; the seed's credentials stay valid. */
  reset(): Promise<void>;
  /** Every API request the sandbox saw since the last reset (what GET /__sandbox/requests answers). */
  requests(): RecordedRequest[];
  /** The webhook deliveries sent so far, newest first (what GET /__sandbox/webhooks answers). */
  webhooks(filter?: { event_type?: string; status?: string }): Promise<WebhookDelivery[]>;
  close(): Promise<void>;
}

export interface WebhookDelivery {
  id: string;
  endpoint_id: string;
  event_id: string;
  event_type: string;
  status: string;
  attempt_count: number;
  attempts: { status: number | null; [key: string]: unknown }[];
  created_at: string;
}

function resolveSeed(seed: SeedFile | undefined): Seed {
  return seed ? parseSeed(seed, 'seed') : defaultSeed();
}

/** The sandbox in this process, answered through MSW: `setupServer(...sandbox.handlers)`. */
export async function createSandbox(options: CreateSandboxOptions = {}): Promise<EinvoiceSandbox> {
  const baseUrl = (options.baseUrl ?? MSW_BASE_URL).replace(/\/$/, '');
  const sandbox = await startSandbox(runtimeOptions(options));
  const front = createSandboxFront(sandbox, { origin: baseUrl, url: () => baseUrl });
  const seeded = info(sandbox, baseUrl);
  if (!seeded.gstin || !seeded.client_id || !seeded.client_secret) {
    await sandbox.close();
    throw new SandboxUsageError('seed: at least one GSTIN with one credential is needed for createSandbox()');
  }
  return {
    ...seeded,
    gstin: seeded.gstin,
    client_id: seeded.client_id,
    client_secret: seeded.client_secret,
    handlers: front.handlers,
    baseUrl,
    arm: (fault, count = 1) => front.arm(fault, count),
    async reset() {
      front.clear();
      await sandbox.reset();
    },
    requests: () => front.dispatcher.requests(),
    webhooks: (filter) => listDeliveries(sandbox, filter),
    close: () => sandbox.close(),
  };
}

export interface SandboxServerOptions extends CreateSandboxOptions {
  port?: number;
  host?: string;
}

export interface SandboxServer {
  url: string;
  info: SandboxInfo;
  sandbox: Sandbox;
  close(): Promise<void>;
}

/** The sandbox over HTTP (what the CLI runs): faults, control endpoints and the whole server on one port. */
export async function startSandboxServer(options: SandboxServerOptions = {}): Promise<SandboxServer> {
  const sandbox = await startSandbox(runtimeOptions(options));
  let url = '';
  const front = createSandboxFront(sandbox, { url: () => url, passthrough: true });
  try {
    const server = await listenHandlers(front.handlers, options.port ?? 8787, options.host ?? '127.0.0.1');
    url = server.url;
    return {
      url,
      info: info(sandbox, url),
      sandbox,
      async close() {
        await server.close();
        await sandbox.close();
      },
    };
  } catch (error) {
    await sandbox.close();
    throw error;
  }
}

function runtimeOptions(options: CreateSandboxOptions): SandboxOptions {
  const latency = options.latency ?? process.env.EINVOICE_SANDBOX_LATENCY;
  if (latency !== undefined && latency !== 'production' && latency !== 'fast')
    throw new SandboxUsageError(`latency: "${latency}" must be production or fast`);
  const env = { ...(latency ? { SANDBOX_LATENCY: latency === 'fast' ? 'off' : 'production' } : {}), ...options.env };
  return {
    seed: resolveSeed(options.seed),
    ...(Object.keys(env).length ? { env } : {}),
    ...(options.logErrors !== undefined ? { logErrors: options.logErrors } : {}),
  };
}

async function listDeliveries(
  sandbox: Sandbox,
  filter: { event_type?: string; status?: string } = {},
): Promise<WebhookDelivery[]> {
  const listed = await webhookDeliveries(sandbox, Object.fromEntries(Object.entries(filter).filter(([, v]) => v)));
  if (listed instanceof Response) throw new Error(`webhook deliveries: ${listed.status} ${await listed.text()}`);
  return listed as WebhookDelivery[];
}
