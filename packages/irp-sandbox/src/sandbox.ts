import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';
import { buildApp } from './app.js';
import { SandboxClock } from './clock.js';
import type { SandboxContext } from './context.js';
import { generateRsaKey, loadRsaKey, type RsaKeyMaterial, toSigningKey } from './crypto/keys.js';
import { FaultInjector } from './faults/faults.js';
import { GspTokenStore } from './gsp/tokens.js';
import { DEFAULTS, type SandboxOptions } from './options.js';
import { createAdmin, type SandboxAdmin } from './routes/admin.js';
import * as rules from './rules.js';
import { DEFAULT_CLIENT, DEFAULT_GSP_APP } from './seed/credentials.js';
import { TaxpayerDirectory } from './seed/taxpayers.js';
import { IrpService } from './service/index.js';
import { Ledger } from './store/ledger.js';
import { SessionStore } from './store/sessions.js';

export interface RunningSandbox {
  url: string;
  port: number;
  close(): Promise<void>;
}

export interface Sandbox {
  /** The Hono app; `app.fetch(request)` serves without a socket (MSW, in-process tests). */
  app: Hono;
  fetch: (request: Request) => Promise<Response>;
  listen(port?: number, host?: string): Promise<RunningSandbox>;
  /** Public key that verifies SignedInvoice / SignedQRCode (PEM, SPKI): the current one after a rotation. */
  readonly publicKeyPem: string;
  /** Public key clients RSA-encrypt the auth payload with (NIC's "IRP public key"). */
  authPublicKeyPem: string;
  /** The E-Way Bill System's login key (its ACCESSTOKEN call), served under <url>/ewb-system. */
  readonly ewbPublicKeyPem: string;
  readonly jwks: { keys: Record<string, string>[] };
  ledger: Ledger;
  admin: SandboxAdmin;
  /** The credentials that work out of the box. */
  defaults: { clientId: string; clientSecret: string; password: string; gspAppId: string; gspAppSecret: string };
}

export function createSandbox(options: SandboxOptions = {}): Sandbox {
  const clock = new SandboxClock(options.now);
  const ledger = new Ledger();
  const includeDefault = options.includeDefaultClient !== false;
  const signingMaterial = options.signingKey ? loadRsaKey(options.signingKey.privateKeyPem) : generateRsaKey();
  const signingKey = toSigningKey(signingMaterial, options.signingKey?.certificatePem);
  const loginKey = options.loginKey ? loadRsaKey(options.loginKey.privateKeyPem) : generateRsaKey();
  let ewbLoginKey: RsaKeyMaterial | undefined;
  const taxpayers = new TaxpayerDirectory(rules.isValidGstin, options.taxpayers ?? []);

  const service = new IrpService({
    ledger,
    clock,
    taxpayers,
    signingKey,
    config: {
      retentionMs: options.retentionMs ?? DEFAULTS.retentionMs,
      uppercaseDocNo: options.uppercaseDocNo ?? true,
      thirtyDayRule: options.thirtyDayRule ?? true,
      issuer: options.issuer ?? DEFAULTS.issuer,
      ...(options.demandVersion ? { demandVersion: options.demandVersion } : {}),
      ...(options.strictVersion ? { strictVersion: true } : {}),
    },
  });

  const ctx: SandboxContext = {
    service,
    ledger,
    clock,
    sessions: new SessionStore(
      options.tokenTtlMs ?? DEFAULTS.tokenTtlMs,
      options.refreshWindowMs ?? DEFAULTS.refreshWindowMs,
    ),
    ewbSessions: new SessionStore(
      options.tokenTtlMs ?? DEFAULTS.tokenTtlMs,
      options.refreshWindowMs ?? DEFAULTS.refreshWindowMs,
    ),
    faults: new FaultInjector(options.faultHoldMs ?? DEFAULTS.faultHoldMs),
    taxpayers,
    clients: [...(options.clients ?? []), ...(includeDefault ? [DEFAULT_CLIENT] : [])],
    gspApps: [...(options.gspApps ?? []), ...(includeDefault ? [DEFAULT_GSP_APP] : [])],
    gspTokens: new GspTokenStore(options.gspTokenTtlMs ?? DEFAULTS.gspTokenTtlMs),
    loginKey,
    ewbLoginKey: () => {
      ewbLoginKey ??= generateRsaKey();
      return ewbLoginKey;
    },
    signingKey,
    retiredSigningKeys: [],
    latency: { profile: options.latency },
    tokenTtlMs: options.tokenTtlMs ?? DEFAULTS.tokenTtlMs,
    adminToken: options.adminToken,
  };
  const admin = createAdmin(ctx);
  const app = buildApp(ctx, admin, options.maxBodyBytes ?? DEFAULTS.maxBodyBytes);

  return {
    app,
    fetch: async (request: Request) => app.fetch(request),
    listen: (port = 0, host = '127.0.0.1') => listen(app, port, host),
    get publicKeyPem() {
      return ctx.signingKey.publicKeyPem;
    },
    authPublicKeyPem: loginKey.publicKeyPem,
    get ewbPublicKeyPem() {
      return ctx.ewbLoginKey().publicKeyPem;
    },
    get jwks() {
      return { keys: [ctx.signingKey.jwk, ...ctx.retiredSigningKeys.map((k) => k.jwk)] };
    },
    ledger,
    admin,
    defaults: {
      clientId: DEFAULT_CLIENT.clientId,
      clientSecret: DEFAULT_CLIENT.clientSecret,
      password: DEFAULT_CLIENT.defaultPassword ?? 'sandbox',
      gspAppId: DEFAULT_GSP_APP.appId,
      gspAppSecret: DEFAULT_GSP_APP.appSecret,
    },
  };
}

function listen(app: Hono, port: number, host: string): Promise<RunningSandbox> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port, hostname: host }) as Server;
    server.once('error', reject);
    server.once('listening', () => {
      const addr = server.address() as AddressInfo;
      const hostPart = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
      resolve({
        url: `http://${hostPart}:${addr.port}`,
        port: addr.port,
        close: () =>
          new Promise<void>((done) => {
            // Held (timeout-after-commit) and keep-alive sockets must not keep close() waiting.
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
