#!/usr/bin/env node
// Entry point: the only place that reads configuration (environment variables) and starts listeners.
//   einvoice-server                    start the server (sandbox mode by default)
//   einvoice-server accounts create    create an account and print its API key once
import { readFileSync } from 'node:fs';
import { createServer as createHttpsServer } from 'node:https';
import { constants } from 'node:crypto';
import { serve } from '@hono/node-server';
import { createAccount } from './app/usecases/accounts.js';
import { buildServer } from './compose.js';
import { ConfigError, loadConfig, type Config } from './config.js';


async function accountsCreate(config: Config, name: string): Promise<void> {
  const server = await buildServer(config);
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

async function start(config: Config): Promise<void> {
  const failpoint = failpointFor(config);
  const server = await buildServer(config, { onError: (e, id) => console.error(`[${id}]`, e), ...(failpoint ? { failpoint } : {}) });
  let firstKey: string | undefined;
  if (config.EINVOICE_MODE === 'sandbox' && config.SANDBOX_AUTO_ACCOUNT && (await server.deps.storage.accounts.count()) === 0) {
    firstKey = (await createAccount(server.deps, 'Sandbox account', 'sandbox')).apiKey;
  }
  const tls = config.TLS_CERT_FILE && config.TLS_KEY_FILE;
  const scheme = tls ? 'https' : 'http';
  const listener = serve(
    {
      fetch: server.app.fetch,
      port: config.PORT,
      hostname: config.HOST,
      ...(tls
        ? {
            createServer: createHttpsServer,
            serverOptions: {
              cert: readFileSync(config.TLS_CERT_FILE!),
              key: readFileSync(config.TLS_KEY_FILE!),
              minVersion: 'TLSv1.3' as const,
              secureOptions: constants.SSL_OP_NO_TLSv1_2,
            },
          }
        : {}),
    },
    (info) => {
      const url = `${scheme}://${config.HOST}:${info.port}`;
      console.log(`einvoice server (${config.EINVOICE_MODE} mode, ${server.deps.storage.dialect}) listening on ${url}`);
      console.log(`  API reference: ${url}/   spec: ${url}/openapi.yaml`);
      if (firstKey) {
        console.log(`  Sandbox account created. API key (shown once, store it now): ${firstKey}`);
        console.log(`  Register a GSTIN:`);
        console.log(
          `    curl -s ${url}/v1/gstins -H 'Authorization: Bearer ${firstKey}' -H 'Content-Type: application/json' -d '{"gstin":"29AAACP7879D1Z0","irp_username":"demo","irp_password":"sandbox"}'`,
        );
      }
    },
  );
  const shutdown = () => {
    listener.close(() => void server.close().then(() => process.exit(0)));
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
}

async function main(argv: string[]): Promise<void> {
  const config = loadConfig();
  const [command, sub, ...rest] = argv;
  if (command === 'accounts' && sub === 'create') return accountsCreate(config, rest.join(' ') || 'Account');
  if (command && command !== 'start') throw new ConfigError(`unknown command: ${argv.join(' ')} (try: start, accounts create [name])`);
  return start(config);
}

main(process.argv.slice(2)).catch((error) => {
  console.error(`einvoice-server: ${error instanceof ConfigError ? error.message : (error as Error).stack}`);
  process.exit(1);
});
