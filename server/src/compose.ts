// Wires adapters to ports. main.ts and the tests both build the server through here.

import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadHsnMaster, schemaVersions, type VersionRegistry } from '@einvoice/gst';
import type { Sandbox } from '@einvoice/irp-sandbox';
import { NicSigningKeys } from '@einvoice/nic';
import { Contract } from '@einvoice/openapi';
import { Hono } from 'hono';
import type { Logger } from 'pino';
import { productionRoutes } from './adapters/gsp/production.js';
import { DEFAULT_POLICY, GspRouter } from './adapters/gsp/router.js';
import {
  connectExternalSandbox,
  EnvironmentGsp,
  startEmbeddedSandbox,
  type UrlWrapper,
} from './adapters/gsp/sandbox-gsp.js';
import { NicSignatureVerifier } from './adapters/gsp/signatures.js';
import { pooledTransport } from './adapters/gsp/transport.js';
import { createLogger } from './adapters/observability/logger.js';
import { Metrics } from './adapters/observability/metrics.js';
import { type BulkWorker, createBulkWorker } from './adapters/queue/bulk-worker.js';
import { createDocumentWorker, type DocumentWorker } from './adapters/queue/document-worker.js';
import { createReconcileWorker, type ReconcileWorker } from './adapters/queue/reconcile-worker.js';
import { sandboxFaultRehearsal } from './adapters/sandbox/fault-rehearsal.js';
import { openStorage, statementStats } from './adapters/storage/index.js';
import { createWebhookDispatcher, type WebhookDispatcher, webhookUrlPolicy } from './adapters/webhooks/index.js';
import type { Deps } from './app/deps.js';
import { type Clock, systemClock } from './app/ports/clock.js';
import type { Storage } from './app/ports/storage.js';
import { SecretBox } from './app/security/secret-box.js';
import { SecretHasher } from './app/security/secrets.js';
import { DEFAULT_QUEUE_POLICY } from './app/usecases/documents/process-queued.js';
import { ONBOARDING_PATH } from './app/usecases/onboarding.js';
import { DEFAULT_RECONCILE_POLICY } from './app/usecases/reconcile/enqueue.js';
import { findNicVersion, type NicSchemaTarget } from './app/versions/nic-schema.js';
import {
  type Config,
  ConfigError,
  longestUpstreamTimeoutMs,
  nicSigningKeys,
  UPSTREAM_CALLS_PER_REQUEST,
} from './config.js';
import { dashboardApp } from './dashboard/index.js';
import { onboardingApp } from './dashboard/onboarding.js';
import { createApi } from './http/app.js';
import { auditHandlers } from './http/routes/audit.js';
import { bulkHandlers } from './http/routes/bulk.js';
import { credentialHandlers } from './http/routes/credentials.js';
import { documentHandlers } from './http/routes/documents.js';
import { ewbHandlers } from './http/routes/ewb.js';
import { gstinHandlers } from './http/routes/gstins.js';
import { irnHandlers } from './http/routes/irn.js';
import { logHandlers } from './http/routes/logs.js';
import { noteHandlers } from './http/routes/notes.js';
import { oauthHandlers } from './http/routes/oauth.js';
import { onboardingHandlers } from './http/routes/onboarding.js';
import { operationalRoutes } from './http/routes/operational.js';
import { sandboxHandlers } from './http/routes/sandbox.js';
import { statusHandlers } from './http/routes/status.js';
import { taxpayerHandlers } from './http/routes/taxpayers.js';
import { tenantHandlers } from './http/routes/tenants.js';
import { testClockHandlers } from './http/routes/test-clocks.js';
import { usageHandlers } from './http/routes/usage.js';
import { webhookHandlers } from './http/routes/webhooks.js';
import { securityHeaders } from './http/security-headers.js';

