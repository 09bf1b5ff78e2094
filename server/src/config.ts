// Configuration from environment variables (documented in server/README.md). Every problem is
// reported at once, by variable name, before anything starts.
import { createPublicKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { NicSigningKeys } from '@einvoice/nic';
import { z } from 'zod';
import type { GspRouteConfig } from './app/ports/gsp-routes.js';

const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);
const key32 = z
  .string()
  .refine((v) => Buffer.from(v, 'base64').length === 32, 'must be 32 bytes, base64-encoded (openssl rand -base64 32)');

/**
 * One production GSP: the NIC pass-through flavour, or the enriched (GSP does the crypto) flavour. What it
 * parses to is the adapters' port (app/ports/gsp-routes.ts): `satisfies` keeps the two in step.
 */
const headerStyle = z.enum(['nic', 'nic-hyphen', 'taxpro', 'vayana']);
const gspRouteSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('nic'),
    name: z.string().regex(/^[a-z0-9-]+$/),
    irp: z.string().default('NIC1'),
    priority: z.number().int().min(1),
    url: z.string().url(),
    clientId: z.string().min(1),
    clientSecret: z.string().min(1),
    irpPublicKeyFile: z.string().min(1),
    headerStyle: headerStyle.default('nic'),
    ewb: z
      .object({
        url: z.string().url(),
        clientId: z.string().min(1),
        clientSecret: z.string().min(1),
        publicKeyFile: z.string().min(1),
        headerStyle: headerStyle.default('nic-hyphen'),
      })
      .optional(),
    timeoutMs: z.number().int().min(100).max(600000).default(20000),
  }),
  z.object({
    kind: z.literal('enriched'),
    name: z.string().regex(/^[a-z0-9-]+$/),
    irp: z.string().default('NIC1'),
    priority: z.number().int().min(1),
    url: z.string().url(),
    appId: z.string().min(1),
    appSecret: z.string().min(1),
    prefix: z.string().optional(),
    timeoutMs: z.number().int().min(100).max(600000).default(20000),
  }),
]) satisfies z.ZodType<GspRouteConfig>;

