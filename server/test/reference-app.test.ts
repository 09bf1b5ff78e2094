// Over real HTTP on 127.0.0.1: the server publishes the rendered reference and the spec.
import { fileURLToPath } from 'node:url';
import { serve, type ServerType } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createReferenceApp } from '../src/http/reference-app.js';

const specDir = fileURLToPath(new URL('../../spec/', import.meta.url));
let server: ServerType;
let base: string;

beforeAll(async () => {
  const app = createReferenceApp({ specPath: `${specDir}openapi.yaml`, referenceHtmlPath: `${specDir}dist/reference.html` });
  await new Promise<void>((ready) => {
    server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
      base = `http://127.0.0.1:${info.port}`;
      ready();
    });
  });
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

describe('reference server', () => {
  it('serves the rendered API reference, self-contained', async () => {
    const res = await fetch(`${base}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    const html = await res.text();
    expect(html).toContain('generateIrn');
    expect(html).not.toMatch(/<script[^>]+src="https?:\/\//); // --inlineBundle: no CDN needed offline
  });

  it('serves the spec it was built from', async () => {
    const res = await fetch(`${base}/openapi.yaml`);
    expect(res.status).toBe(200);
    const doc = parse(await res.text());
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.paths['/v1/irn'].post.operationId).toBe('generateIrn');
  });

  it('answers unknown routes with problem+json 404', async () => {
    const res = await fetch(`${base}/v1/nope`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    const body = await res.json();
    expect(body).toMatchObject({ status: 404, title: 'Resource not found' });
  });
});
