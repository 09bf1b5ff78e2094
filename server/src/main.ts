// Entry point: the only place that reads configuration.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { createReferenceApp } from './http/reference-app.js';

const specDir = fileURLToPath(new URL('../../spec/', import.meta.url));
const referenceHtmlPath = `${specDir}dist/reference.html`;
if (!existsSync(referenceHtmlPath)) {
  console.error(`einvoice-server: ${referenceHtmlPath} is missing; run \`pnpm docs\` first.`);
  process.exit(1);
}

const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? '127.0.0.1';
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`einvoice-server: PORT must be an integer 0-65535, got ${process.env.PORT}`);
  process.exit(1);
}

const app = createReferenceApp({ specPath: `${specDir}openapi.yaml`, referenceHtmlPath });
serve({ fetch: app.fetch, port, hostname: host }, (info) => {
  const url = `http://${host}:${info.port}`;
  console.log(`einvoice server (sandbox mode) listening on ${url}`);
  console.log(`  API reference: ${url}/`);
  console.log(`  OpenAPI spec:  ${url}/openapi.yaml`);
  console.log('  The API itself lands with the "Reference server" issue; this build serves the contract.');
});
