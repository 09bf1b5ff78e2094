// MSW handlers that validate every /v1 request against spec/openapi.yaml, apply the selected fault scenario
// and forward to the reference server's app.fetch. Plus /__contract/* control endpoints (recorder, reset, info)
// so every language's runner can count attempts and check idempotency keys the same way.
import { Contract, type OperationInfo } from '@einvoice/openapi';
import { createFaultDispatcher, type RecordedRequest, SCENARIOS, type Scenario } from '@einvoice/sandbox/internal';
import { type HttpHandler, HttpResponse, http } from 'msw';

export const SCENARIO_HEADER = 'x-contract-scenario';
export const RUN_HEADER = 'x-contract-run';

export type { RecordedRequest };

/**
 * Faults only this repository's SDK suites need, next to the sandbox's (packages/sandbox/src/scenarios.ts);
 * options.scenarios is merged over both.
 */
export const CONTRACT_SCENARIOS: Record<string, Scenario> = {
  'signature-stripped': {
    id: 'signature-stripped',
    description:
      'Every target attempt reaches the server without its Signature-Input and Signature headers (a proxy that drops ' +
      'them); token and status requests pass untouched. With a credential that requires signatures: 401 invalid_signature.',
    target: ({ request, body, forward }) => {
      const headers = new Headers(request.headers);
      headers.delete('signature-input');
      headers.delete('signature');
      return forward(new Request(request.url, { method: request.method, headers, body }));
    },
  },
};

export interface ContractViolation {
  method: string;
  path: string;
  operationId: string | null;
  problems: string[];
}

export interface ContractHarnessOptions {
  /** The reference server's fetch handler (Sandbox.fetch). */
  forward(request: Request): Promise<Response>;
  /** Shown by GET /__contract/info (the ready GSTIN credential and account key). */
  info?: Record<string, unknown>;
  contract?: Contract;
  /** Called on every contract violation (default: console.error). */
  onViolation?(violation: ContractViolation): void;
  /** Extra scenarios (id -> scenario), merged over the built-in ones. */
  scenarios?: Record<string, Scenario>;
}

export interface ContractHarness {
  handlers: HttpHandler[];
  /** Selects the scenario for requests that carry no `x-contract-scenario` header (null: none). */
  use(scenario: string | null): void;
  requests(run?: string): RecordedRequest[];
  violations: ContractViolation[];
  /** Throws if any request broke the contract since the last reset. */
  assertNoViolations(): void;
  reset(): void;
  scenarios: Record<string, Scenario>;
}

export function createContractHarness(options: ContractHarnessOptions): ContractHarness {
  const contract = options.contract ?? new Contract();
  contract.validator.warm(contract.operations);
  const scenarios = { ...SCENARIOS, ...CONTRACT_SCENARIOS, ...options.scenarios };
  const violations: ContractViolation[] = [];
  let current: string | null = null;
  const dispatcher = createFaultDispatcher({
    forward: options.forward,
    contract: () => contract,
    findFault: (id) => scenarios[id],
    faultHeader: SCENARIO_HEADER,
    runHeader: RUN_HEADER,
    // Unknown scenarios are refused as violations before dispatch; this is never reached.
    unknownFault: (id) => HttpResponse.json({ error: `unknown scenario ${id}` }, { status: 400 }),
  });
  const onViolation =
    options.onViolation ??
    ((v) =>
      console.error(
        `[contract] VIOLATION ${v.method} ${v.path} (${v.operationId ?? 'no operation'}):\n  - ${v.problems.join('\n  - ')}`,
      ));

  const handleV1 = async ({ request }: { request: Request }): Promise<Response> => {
    const url = new URL(request.url);
    const scenarioId = request.headers.get(SCENARIO_HEADER) ?? current ?? 'none';
    const body = ['GET', 'HEAD'].includes(request.method) ? undefined : await request.arrayBuffer();
    const match = contract.router.match(request.method, url.pathname);
    const scenario = scenarios[scenarioId];
    const problems = scenario
      ? validateRequest(contract, match?.operation, match?.pathParams ?? {}, request, url, body)
      : [`unknown ${SCENARIO_HEADER} "${scenarioId}" (known: ${Object.keys(scenarios).join(', ')})`];
    if (problems.length) {
      const entry = dispatcher.record(request);
      const violation = { method: request.method, path: url.pathname, operationId: entry.operationId, problems };
      violations.push(violation);
      entry.violation = problems.join('; ');
      entry.status = 400;
      onViolation(violation);
      return HttpResponse.json(
        {
          type: 'https://einvoice.dev/problems/contract-violation',
          title: 'The request does not match spec/openapi.yaml',
          status: 400,
          detail: `${request.method} ${url.pathname}: ${problems.join('; ')}`,
          request_id: 'req_contractviolation',
          code: 'contract_violation',
          errors: problems.map((p) => ({ pointer: p.split(' ')[0] ?? '', detail: p, code: 'contract_violation' })),
        },
        {
          status: 400,
          headers: { 'content-type': 'application/problem+json', 'x-request-id': 'req_contractviolation' },
        },
      );
    }

    return dispatcher.handle(request, body);
  };

  const handlers: HttpHandler[] = [
    http.get('*/__contract/requests', ({ request }) => {
      const run = new URL(request.url).searchParams.get('run');
      return HttpResponse.json(dispatcher.requests(run ?? undefined));
    }),
    http.get('*/__contract/violations', () => HttpResponse.json(violations)),
    http.get('*/__contract/scenarios', () =>
      HttpResponse.json(Object.values(scenarios).map(({ id, description }) => ({ id, description }))),
    ),
    http.get('*/__contract/info', () => HttpResponse.json(options.info ?? {})),
    http.post('*/__contract/reset', () => {
      reset();
      return new HttpResponse(null, { status: 204 });
    }),
    http.all('*/v1/*', handleV1),
  ];

  function reset(): void {
    dispatcher.clear();
    violations.length = 0;
  }

  return {
    handlers,
    scenarios,
    use(scenario) {
      if (scenario !== null && !scenarios[scenario]) throw new Error(`unknown scenario ${scenario}`);
      current = scenario;
      dispatcher.use(scenario);
    },
    requests: (run) => dispatcher.requests(run),
    violations,
    assertNoViolations() {
      if (violations.length) {
        const text = violations.map((v) => `${v.method} ${v.path}: ${v.problems.join('; ')}`).join('\n');
        throw new Error(`contract violations:\n${text}`);
      }
    },
    reset,
  };
}