const schema = z
  .object({
    EINVOICE_MODE: z.enum(['sandbox', 'production']).default('sandbox'),
    HOST: z.string().default('127.0.0.1'),
    PORT: int(0, 65535).default(8080),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
      .optional(),
    SQLITE_PATH: z.string().default('./data/einvoice.db'),
    DATA_DIR: z.string().default('./data'),
    EINVOICE_ENCRYPTION_KEY: key32.optional(),
    EINVOICE_HASH_PEPPER: key32.optional(),
    ACCESS_TOKEN_TTL_SECONDS: int(60, 86400).default(900),
    IDEMPOTENCY_TTL_HOURS: int(1, 168).default(24),
    IDEMPOTENCY_LOCK_SECONDS: int(1, 3600).default(60),
    API_KEY_RATE_LIMIT_RPS: int(1, 100000).default(100),
    PUBLIC_RATE_LIMIT_RPS: int(1, 100000).default(20),
    // Where browsers reach this server (hosted onboarding links are absolute URLs under it); unset: the origin
    // the createOnboardingLink call came to.
    PUBLIC_BASE_URL: z.string().url().optional(),
    // Where rate-limit buckets live: database (shared by every server process) or memory (this process).
    // Unset: database with DATABASE_URL (several replicas may serve it), memory on SQLite (one process).
    RATE_LIMIT_STORE: z.enum(['memory', 'database']).optional(),
    // IRNs (invoices, notes, bulk records) a sandbox account may generate per IST calendar month; 0: unlimited.
    // The project's own test servers set 0; production accounts are never limited.
    SANDBOX_MONTHLY_IRN_QUOTA: int(0, 1_000_000_000).default(100),
    BULK_CONCURRENCY: int(1, 256).default(8),
    // How often the bulk worker looks for jobs to resume (a crashed process's, or records a fault left pending).
    BULK_POLL_MS: int(10, 60000).default(1000),
    HSN_MASTER_FILE: z.string().optional(),
    // The NIC e-invoice schema version the IRP demands (issue #23): documents are translated to it before they
    // are sent. Unset: sent as received (INV-01 v1.1).
    NIC_SCHEMA_VERSION: z.string().optional(),
    QUEUE_POLL_MS: int(10, 60000).default(1000),
    QUEUE_RETRY_BASE_MS: int(10, 600000).default(2000),
    // Lease of a claimed queued document or reconcile task; the worker renews it every third while it works,
    // so a crashed worker's work comes back within this long.
    QUEUE_LEASE_MS: int(300, 600000).default(15000),
    RECONCILE_POLL_MS: int(10, 60000).default(1000),
    RECONCILE_RETRY_BASE_MS: int(10, 600000).default(2000),
    // A `pending` document untouched this long belongs to a request that died: the reconciler takes it over.
    RECONCILE_STALE_AFTER_MS: int(100, 86400000).default(60000),
    // Graceful shutdown (SIGTERM, SIGINT): readiness answers 503 for this long while the server still serves, so
    // load balancers stop sending to it; then it stops listening, lets in-flight requests finish, stops the
    // workers (their leases are released or completed) and exits, all within SHUTDOWN_TIMEOUT_MS.
    SHUTDOWN_READINESS_DELAY_MS: int(0, 600_000).default(5000),
    SHUTDOWN_TIMEOUT_MS: int(1000, 3_600_000).default(30_000),
    TLS_CERT_FILE: z.string().optional(),
    TLS_KEY_FILE: z.string().optional(),
    HSTS_MAX_AGE: int(0, 63072000).default(31536000),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    UPSTREAM_TIMEOUT_MS: int(100, 600000).default(20000),
    GSP_BREAKER_THRESHOLD: int(1, 1000).default(5),
    GSP_HALF_OPEN_AFTER_MS: int(100, 3600000).default(10000),
    IRP_SANDBOX_URL: z.string().url().optional(),
    /**
     * NIC's signing certificates for production IRNs (PEM files, comma-separated; a file may hold several):
     * SignedInvoice/SignedQRCode are verified with the one their JWT header's kid/x5t names. List the old and
     * the new certificate while NIC rotates. Required in production mode; sandbox IRNs verify with the sandbox's key.
     */
    NIC_SIGNING_CERT_FILES: z
      .string()
      .transform((v) =>
        v
          .split(',')
          .map((f) => f.trim())
          .filter(Boolean),
      )
      .optional(),
    /** The embedded sandbox IRP's latency: NIC-like per operation (docs/sandbox-latency.md), or off for fast tests. */
    SANDBOX_LATENCY: z.enum(['production', 'off']).default('production'),
    /** Production GSP routes, JSON: see gspRouteSchema and server/README.md. */
    GSP_ROUTES: z
      .string()
      .transform((text, ctx) => {
        try {
          return JSON.parse(text) as unknown;
        } catch {
          ctx.addIssue({ code: 'custom', message: 'must be a JSON array of GSP routes' });
          return z.NEVER;
        }
      })
      .pipe(z.array(gspRouteSchema).min(1))
      .optional(),
    EINVOICE_FAILPOINT: z
      .enum(['generate:before-upstream', 'generate:during-upstream', 'generate:after-upstream'])
      .optional(),
    SANDBOX_AUTO_ACCOUNT: bool.default(true),
    // Webhooks: allow loopback receivers (and plain http to them). Unset: on in sandbox mode, so a developer
    // can watch a webhook arrive on their laptop; refused in production mode (crossChecks).
    WEBHOOK_ALLOW_LOOPBACK: bool.optional(),
    // Delays before attempt 1, 2, ... in ms (comma-separated); default: 0, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h.
    WEBHOOK_RETRY_SCHEDULE_MS: z
      .string()
      .regex(/^\d+(,\d+)*$/, 'must be comma-separated milliseconds, e.g. 0,50,100')
      .transform((v) => v.split(',').map(Number))
      .default([0, 5_000, 300_000, 1_800_000, 7_200_000, 18_000_000, 36_000_000, 36_000_000]),
    // Deadline of one delivery attempt (connect, send, answer), ms.
    WEBHOOK_TIMEOUT_MS: int(100, 60_000).default(10_000),
    // Longest sleep of the dispatcher: how soon it sees new events and other processes' due deliveries, ms.
    WEBHOOK_POLL_MS: int(10, 60_000).default(250),
    // Attempts in flight per process (all endpoints), and per endpoint per process (at most half the former).
    WEBHOOK_MAX_IN_FLIGHT: int(2, 1024).default(128),
    WEBHOOK_ENDPOINT_CONCURRENCY: int(1, 512).default(16),
    // An endpoint failing this long without one success is disabled (webhook_endpoint.disabled); 0 = never.
    WEBHOOK_DISABLE_AFTER_SECONDS: int(0, 90 * 86_400).default(5 * 86_400),
  })
  .transform((c) => ({ ...c, WEBHOOK_ALLOW_LOOPBACK: c.WEBHOOK_ALLOW_LOOPBACK ?? c.EINVOICE_MODE === 'sandbox' }));

