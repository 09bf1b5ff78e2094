// Routes outside the API contract: liveness, readiness, the API reference and the spec itself.
import { readFile } from 'node:fs/promises';
import { type Contract, referenceFilePath, specFilePath } from '@einvoice/openapi';
import { Hono } from 'hono';
import type { Deps } from '../../app/deps.js';
import { STORAGE_RETRY_AFTER_SECONDS } from '../../app/problems.js';

export function operationalRoutes(
  deps: Deps,
  contract: Contract,
  metrics: () => Promise<{ body: string; contentType: string }>,
  /** True once a SIGTERM started the drain: readiness answers 503 first, so the load balancer stops sending. */
  draining: () => boolean = () => false,
): Hono {
  const app = new Hono();
  const specPath = specFilePath();
  const referencePath = referenceFilePath();

  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  // Ready = the database answers a query now. While it does not (PostgreSQL down or restarting, SQLite locked
  // or its disk failing) a load balancer takes this replica out; it comes back by itself once queries work,
  // since every query takes a fresh connection from the pool. After SIGTERM it answers 503 shutting_down for good.
  app.get('/readyz', async (c) => {
    if (draining())
      return c.json({ status: 'not_ready', storage: deps.storage.dialect, reason: 'shutting_down' }, 503, {
        'cache-control': 'no-store',
      });
    try {
      await deps.storage.accounts.count();
      return c.json({ status: 'ready', storage: deps.storage.dialect, operations: contract.operations.length });
    } catch {
      return c.json({ status: 'not_ready', storage: deps.storage.dialect, reason: 'storage_unavailable' }, 503, {
        'retry-after': String(STORAGE_RETRY_AFTER_SECONDS),
        'cache-control': 'no-store',
      });
    }
  });
  app.get('/metrics', async (c) => {
    const m = await metrics();
    return c.body(m.body, 200, { 'content-type': m.contentType });
  });
  app.get('/openapi.yaml', async (c) =>
    c.body(await readFile(specPath, 'utf8'), 200, { 'content-type': 'application/yaml; charset=utf-8' }),
  );
  app.get('/', async (c) => {
    try {
      return c.html(await readFile(referencePath, 'utf8'));
    } catch {
      return c.text(
        'The API reference is not part of this build (in the repository: `pnpm docs:build`). The spec is at /openapi.yaml.',
        200,
      );
    }
  });
  return app;
}
