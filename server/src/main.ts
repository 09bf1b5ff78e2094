#!/usr/bin/env node
// Entry point: the only place that reads configuration (environment variables) and starts listeners.
//   einvoice-server                    start the server (sandbox mode by default)
//   einvoice-server accounts create    create an account and print its API key once
import { KeyMismatchError } from './adapters/storage/keys.js';
import { createAccount } from './app/usecases/accounts.js';
import { createSignInLink } from './app/usecases/dashboard-sessions.js';
import { reapExpired } from './app/usecases/reaper.js';
import { buildServer } from './compose.js';
import { type Config, ConfigError, loadConfig } from './config.js';
import { listen } from './listen.js';
import { printQuickstart, printSandboxNotes } from './quickstart.js';

async function accountsCreate(config: Config, name: string): Promise<void> {
  const server = await buildServer(config, { startWebhookDispatcher: false, startQueueWorker: false });
  const created = await createAccount(server.deps, name, config.EINVOICE_MODE);
  console.log(`account ${created.account.id} (${created.account.environment})`);
  console.log(`API key (shown once, store it now): ${created.apiKey}`);
  await server.close();
}

/**
 * Test-only: kill this process at a named step (crash tests). `during-upstream` fires while the upstream
 * call is in flight, so the IRP may commit while we never hear the answer.
 */
function failpointFor(config: Config): ((name: string) => void) | undefined {
  const wanted = config.EINVOICE_FAILPOINT;
  if (!wanted) return undefined;
  console.warn(`einvoice-server: failpoint ${wanted} armed (test-only): this process will SIGKILL itself there`);
  const die = () => process.kill(process.pid, 'SIGKILL');
  return (name) => {
    if (wanted === 'generate:during-upstream' && name === 'generate:before-upstream') setTimeout(die, 300);
    else if (name === wanted) die();
  };
}

/**
 * Start-up (parsing the contract, compiling its validators, migrating) leaves some 13 MB of garbage that V8
 * collects only when allocation later forces a major GC, so a server that then sits idle keeps it resident
 * (issue #19: idle RSS). One full collection just before listening returns it; the pause (tens of ms) comes
 * before any request can arrive. `pnpm start` and the Docker image run node with --expose-gc for this; without the flag
 * (tsx in development, tests) gc is undefined and this does nothing.
 */
function releaseStartupGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
}

async function start(config: Config): Promise<void> {
  const failpoint = failpointFor(config);
  const server = await buildServer(config, failpoint ? { failpoint } : {});
  let firstKey: string | undefined;
  if (
    config.EINVOICE_MODE === 'sandbox' &&
    config.SANDBOX_AUTO_ACCOUNT &&
    (await server.deps.storage.accounts.count()) === 0
  ) {
    firstKey = (await createAccount(server.deps, 'Sandbox account', 'sandbox')).apiKey;
  }
  releaseStartupGarbage();
  const { server: listener, url } = await listen(server.app, config);
  console.log(`einvoice server (${config.EINVOICE_MODE} mode, ${server.deps.storage.dialect}) listening on ${url}`);
  console.log(`  API reference: ${url}/   spec: ${url}/openapi.yaml   metrics: ${url}/metrics`);
  if (config.EINVOICE_MODE === 'sandbox')
    printSandboxNotes({
      externalIrp: Boolean(config.IRP_SANDBOX_URL),
      webhookLoopback: config.WEBHOOK_ALLOW_LOOPBACK,
      monthlyIrnQuota: config.SANDBOX_MONTHLY_IRN_QUOTA,
    });
  if (firstKey) {
    printQuickstart(url, firstKey);
    const link = await createSignInLink(server.deps, firstKey);
    console.log(
      `  Dashboard: ${url}/dashboard/sign-in/link?token=${link}   (one-time sign-in link, valid 15 minutes)\n`,
    );
  }
  const reaper = setInterval(() => {
    reapExpired(server.deps).then(
      (n) => server.logger.info(n, 'reaped expired idempotency keys and tokens'),
      (err) => server.logger.error({ err }, 'reaper failed'),
    );
  }, 15 * 60_000);
  reaper.unref();
  let shuttingDown = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (shuttingDown) return;
    shuttingDown = true;
    clearInterval(reaper);
    void drainAndExit(signal);
  };
  /**
   * Rolling deploys: readiness false first (the load balancer stops sending while we still answer), then stop
   * accepting connections, let in-flight requests finish, stop the workers (a pass in progress completes; webhook
   * deliveries not yet attempted are released), and exit; a hard deadline bounds it all.
   */
  const drainAndExit = async (signal: NodeJS.Signals) => {
    const started = Date.now();
    const deadline = setTimeout(() => {
      server.logger.error({ timeout_ms: config.SHUTDOWN_TIMEOUT_MS }, 'shutdown: deadline passed, exiting');
      process.exit(1);
    }, config.SHUTDOWN_TIMEOUT_MS);
    deadline.unref();
    // SIGTERM comes from an orchestrator with a load balancer to tell; Ctrl-C (SIGINT) from a developer: no wait.
    const readinessDelayMs = signal === 'SIGTERM' ? config.SHUTDOWN_READINESS_DELAY_MS : 0;
    server.drain();
    server.logger.info({ signal, readiness_delay_ms: readinessDelayMs }, 'shutdown: draining (readiness now 503)');
    await new Promise((r) => setTimeout(r, readinessDelayMs));
    // Stops accepting; idle keep-alive connections close now, busy ones after their answer (connection: close).
    await new Promise<void>((closed) => {
      listener.close(() => closed());
      if ('closeIdleConnections' in listener) listener.closeIdleConnections();
    });
    await server.close();
    server.logger.info({ ms: Date.now() - started }, 'shutdown: drained, exiting');
    process.exit(0);
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
}

async function main(argv: string[]): Promise<void> {
  const config = loadConfig();
  const [command, sub, ...rest] = argv;
  if (command === 'accounts' && sub === 'create') return accountsCreate(config, rest.join(' ') || 'Account');
  if (command && command !== 'start')
    throw new ConfigError(`unknown command: ${argv.join(' ')} (try: start, accounts create [name])`);
  return start(config);
}

main(process.argv.slice(2)).catch((error) => {
  // Configuration mistakes get their message alone; anything else its stack.
  const known = error instanceof ConfigError || error instanceof KeyMismatchError;
  console.error(`einvoice-server: ${known ? error.message : (error as Error).stack}`);
  process.exit(1);
});
