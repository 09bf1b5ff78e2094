// The sandbox's front: MSW handlers that apply the fault a request asks for (or the next armed one) and
// forward everything else to the in-process reference server, plus the /__sandbox control endpoints. The CLI
// serves these same handlers over HTTP (http.ts), so in-process MSW users and HTTP users share one state.
import { type HttpHandler, HttpResponse, http, passthrough } from 'msw';
import { createFaultDispatcher, type FaultDispatcher } from './dispatch.js';
import { FAULT_HEADER, faultTable, findFault } from './faults.js';
import { isSandboxIrpRequest, type Sandbox } from './runtime.js';

export interface SandboxInfo {
  url?: string;
  api_key: string;
  gstins: { gstin: string; client_id: string; client_secret: string }[];
  /** The first GSTIN credential, flat, for the common one-GSTIN case. */
  gstin?: string;
  client_id?: string;
  client_secret?: string;
}

export interface SandboxFront {
  handlers: HttpHandler[];
  dispatcher: FaultDispatcher;
  /** Makes the next `count` requests (token and status calls excepted) meet `fault`. */
  arm(fault: string, count: number): void;
  /** Forgets armed faults, attempt counts and recorded requests (Sandbox.reset resets the server's state). */
  clear(): void;
}

export function info(sandbox: Sandbox, url?: string): SandboxInfo {
  const gstins = sandbox.credentials.map((c) => ({
    gstin: c.gstin,
    client_id: c.clientId,
    client_secret: c.clientSecret,
  }));
  const first = gstins[0];
  return {
    ...(url ? { url } : {}),
    api_key: sandbox.apiKey,
    ...(first ? { gstin: first.gstin, client_id: first.client_id, client_secret: first.client_secret } : {}),
    gstins,
  };
}

export function problem(status: number, code: string, title: string, detail: string): Response {
  return HttpResponse.json(
    { type: `https://einvoice.dev/problems/${code.replace(/_/g, '-')}`, title, status, detail, code },
    { status, headers: { 'content-type': 'application/problem+json' } },
  );
}

export const RUN_HEADER = 'x-sandbox-run';

const unknownFault = (id: string) =>
  problem(
    400,
    'unknown_sandbox_fault',
    'Unknown sandbox fault',
    `${FAULT_HEADER}: "${id}" is not a fault; GET /__sandbox/faults lists them (${faultTable()
      .map((f) => f.id)
      .join(', ')}).`,
  );

export interface SandboxFrontOptions {
  /** The sandbox's public URL, shown by /__sandbox/info. */
  url?: () => string | undefined;
  /** Handle requests to this origin only (MSW in a test process); default: any origin (the CLI). */
  origin?: string;
  /** Forward every other path too (/, /healthz, /readyz, /openapi.yaml): the CLI serves the whole server. */
  passthrough?: boolean;
}

