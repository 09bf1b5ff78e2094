// Until the API itself is implemented (issue "Reference server"), the server publishes the contract:
// the rendered API reference at /, the spec at /openapi.yaml, and liveness at /healthz.
import { readFile } from 'node:fs/promises';
import { Hono } from 'hono';

export interface ReferenceAppOptions {
  specPath: string;
  referenceHtmlPath: string;
}

export function createReferenceApp(options: ReferenceAppOptions): Hono {
  const app = new Hono();

  app.get('/', async (c) => c.html(await readFile(options.referenceHtmlPath, 'utf8')));
  app.get('/openapi.yaml', async (c) =>
    c.body(await readFile(options.specPath, 'utf8'), 200, { 'content-type': 'application/yaml; charset=utf-8' }),
  );
  app.get('/healthz', (c) => c.json({ status: 'ok' }));

  app.notFound((c) =>
    c.json(
      {
        type: 'https://einvoice.dev/problems/not-found',
        title: 'Resource not found',
        status: 404,
        detail: `${c.req.method} ${c.req.path} is not served yet; see / for the API reference.`,
        request_id: crypto.randomUUID(),
      },
      404,
      { 'content-type': 'application/problem+json' },
    ),
  );
  return app;
}