export interface BuiltServer {
  app: Hono;
  /** operationIds this build serves; a test holds it equal to the contract's. */
  handledOperations: string[];
  webhooks: WebhookDispatcher;
  /** The outage queue's worker (documents answered 202 finish here). */
  queue: DocumentWorker;
  /** The reconciler's worker (unknown outcomes: crashes, lost answers, unresolved 2150s, cancels that timed out). */
  reconciler: ReconcileWorker;
  /** Bulk jobs: run where they were accepted; this loop resumes the ones a crash or a fault left unfinished. */
  bulk: BulkWorker;
  deps: Deps;
  logger: Logger;
  contract: Contract;
  /** The embedded IRP simulator that sandbox credentials talk to (undefined when IRP_SANDBOX_URL is set). */
  sandbox?: Sandbox;
  /** The sandbox IRP's base URL (embedded: a free 127.0.0.1 port). Request interceptors (MSW) let it through. */
  sandboxIrpUrl: string;
  /**
   * Starts the drain of a rolling deploy: /readyz answers 503 from now on, and every answer asks its client to
   * close the connection (so keep-alive connections move to other replicas). main.ts then stops listening.
   */
  drain(): void;
  close(): Promise<void>;
}

export interface BuildOptions {
  clock?: Clock;
  storage?: Storage;
  /** Defaults to a pino logger at LOG_LEVEL on stdout. */
  logger?: Logger;
  /** Test-only crash points (see app/deps.ts). */
  failpoint?: (name: string) => void;
  /** Test-only: put a fault proxy in front of a sandbox GSP. */
  wrapUpstreamUrl?: UrlWrapper;
  /** Start delivering webhooks (default true; the CLI and some tests drive the dispatcher themselves). */
  startWebhookDispatcher?: boolean;
  /** Start the outage queue's worker, the reconciler's and the bulk jobs' (default true). */
  startQueueWorker?: boolean;
  /** Test-only: the NIC schema versions NIC_SCHEMA_VERSION is looked up in (default gst's production registry). */
  nicSchemaRegistry?: VersionRegistry;
}

/** NIC_SCHEMA_VERSION must name a version this build can translate to: refused at start otherwise. */
function nicSchemaTarget(version: string, registry: VersionRegistry): NicSchemaTarget {
  if (!findNicVersion(registry, version))
    throw new ConfigError(
      `NIC_SCHEMA_VERSION=${version} is not a schema version this build knows (${registry.versions.map((v) => v.version).join(', ')})`,
    );
  return { registry, version };
}

/** Keys from configuration; in sandbox mode, generated once into DATA_DIR so restarts can read old data. */
export function resolveKeys(config: Config): { encryption: Buffer; pepper: Buffer } {
  if (config.EINVOICE_ENCRYPTION_KEY && config.EINVOICE_HASH_PEPPER) {
    return {
      encryption: Buffer.from(config.EINVOICE_ENCRYPTION_KEY, 'base64'),
      pepper: Buffer.from(config.EINVOICE_HASH_PEPPER, 'base64'),
    };
  }
  const file = join(config.DATA_DIR, 'sandbox-keys.json');
  if (!existsSync(file)) {
    mkdirSync(config.DATA_DIR, { recursive: true });
    const generated = { encryption: randomBytes(32).toString('base64'), pepper: randomBytes(32).toString('base64') };
    writeFileSync(file, JSON.stringify(generated), { mode: 0o600 });
  }
  const stored = JSON.parse(readFileSync(file, 'utf8')) as { encryption: string; pepper: string };
  return {
    encryption: Buffer.from(config.EINVOICE_ENCRYPTION_KEY ?? stored.encryption, 'base64'),
    pepper: Buffer.from(config.EINVOICE_HASH_PEPPER ?? stored.pepper, 'base64'),
  };
}