export function createSandboxFront(sandbox: Sandbox, options: SandboxFrontOptions = {}): SandboxFront {
  const at = options.origin ? options.origin.replace(/\/$/, '') : '*';
  const dispatcher = createFaultDispatcher({
    forward: (request) => sandbox.fetch(request),
    contract: () => sandbox.server.contract,
    findFault,
    faultHeader: FAULT_HEADER,
    runHeader: RUN_HEADER,
    unknownFault,
  });
  const handleApi = async ({ request }: { request: Request }) =>
    dispatcher.handle(request, ['GET', 'HEAD'].includes(request.method) ? undefined : await request.arrayBuffer());

  const handlers: HttpHandler[] = [
    // In a test process MSW intercepts every request, the sandbox's own included: its calls to the embedded IRP
    // and its webhook deliveries (Standard Webhooks headers) must go out as they are.
    http.all(
      ({ request }) =>
        isSandboxIrpRequest(request.url) ||
        (request.headers.has('webhook-id') && request.headers.has('webhook-signature')),
      () => passthrough(),
    ),
    http.get(`${at}/__sandbox/health`, () => HttpResponse.json({ status: 'ok' })),
    http.get(`${at}/__sandbox/info`, () => HttpResponse.json(info(sandbox, options.url?.()))),
    http.get(`${at}/__sandbox/faults`, () => HttpResponse.json({ header: FAULT_HEADER, faults: faultTable() })),
    http.post(`${at}/__sandbox/faults`, async ({ request }) => {
      let input: { fault?: unknown; count?: unknown };
      try {
        input = (await request.json()) as typeof input;
      } catch {
        return problem(400, 'invalid_json', 'The body is not JSON', 'Send {"fault": "<id>", "count": 1}.');
      }
      const count = input.count ?? 1;
      if (typeof input.fault !== 'string' || !findFault(input.fault))
        return problem(
          400,
          'unknown_sandbox_fault',
          'Unknown sandbox fault',
          'fault: GET /__sandbox/faults lists them.',
        );
      if (typeof count !== 'number' || !Number.isInteger(count) || count < 0 || count > 1000)
        return problem(400, 'invalid_count', 'Invalid count', 'count: an integer from 0 to 1000.');
      dispatcher.arm(input.fault, count);
      return HttpResponse.json({ armed: dispatcher.armed() });
    }),
    http.get(`${at}/__sandbox/webhooks`, async ({ request }) => {
      const query = new URL(request.url).searchParams;
      const filter = Object.fromEntries(
        ['event_type', 'status', 'endpoint_id'].flatMap((k) => (query.get(k) ? [[k, query.get(k)!]] : [])),
      );
      const listed = await webhookDeliveries(sandbox, filter);
      return listed instanceof Response ? listed : HttpResponse.json({ object: 'list', data: listed });
    }),
    http.get(`${at}/__sandbox/requests`, ({ request }) => {
      const run = new URL(request.url).searchParams.get('run') ?? undefined;
      return HttpResponse.json({ object: 'list', data: dispatcher.requests(run) });
    }),
    http.post(`${at}/__sandbox/reset`, async () => {
      dispatcher.clear();
      await sandbox.reset();
      return HttpResponse.json(info(sandbox, options.url?.()));
    }),
    http.all(`${at}/__sandbox/*`, ({ request }) =>
      problem(
        404,
        'not_found',
        'No such sandbox endpoint',
        `${request.method} ${new URL(request.url).pathname}: the control endpoints are GET /__sandbox/health, GET /__sandbox/info, GET|POST /__sandbox/faults, GET /__sandbox/webhooks, GET /__sandbox/requests, POST /__sandbox/reset.`,
      ),
    ),
    http.all(`${at}/v1/*`, handleApi),
    ...(options.passthrough ? [http.all(`${at}/*`, ({ request }) => sandbox.fetch(request))] : []),
  ];

  return {
    handlers,
    dispatcher,
    arm: (fault, count) => dispatcher.arm(fault, count),
    clear: () => dispatcher.clear(),
  };
}

/** Every webhook delivery of the sandbox account (all pages, newest first), or the API's refusal as is. */
export async function webhookDeliveries(
  sandbox: Sandbox,
  filter: Record<string, string> = {},
): Promise<unknown[] | Response> {
  const data: unknown[] = [];
  let cursor: string | null = null;
  do {
    const params = new URLSearchParams({ ...filter, limit: '100' });
    if (cursor) params.set('starting_after', cursor);
    const res = await sandbox.fetch(
      new Request(`http://sandbox.internal/v1/webhook-deliveries?${params}`, {
        headers: { authorization: `Bearer ${sandbox.apiKey}` },
      }),
    );
    if (res.status !== 200) return res;
    const page = (await res.json()) as { data: unknown[]; has_more: boolean; next_cursor: string | null };
    data.push(...page.data);
    cursor = page.has_more ? page.next_cursor : null;
  } while (cursor);
  return data;
}