/** Rules across variables, checked on the raw values so they are reported even when others are invalid. */
function crossChecks(env: Record<string, string | undefined>): string[] {
  const out: string[] = [];
  const production = env.EINVOICE_MODE === 'production';
  if (production) {
    for (const k of ['EINVOICE_ENCRYPTION_KEY', 'EINVOICE_HASH_PEPPER'])
      if (!env[k]) out.push(`  ${k}: is required in production mode`);
    if (!env.NIC_SIGNING_CERT_FILES)
      out.push(
        "  NIC_SIGNING_CERT_FILES: is required in production mode: NIC's signing certificate(s) (PEM, from the e-invoice portal), to verify SignedInvoice and SignedQRCode",
      );
    if (env.WEBHOOK_ALLOW_LOOPBACK === 'true' || env.WEBHOOK_ALLOW_LOOPBACK === '1')
      out.push('  WEBHOOK_ALLOW_LOOPBACK: is for sandbox servers and tests; refused in production mode');
  }
  // Replicas that share a database must share its keys: a key generated into each replica's DATA_DIR would make
  // every replica refuse the others' tokens (401) and fail to open the others' sealed secrets.
  if (!production && env.DATABASE_URL)
    for (const k of ['EINVOICE_ENCRYPTION_KEY', 'EINVOICE_HASH_PEPPER'])
      if (!env[k])
        out.push(
          `  ${k}: is required with DATABASE_URL (replicas share the database, so they must share its keys: set the same value, openssl rand -base64 32, on every replica; keys are generated into DATA_DIR only on SQLite)`,
        );
  if (Boolean(env.TLS_CERT_FILE) !== Boolean(env.TLS_KEY_FILE))
    out.push('  TLS_CERT_FILE: TLS_CERT_FILE and TLS_KEY_FILE go together');
  return out;
}

export type Config = z.infer<typeof schema>;

/**
 * The retry budget of one request toward the IRP: the upstream calls it may make one after the other, each up
 * to its timeout: the submission, then the reconciling read after an ambiguous answer (timeout, reset).
 */
export const UPSTREAM_CALLS_PER_REQUEST = 2;

/** The longest one upstream call may take: UPSTREAM_TIMEOUT_MS, or a production GSP route's own timeout. */
export function longestUpstreamTimeoutMs(c: Pick<Config, 'UPSTREAM_TIMEOUT_MS' | 'GSP_ROUTES'>): number {
  return Math.max(c.UPSTREAM_TIMEOUT_MS, ...(c.GSP_ROUTES ?? []).map((r) => r.timeoutMs));
}

/**
 * Rules on parsed values. An Idempotency-Key claim must outlast the request holding it: a lock that lapses
 * while the original still waits for the IRP lets a retry with the same key run beside it.
 */
