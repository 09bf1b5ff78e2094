#!/usr/bin/env node
// `npx @einvoice/sandbox --port 8787`: the einvoice API in sandbox mode for a team's CI (and
// `einvoice-sandbox clock ...`: the test clocks of a running one). The first stdout
// line is one JSON object (url, api_key, gstin, client_id, client_secret, gstins) so a pipeline never parses
// prose; readable lines follow unless --quiet. Stops cleanly on SIGTERM/SIGINT. Usage mistakes exit 2 with a
// message naming the flag; nothing prints a stack trace unless it is a bug.
import { createRequire } from 'node:module';
import { parseCli, USAGE } from './options.js';
import { SandboxUsageError } from './seed.js';

const started = performance.now();

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv[0] === 'clock') {
    // `einvoice-sandbox clock ...` drives the test clocks of a running sandbox (src/clock-command.ts).
    const { runClockCommand } = await import('./clock-command.js');
    process.exitCode = await runClockCommand(argv.slice(1));
    return;
  }
  const options = parseCli(argv);
  if (options.help) return void process.stdout.write(`${USAGE}\n`);
  if (options.version) {
    const { version } = createRequire(import.meta.url)('../package.json') as { version: string };
    return void process.stdout.write(`${version}\n`);
  }
  // Loaded after the flags are read: a usage error answers at once, without loading the server.
  const { startSandboxServer } = await import('./index.js');
  const server = await startSandboxServer({
    port: options.port,
    host: options.host,
    seed: options.seed,
    env: options.env,
  });
  const startupMs = Math.round(performance.now() - started);
  process.stdout.write(`${JSON.stringify({ ...server.info, startup_ms: startupMs })}\n`);
  if (!options.quiet) {
    const i = server.info;
    process.stdout.write(
      [
        `einvoice sandbox listening on ${server.url} (ready in ${startupMs} ms)`,
        `  account API key: ${i.api_key}`,
        ...i.gstins.map((g) => `  GSTIN ${g.gstin}: client_id ${g.client_id}  client_secret ${g.client_secret}`),
        `  faults:   header x-sandbox-fault: <id>   list: GET ${server.url}/__sandbox/faults`,
        `  control:  GET /__sandbox/health  GET /__sandbox/webhooks  POST /__sandbox/reset`,
        `  API reference: ${server.url}/`,
        '',
      ].join('\n'),
    );
  }
  let closing = false;
  const stop = () => {
    if (closing) return;
    closing = true;
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error: unknown) => {
  if (error instanceof SandboxUsageError) {
    process.stderr.write(`einvoice-sandbox: ${error.message}\n`);
    process.exit(2);
  }
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE' || code === 'EACCES' || code === 'EADDRNOTAVAIL') {
    process.stderr.write(`einvoice-sandbox: --port/--host: cannot listen (${code}: ${(error as Error).message})\n`);
    process.exit(2);
  }
  process.stderr.write(`einvoice-sandbox: unexpected failure (please report it): ${(error as Error).stack ?? error}\n`);
  process.exit(1);
});