/** Everything that does not match the spec, as readable sentences (empty when the request conforms). */
export function validateRequest(
  contract: Contract,
  op: OperationInfo | undefined,
  pathParams: Record<string, string>,
  request: Request,
  url: URL,
  raw: ArrayBuffer | undefined,
): string[] {
  if (!op) {
    const allowed = contract.router.allowedMethods(url.pathname);
    return [
      allowed.length
        ? `method ${request.method} is not allowed on ${url.pathname} (spec allows ${allowed.join(', ')})`
        : `path ${url.pathname} is not in the spec`,
    ];
  }
  const problems: string[] = [];
  const contentType = request.headers.get('content-type');
  const mediaType = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  let body: unknown;
  const text = raw?.byteLength ? new TextDecoder().decode(raw) : '';
  if (text) {
    if (!op.requestBody) problems.push(`body: ${op.operationId} takes no request body`);
    else if (!op.requestBody.mediaTypes[mediaType])
      problems.push(
        `header:content-type "${contentType ?? ''}" is not one of ${Object.keys(op.requestBody.mediaTypes).join(', ')}`,
      );
    else if (mediaType.includes('json')) {
      try {
        body = JSON.parse(text);
      } catch {
        problems.push('body: is not valid JSON');
      }
    } else if (mediaType === 'application/x-www-form-urlencoded') body = Object.fromEntries(new URLSearchParams(text));
  }
  const declaredQuery = new Set(op.parameters.filter((p) => p.in === 'query').map((p) => p.name));
  for (const name of new Set(url.searchParams.keys())) {
    if (!declaredQuery.has(name)) problems.push(`query:${name} is not a parameter of ${op.operationId}`);
  }
  for (const e of contract.validator.validateRequest(op, {
    pathParams,
    query: url.searchParams,
    headers: request.headers,
    contentType,
    body,
  })) {
    problems.push(`${e.pointer || 'body'} ${e.detail}`);
  }
  const hasAuth = request.headers.has('authorization');
  const publicAllowed = op.security.length === 0 || op.security.some((s) => !s.scheme);
  const formClient =
    op.operationId === 'createToken' && typeof body === 'object' && body !== null && 'client_id' in body;
  if (!publicAllowed && !hasAuth && !formClient)
    problems.push(
      `header:authorization is required by ${op.operationId} (${op.security.map((s) => s.scheme).join(' or ')})`,
    );
  if (op.operationId === 'createToken' && !hasAuth && !formClient)
    problems.push(
      'header:authorization createToken needs HTTP Basic client authentication (or client_id/client_secret form fields)',
    );
  // The SDK runtime contract: every state-changing POST that accepts an Idempotency-Key carries one.
  if (
    request.method === 'POST' &&
    op.parameters.some((p) => p.in === 'header' && p.name.toLowerCase() === 'idempotency-key') &&
    !request.headers.has('idempotency-key')
  ) {
    problems.push('header:idempotency-key is missing (SDK contract: one key per logical POST, reused on every retry)');
  }
  return problems;
}
