#!/usr/bin/env -S npx tsx
// `pnpm contract:serve --port N`: the contract handlers over HTTP on 127.0.0.1 for every SDK's test suite.
// The first stdout line is one JSON object (url, api_key, gstin, client_id, client_secret, signing_key,
// credentials, scenarios) so a runner in any language can read it; human-readable lines follow. Stops on
// SIGTERM/SIGINT.
import { serveContract } from './index.js';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  if (i >= 0) return process.argv[i + 1];
  const eq = process.argv.find((a) => a.startsWith(`--${name}=`));
  return eq?.slice(name.length + 3);
}

const port = Number(arg('port') ?? process.env.CONTRACT_PORT ?? 8787);
const env = await serveContract({ port, ...(arg('gstin') ? { gstin: arg('gstin')! } : {}) });
process.stdout.write(`${JSON.stringify(env.info)}\n`);
process.stdout.write(
  [
    `einvoice contract server listening on ${env.info.url}`,
    `  account API key:  ${env.info.api_key}`,
    `  GSTIN:            ${env.info.gstin}`,
    `  client id:        ${env.info.client_id}`,
    `  client secret:    ${env.info.client_secret}`,
    `  signing key:      ${env.info.signing_key.secret} (keyid ${env.info.signing_key.key_id}; signatures optional)`,
    `  strict client:    ${env.info.credentials['signatures-required'].client_id} (require_signatures; its secret and key are in the JSON line)`,
    `  scenarios:        header x-contract-scenario: ${env.info.scenarios.join(', ')}`,
    `  recorder:         GET ${env.info.url}/__contract/requests?run=<x-contract-run>   reset: POST ${env.info.url}/__contract/reset`,
    '',
  ].join('\n'),
);

let closing = false;
const stop = async () => {
  if (closing) return;
  closing = true;
  await env.close();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