function parsedChecks(c: Config): string[] {
  const out: string[] = [...gspRouteChecks(c)];
  try {
    if (c.NIC_SIGNING_CERT_FILES) nicSigningKeys(c.NIC_SIGNING_CERT_FILES);
  } catch (error) {
    out.push(`  NIC_SIGNING_CERT_FILES: ${(error as Error).message}`);
  }
  const neededMs = longestUpstreamTimeoutMs(c) * UPSTREAM_CALLS_PER_REQUEST;
  if (c.IDEMPOTENCY_LOCK_SECONDS * 1000 < neededMs)
    out.push(
      `  IDEMPOTENCY_LOCK_SECONDS: ${c.IDEMPOTENCY_LOCK_SECONDS} s is shorter than the upstream timeout (${longestUpstreamTimeoutMs(c)} ms) times the retry budget (${UPSTREAM_CALLS_PER_REQUEST} calls); set it to at least ${Math.ceil(neededMs / 1000)}, or lower UPSTREAM_TIMEOUT_MS`,
    );
  return out;
}

/**
 * What GSP_ROUTES names must work before the first document: key files that exist and hold an RSA public
 * key (or certificate), unique route names, and in production mode HTTPS and an E-Way Bill System for
 * every NIC pass-through route (Part-B, extension and cancel of e-way bills go there, docs/production.md).
 */
function gspRouteChecks(c: Config): string[] {
  const out: string[] = [];
  const routes = c.GSP_ROUTES ?? [];
  const seen = new Set<string>();
  routes.forEach((r, i) => {
    const at = `  GSP_ROUTES[${i}] (${r.name})`;
    if (seen.has(r.name)) out.push(`${at}.name: is used by another route; names must be unique`);
    seen.add(r.name);
    const https = (url: string, field: string) => {
      if (c.EINVOICE_MODE === 'production' && !url.startsWith('https://'))
        out.push(`${at}.${field}: must be https:// in production mode (NIC and GSPs accept TLS 1.2+ only)`);
    };
    https(r.url, 'url');
    if (r.kind !== 'nic') return;
    const key = publicKeyProblem(r.irpPublicKeyFile);
    if (key) out.push(`${at}.irpPublicKeyFile: ${key}`);
    if (r.ewb) {
      https(r.ewb.url, 'ewb.url');
      const ewbKey = publicKeyProblem(r.ewb.publicKeyFile);
      if (ewbKey) out.push(`${at}.ewb.publicKeyFile: ${ewbKey}`);
    } else if (c.EINVOICE_MODE === 'production') {
      out.push(
        `${at}.ewb: is required in production mode: e-way bill Part-B, extension, cancel and reads go to the E-Way Bill System (its URL, client id/secret and public key)`,
      );
    }
  });
  return out;
}

/** Why a file is not a usable RSA public key (PEM key or certificate), or undefined when it is. */
function publicKeyProblem(file: string): string | undefined {
  let pem: string;
  try {
    pem = readFileSync(file, 'utf8');
  } catch (error) {
    return `cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`;
  }
  try {
    const key = createPublicKey(pem);
    if (key.asymmetricKeyType !== 'rsa') return `${file} holds a ${key.asymmetricKeyType} key; NIC's keys are RSA`;
    return undefined;
  } catch {
    return `${file} is not a PEM public key or certificate (download NIC's public key for this environment from its portal)`;
  }
}

/** NIC's signing certificates from NIC_SIGNING_CERT_FILES; throws naming the file that cannot be used. */
export function nicSigningKeys(files: string[]): NicSigningKeys {
  return NicSigningKeys.merge(
    files.map((file) => {
      let pem: string;
      try {
        pem = readFileSync(file, 'utf8');
      } catch (error) {
        throw new Error(`cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
      }
      return NicSigningKeys.fromPem(pem, file);
    }),
  );
}

export class ConfigError extends Error {}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = schema.safeParse(present);
  const lines = [
    ...(result.success ? [] : result.error.issues.map((i) => `  ${i.path.join('.') || '(config)'}: ${i.message}`)),
    ...crossChecks(present),
    ...(result.success ? parsedChecks(result.data) : []),
  ];
  if (lines.length || !result.success) throw new ConfigError(`invalid configuration:\n${lines.join('\n')}`);
  return result.data;
}
