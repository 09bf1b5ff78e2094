import { GspClient, NicClient, type NicClientOptions } from '@einvoice/nic';
import { createSandbox, type RunningSandbox, type Sandbox, type SandboxOptions } from '../../src/index.js';
import { SELLER } from './fixtures.js';

export interface Harness {
  sandbox: Sandbox;
  running: RunningSandbox;
  url: string;
  nic(opts?: Partial<NicClientOptions>): NicClient;
  gsp(opts?: { gstin?: string; prefix?: string }): GspClient;
  close(): Promise<void>;
}

/** A sandbox on 127.0.0.1, port 0, with the real protocol and crypto. */
export async function startHarness(options: SandboxOptions = {}): Promise<Harness> {
  const sandbox = createSandbox(options);
  const running = await sandbox.listen(0);
  return {
    sandbox,
    running,
    url: running.url,
    nic: (opts = {}) =>
      new NicClient({
        baseUrl: running.url,
        clientId: sandbox.defaults.clientId,
        clientSecret: sandbox.defaults.clientSecret,
        userName: 'sandbox-user',
        password: sandbox.defaults.password,
        gstin: SELLER,
        irpPublicKeyPem: sandbox.authPublicKeyPem,
        timeoutMs: 5_000,
        ...opts,
      }),
    gsp: (opts = {}) =>
      new GspClient({
        baseUrl: running.url,
        appId: sandbox.defaults.gspAppId,
        appSecret: sandbox.defaults.gspAppSecret,
        userName: 'sandbox-user',
        password: sandbox.defaults.password,
        gstin: opts.gstin ?? SELLER,
        timeoutMs: 5_000,
        ...(opts.prefix ? { prefix: opts.prefix } : {}),
      }),
    close: () => running.close(),
  };
}

/** Authenticated NIC client or throw. */
export async function authed(h: Harness, opts: Partial<NicClientOptions> = {}): Promise<NicClient> {
  const c = h.nic(opts);
  const r = await c.auth();
  if (!r.ok) throw new Error(`auth failed: ${JSON.stringify(r.errors)}`);
  return c;
}