export async function buildServer(config: Config, options: BuildOptions = {}): Promise<BuiltServer> {
  const keys = resolveKeys(config);
  if (!config.DATABASE_URL) mkdirSync(config.DATA_DIR, { recursive: true });
  const storage =
    options.storage ??
    (await openStorage({
      ...(config.DATABASE_URL ? { url: config.DATABASE_URL } : { sqlitePath: config.SQLITE_PATH }),
      ...(config.RATE_LIMIT_STORE ? { rateLimits: config.RATE_LIMIT_STORE } : {}),
      keys: { EINVOICE_ENCRYPTION_KEY: keys.encryption, EINVOICE_HASH_PEPPER: keys.pepper },
    }));
  // One keep-alive pool for every GSP/IRP call of this server (undici, adapters/gsp/transport.ts).
  const transport = pooledTransport();
  const upstreamOptions = {
    timeoutMs: config.UPSTREAM_TIMEOUT_MS,
    fetch: transport.fetch,
    ...(options.wrapUpstreamUrl ? { wrapUrl: options.wrapUpstreamUrl } : {}),
  };
  const upstream = config.IRP_SANDBOX_URL
    ? await connectExternalSandbox(config.IRP_SANDBOX_URL, upstreamOptions)
    : await startEmbeddedSandbox({ ...upstreamOptions, latency: config.SANDBOX_LATENCY });
  const policy = {
    ...DEFAULT_POLICY,
    breakerThreshold: config.GSP_BREAKER_THRESHOLD,
    halfOpenAfterMs: config.GSP_HALF_OPEN_AFTER_MS,
  };
  const router = new GspRouter(upstream.routes, policy);
  // The most one attempt on a document may take upstream (a reconciling read, the submission, a reconciling
  // read after an ambiguous answer), plus slack: the queue's lease, and the grace of a detached attempt.
  const inFlightLeaseMs = longestUpstreamTimeoutMs(config) * (UPSTREAM_CALLS_PER_REQUEST + 1) + 10_000;
  const production = config.GSP_ROUTES
    ? new GspRouter(productionRoutes(config.GSP_ROUTES, { fetch: transport.fetch }), policy)
    : undefined;
  const deps: Deps = {
    storage,
    clock: options.clock ?? systemClock,
    hasher: new SecretHasher(keys.pepper),
    box: new SecretBox(keys.encryption),
    settings: {
      mode: config.EINVOICE_MODE,
      accessTokenTtlSeconds: config.ACCESS_TOKEN_TTL_SECONDS,
      idempotencyTtlHours: config.IDEMPOTENCY_TTL_HOURS,
      idempotencyLockSeconds: config.IDEMPOTENCY_LOCK_SECONDS,
      inFlightLeaseMs,
      apiKeyRateLimitRps: config.API_KEY_RATE_LIMIT_RPS,
      publicRateLimitRps: config.PUBLIC_RATE_LIMIT_RPS,
      bulkConcurrency: config.BULK_CONCURRENCY,
      sandboxMonthlyIrnQuota: config.SANDBOX_MONTHLY_IRN_QUOTA,
      ...(config.HSN_MASTER_FILE
        ? { hsnMaster: loadHsnMaster(readFileSync(config.HSN_MASTER_FILE, 'utf8'), config.HSN_MASTER_FILE) }
        : {}),
      ...(config.NIC_SCHEMA_VERSION
        ? { nicSchema: nicSchemaTarget(config.NIC_SCHEMA_VERSION, options.nicSchemaRegistry ?? schemaVersions) }
        : {}),
    },
    gsp: new EnvironmentGsp(router, production),
    signatures: new NicSignatureVerifier(
      {
        sandbox: NicSigningKeys.fromPem(upstream.signingKeyPem, 'the sandbox IRP signing key'),
        ...(config.NIC_SIGNING_CERT_FILES ? { production: nicSigningKeys(config.NIC_SIGNING_CERT_FILES) } : {}),
      },
      (doc, verification) => {
        metrics.observeSignatureFailure(doc.environment, doc.gsp);
        logger.error(
          {
            alert: 'irn_signature_verification_failed',
            document_id: doc.id,
            account_id: doc.accountId,
            gstin: doc.gstin,
            environment: doc.environment,
            irn: doc.irn,
            gsp: doc.gsp,
            reason: verification.reason,
          },
          'IRN signature verification failed: the IRN exists at the IRP, but its signed invoice or QR code does not verify with the configured NIC signing certificates',
        );
      },
    ),
    ...(options.failpoint ? { failpoint: options.failpoint } : {}),
  };
  const contract = new Contract();
  contract.validator.warm(contract.operations);
  const logger = options.logger ?? createLogger(config.LOG_LEVEL);
  const webhookPolicy = webhookUrlPolicy({ allowLoopback: config.WEBHOOK_ALLOW_LOOPBACK });
  const metrics = new Metrics();
  // One handler per operationId of the contract, grouped by the resource they serve.
  const generation = {
    onBackgroundError: (err: unknown) => logger.error({ err }, 'document attempt finished after its 202 and failed'),
  };
  const bulk = createBulkWorker(deps, {
    pollMs: config.BULK_POLL_MS,
    leaseMs: config.QUEUE_LEASE_MS,
    retryMs: config.QUEUE_RETRY_BASE_MS,
    onError: (err) => logger.error({ err }, 'bulk job record left pending'),
    onResumed: (job) =>
      logger.warn(
        { bulk_job_id: job.id, account_id: job.accountId, gstin: job.gstin, attempts: job.attempts, total: job.total },
        'bulk job resumed',
      ),
    onCompleted: (job) =>
      logger.info(
        { bulk_job_id: job.id, account_id: job.accountId, gstin: job.gstin, total: job.total },
        'bulk job completed',
      ),
  });
  const handlers = {
    ...oauthHandlers(deps),
    ...gstinHandlers(deps),
    ...credentialHandlers(deps),
    ...auditHandlers(deps),
    ...irnHandlers(deps, generation),
    ...bulkHandlers(deps, { leaseMs: config.QUEUE_LEASE_MS, runHeld: bulk.runHeld }),
    ...noteHandlers(deps, generation),
    ...ewbHandlers(deps),
    ...documentHandlers(deps),
    ...taxpayerHandlers(deps),
    ...webhookHandlers(deps, webhookPolicy),
    ...tenantHandlers(deps),
    ...logHandlers(deps),
    ...usageHandlers(deps),
    ...statusHandlers(deps),
    ...sandboxHandlers(sandboxFaultRehearsal(upstream.control)),
    ...testClockHandlers(deps),
    ...onboardingHandlers(deps, config.PUBLIC_BASE_URL),
  };
  const api = createApi({
    deps,
    contract,
    handlers,
    onError: (err, requestId) => logger.error({ err, request_id: requestId }, 'request failed'),
    onCompleted: (call, reply, totalMs) => {
      metrics.observeCall(call.op.operationId, reply.status, totalMs / 1000, call.upstreamAttempts);
      logger.info(
        {
          request_id: call.requestId,
          operation: call.op.operationId,
          method: call.method,
          path: call.path,
          status: reply.status,
          gstin: call.principal?.kind === 'token' ? call.principal.gstin : undefined,
          account_id: call.principal?.accountId,
          latency_ms: Math.round(totalMs * 100) / 100,
          upstream_attempts: call.upstreamAttempts.length,
        },
        'request',
      );
    },
  });
  const webhooks = createWebhookDispatcher(deps, {
    policy: webhookPolicy,
    retryScheduleMs: config.WEBHOOK_RETRY_SCHEDULE_MS,
    timeoutMs: config.WEBHOOK_TIMEOUT_MS,
    pollIntervalMs: config.WEBHOOK_POLL_MS,
    maxInFlight: config.WEBHOOK_MAX_IN_FLIGHT,
    perEndpointConcurrency: config.WEBHOOK_ENDPOINT_CONCURRENCY,
    disableAfterMs: config.WEBHOOK_DISABLE_AFTER_SECONDS * 1000,
    onError: (err) => logger.error({ err }, 'webhook dispatch failed'),
  });
  if (options.startWebhookDispatcher !== false) webhooks.start();
  const queue = createDocumentWorker(deps, {
    pollMs: config.QUEUE_POLL_MS,
    batch: 20,
    // Short and renewed by heartbeats while a worker holds the document (a crashed worker's share comes back fast).
    leaseMs: config.QUEUE_LEASE_MS,
    policy: { ...DEFAULT_QUEUE_POLICY, baseDelayMs: config.QUEUE_RETRY_BASE_MS },
    onError: (err) => logger.error({ err }, 'queued document attempt failed'),
  });
  const reconciler = createReconcileWorker(deps, {
    pollMs: config.RECONCILE_POLL_MS,
    batch: 20,
    leaseMs: config.QUEUE_LEASE_MS,
    staleAfterMs: config.RECONCILE_STALE_AFTER_MS,
    policy: { ...DEFAULT_RECONCILE_POLICY, baseDelayMs: config.RECONCILE_RETRY_BASE_MS },
    onResolved: (task, outcome, lagMs) => {
      metrics.observeReconciled(task.kind, outcome, lagMs / 1000);
      logger.info(
        {
          reconcile_id: task.id,
          kind: task.kind,
          document_id: task.documentId,
          gstin: task.gstin,
          account_id: task.accountId,
          reason: task.reason,
          outcome,
          attempts: task.attempts,
          lag_ms: lagMs,
        },
        'reconciled',
      );
    },
    onRetry: (task, reason, delayMs) => {
      metrics.observeReconcileRetry(task.kind);
      logger.warn(
        {
          reconcile_id: task.id,
          kind: task.kind,
          document_id: task.documentId,
          attempts: task.attempts,
          reason,
          next_in_ms: Math.round(delayMs),
        },
        'reconcile attempt left the outcome unknown',
      );
    },
    onError: (err) => logger.error({ err }, 'reconcile attempt failed'),
  });
  if (options.startQueueWorker !== false) {
    queue.start();
    reconciler.start();
    bulk.start();
  }
  let draining = false;
  const app = new Hono();
  app.use('*', securityHeaders);
  app.use('*', async (c, next) => {
    await next();
    if (draining) c.header('connection', 'close');
  });
  app.route(
    '/',
    operationalRoutes(
      deps,
      contract,
      async () => {
        metrics.setReconcileOpen(await storage.reconcile.openSummary(), deps.clock.now());
        const statements = statementStats(storage);
        if (statements) metrics.setStatements(statements);
        return {
          body: await metrics.registry.metrics(),
          contentType: metrics.registry.contentType,
        };
      },
      () => draining,
    ),
  );
  app.route('/', api);
  app.route(
    '/dashboard',
    dashboardApp({
      deps,
      contract,
      webhookPolicy,
      onError: (err) => logger.error({ err }, 'dashboard request failed'),
    }),
  );
  // The hosted onboarding page (issue #24): public, reached through a one-time link (ONBOARDING_PATH).
  app.route(
    ONBOARDING_PATH,
    onboardingApp({ deps, contract, onError: (err) => logger.error({ err }, 'onboarding page request failed') }),
  );
  return {
    app,
    deps,
    handledOperations: Object.keys(handlers),
    logger,
    contract,
    sandbox: upstream.sandbox,
    sandboxIrpUrl: upstream.url,
    webhooks,
    queue,
    reconciler,
    bulk,
    drain() {
      draining = true;
    },
    async close() {
      await bulk.stop();
      await reconciler.stop();
      await queue.stop();
      await webhooks.stop();
      await upstream.close();
      await transport.close();
      await storage.close();
    },
  };
}
