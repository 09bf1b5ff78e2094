// The resources are hand-written (src/resources/*.ts), so nothing generates them from the spec: this test is
// what keeps them in step with it. Every resource method of both clients is called through a fetch spy with
// dummy arguments; the request it sends must be an operation of spec/openapi.yaml (HTTP method and path
// template), and every operation of the spec must be sent by at least one method.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Resource } from '../src/core/resource.js';
import { Einvoice, EinvoiceAdmin } from '../src/index.js';

const SPEC = fileURLToPath(new URL('../../../spec/openapi.yaml', import.meta.url));

interface SpecOperation {
  operationId: string;
  method: string;
  path: string;
}

/**
 * The operations under `paths:`, read line by line: the spec keeps one layout (path keys at two spaces, methods
 * at four, `operationId` at six), and the SDK has no YAML parser among its dependencies. The count check below
 * catches a layout this scan would miss.
 */
function specOperations(): SpecOperation[] {
  const lines = readFileSync(SPEC, 'utf8').split('\n');
  const ops: SpecOperation[] = [];
  let path = '';
  let method = '';
  for (const line of lines.slice(lines.indexOf('paths:') + 1)) {
    if (/^\S/.test(line)) break; // the next top-level key (webhooks:, components:)
    const pathKey = /^ {2}(\/\S*):\s*$/.exec(line);
    const methodKey = /^ {4}(get|post|put|patch|delete):\s*$/.exec(line);
    const operationId = /^ {6}operationId:\s*(\S+)\s*$/.exec(line);
    if (pathKey) path = pathKey[1]!;
    else if (methodKey) method = methodKey[1]!.toUpperCase();
    else if (operationId) ops.push({ operationId: operationId[1]!, method, path });
  }
  return ops;
}

/** Path arguments are markers, so a template parameter can never match a literal segment (`by-document`). */
const MARK = 'P_';
const templateRe = (path: string) =>
  new RegExp(`^${path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, `${MARK}[A-Za-z0-9]+`)}$`);

interface Sent {
  method: string;
  path: string;
}

function spyFetch() {
  const sent: Sent[] = [];
  const fetchSpy = (async (url: string, init: RequestInit) => {
    const path = new URL(url).pathname;
    sent.push({ method: init.method ?? 'GET', path });
    if (path === '/v1/oauth/token')
      return Response.json({ access_token: 'at_1', token_type: 'Bearer', expires_in: 900, scope: 'read' });
    // A list page suits every JSON call (each method only passes the body on); exports read an empty stream.
    if (path.endsWith('/export')) return new Response('', { headers: { 'content-type': 'application/x-ndjson' } });
    return Response.json({ object: 'list', data: [], has_more: false, next_cursor: null });
  }) as unknown as typeof fetch;
  return { sent, fetch: fetchSpy };
}

/** Parameter names of a method, from its source (`get(gstin, options)`, `list(params = {}, options)`). */
function parameterNames(fn: (...args: unknown[]) => unknown): string[] {
  const list = /^[^(]*\(([^)]*)\)/.exec(fn.toString())?.[1] ?? '';
  return list
    .split(',')
    .map((p) => p.split('=')[0]!.trim())
    .filter(Boolean);
}

/**
 * Dummy arguments: a marker for each parameter that goes into the path (`seg(name)`, which the test transform
 * writes `(0, import.seg)(name)`), `{}` for bodies and params, nothing for the options.
 */
function dummyArguments(fn: (...args: unknown[]) => unknown): unknown[] {
  const source = fn.toString();
  return parameterNames(fn).map((name) =>
    name === 'options' ? undefined : new RegExp(`\\bseg\\)?\\(${name}\\)`).test(source) ? `${MARK}${name}` : {},
  );
}

async function settle(result: unknown): Promise<void> {
  if (result && typeof (result as PromiseLike<unknown>).then === 'function') await result;
  else if (result && Symbol.asyncIterator in (result as object))
    for await (const _ of result as AsyncIterable<unknown>);
}

interface MethodCall {
  name: string;
  sent: Sent[];
}

/** Calls every method of every resource of a client; records what each one sent (token requests left out). */
async function callEveryMethod(label: string, client: object, sent: Sent[]): Promise<MethodCall[]> {
  const calls: MethodCall[] = [];
  for (const [property, resource] of Object.entries(client)) {
    if (!(resource instanceof Resource)) continue;
    const proto = Object.getPrototypeOf(resource) as Record<string, unknown>;
    for (const method of Object.getOwnPropertyNames(proto).filter((m) => m !== 'constructor')) {
      const fn = proto[method] as (...args: unknown[]) => unknown;
      const before = sent.length;
      await settle(fn.apply(resource, dummyArguments(fn)));
      calls.push({
        name: `${label}.${property}.${method}`,
        sent: sent.slice(before).filter((s) => s.path !== '/v1/oauth/token'),
      });
    }
  }
  return calls;
}

describe('hand-written resources match spec/openapi.yaml', () => {
  const ops = specOperations();

  it('reads every operation of the spec', () => {
    const paths = readFileSync(SPEC, 'utf8').split(/^webhooks:/m)[0]!;
    // Operations declare operationId at six spaces; OpenAPI links name their target deeper (fourteen).
    expect(ops.length).toBe(paths.match(/^ {6}operationId:/gm)?.length);
    expect(ops.length).toBeGreaterThan(30);
  });

  it('every resource method sends one operation of the spec, and every operation has a method', async () => {
    const gstinSpy = spyFetch();
    const adminSpy = spyFetch();
    const common = { baseUrl: 'http://api.test', throttle: false, maxRetries: 0 } as const;
    const einvoice = new Einvoice({ ...common, clientId: 'cli', clientSecret: 'sec', fetch: gstinSpy.fetch });
    const admin = new EinvoiceAdmin({ ...common, apiKey: 'sk_test_x', fetch: adminSpy.fetch });
    const calls = [
      ...(await callEveryMethod('Einvoice', einvoice, gstinSpy.sent)),
      ...(await callEveryMethod('EinvoiceAdmin', admin, adminSpy.sent)),
    ];
    // createToken belongs to the token manager, not to a resource: every OAuth client sends it on first use.
    const tokenSpy = spyFetch();
    const tokens = new Einvoice({ ...common, clientId: 'cli', clientSecret: 'sec', fetch: tokenSpy.fetch }).tokens;
    await tokens.token();
    calls.push({ name: 'Einvoice.tokens.token', sent: tokenSpy.sent });

    const covered = new Map<string, string[]>();
    const unmatched: string[] = [];
    for (const call of calls) {
      if (call.sent.length !== 1) {
        unmatched.push(`${call.name} sent ${call.sent.length} requests`);
        continue;
      }
      const { method, path } = call.sent[0]!;
      const op = ops.find((o) => o.method === method && templateRe(o.path).test(path));
      if (!op) unmatched.push(`${call.name} sent ${method} ${path}, which the spec does not have`);
      else covered.set(op.operationId, [...(covered.get(op.operationId) ?? []), call.name]);
    }
    expect(unmatched).toEqual([]);
    expect(
      ops.filter((o) => !covered.has(o.operationId)).map((o) => `${o.operationId}: ${o.method} ${o.path}`),
    ).toEqual([]);
  });
});
