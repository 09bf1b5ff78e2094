// Scripted faults, selected per request by the `x-contract-scenario` header (or `harness.use(id)`).
// A fault sees the "target" attempts of a run: every request except the token endpoint and GET /v1/status.
// Returning undefined forwards the request to the reference server.
import { delay, HttpResponse } from 'msw';

export interface FaultContext {
  request: Request;
  operationId: string;
  /** 0-based index of this target attempt within the run. */
  attempt: number;
  /** 0-based index of this GET /v1/status call within the run (status calls only). */
  statusCall: number;
  /** Sends a request to the reference server (the real one, or a modified copy). */
  forward(request: Request): Promise<Response>;
  body: ArrayBuffer | undefined;
  /** Says the fault could not meet this request (e.g. its token was refused first): an armed fault stays armed. */
  skip(): void;
}

export interface Scenario {
  id: string;
  description: string;
  /** Handles a target attempt; undefined forwards it. */
  target?(ctx: FaultContext): Promise<Response | undefined> | Response | undefined;
  /** Handles GET /v1/status; undefined forwards it. */
  status?(ctx: FaultContext): Promise<Response | undefined> | Response | undefined;
  /** Handles POST /v1/oauth/token; undefined forwards it. */
  token?(ctx: FaultContext): Promise<Response | undefined> | Response | undefined;
}

let problemSeq = 0;
function problem(
  status: number,
  code: string,
  title: string,
  detail: string,
  headers: Record<string, string> = {},
): Response {
  const requestId = `req_contract${(++problemSeq).toString(36)}`;
  return HttpResponse.json(
    {
      type: `https://einvoice.dev/problems/${code.replace(/_/g, '-')}`,
      title,
      status,
      detail,
      request_id: requestId,
      code,
    },
    { status, headers: { 'content-type': 'application/problem+json', 'x-request-id': requestId, ...headers } },
  );
}

const rateLimitHeaders = {
  'x-ratelimit-limit': '100',
  'x-ratelimit-remaining': '0',
  'x-ratelimit-reset': '1',
  ratelimit: '"default";r=0;t=1',
  'ratelimit-policy': '"default";q=100;w=1',
};

export const SLOW_RESPONSE_MS = 2500;

export const SCENARIOS: Record<string, Scenario> = {
  none: { id: 'none', description: 'Every request is forwarded to the reference server.' },
  'rate-limit-429': {
    id: 'rate-limit-429',
    description: 'The first attempt gets 429 with Retry-After: 1; later attempts are forwarded.',
    target: ({ attempt }) =>
      attempt === 0
        ? problem(429, 'rate_limited', 'Too many requests', 'Scripted by the contract harness.', {
            'retry-after': '1',
            ...rateLimitHeaders,
          })
        : undefined,
  },
  'unavailable-503-then-success': {
    id: 'unavailable-503-then-success',
    description: 'The first attempt gets 503 without Retry-After (computed back-off); later attempts are forwarded.',
    target: ({ attempt }) =>
      attempt === 0
        ? problem(503, 'upstream_unavailable', 'The IRP is unavailable', 'Scripted by the contract harness.')
        : undefined,
  },
  'server-error-exhausted': {
    id: 'server-error-exhausted',
    description: 'Every attempt gets 500; the SDK gives up after its retries.',
    target: () => problem(500, 'internal_error', 'Internal server error', 'Scripted by the contract harness.'),
  },
  'connection-reset': {
    id: 'connection-reset',
    description:
      'The first attempt fails at the network level (HttpResponse.error(); over HTTP the socket is destroyed).',
    target: ({ attempt }) => (attempt === 0 ? (HttpResponse.error() as Response) : undefined),
  },
  'slow-response': {
    id: 'slow-response',
    description: `The first attempt answers only after ${SLOW_RESPONSE_MS} ms (beyond the scenario's timeout); later attempts are forwarded.`,
    target: async ({ attempt }) => {
      if (attempt !== 0) return undefined;
      await delay(SLOW_RESPONSE_MS);
      return problem(504, 'gateway_timeout', 'Too slow', 'The client should have timed out long ago.');
    },
  },
  'idempotency-in-flight-409': {
    id: 'idempotency-in-flight-409',
    description:
      'The first attempt gets 409 idempotency_in_flight with Retry-After: 1; the retry (same key) is forwarded.',
    target: ({ attempt }) =>
      attempt === 0
        ? problem(
            409,
            'idempotency_in_flight',
            'A request with this Idempotency-Key is in progress',
            'Retry after the first request completes.',
            { 'retry-after': '1' },
          )
        : undefined,
  },
  'duplicate-2150-replay': {
    id: 'duplicate-2150-replay',
    description:
      'Before the first attempt the harness registers the same document under another Idempotency-Key, so the SDK request is a duplicate (NIC 2150): the server answers 200 with Idempotent-Replayed: true and the original IRN.',
    target: async ({ attempt, request, body, forward }) => {
      if (attempt !== 0) return undefined;
      const headers = new Headers(request.headers);
      headers.set('idempotency-key', `contract-prime-${crypto.randomUUID()}`);
      const primed = await forward(new Request(request.url, { method: request.method, headers, body }));
      if (primed.status !== 201) return primed;
      return forward(new Request(request.url, { method: request.method, headers: request.headers, body }));
    },
  },
  'duplicate-mismatch-409': {
    id: 'duplicate-mismatch-409',
    description:
      'Before the first attempt the harness registers the same document number with a different buyer name, so the reference server answers the SDK with its real final 409 duplicate_document_mismatch (x-should-retry: false): the SDK must not retry it.',
    target: async ({ attempt, request, body, forward }) => {
      if (attempt !== 0 || !body) return undefined;
      const earlier = JSON.parse(new TextDecoder().decode(body)) as { BuyerDtls?: { LglNm?: string } };
      if (earlier.BuyerDtls) earlier.BuyerDtls.LglNm = `${earlier.BuyerDtls.LglNm ?? 'Buyer'} (earlier)`;
      const headers = new Headers(request.headers);
      headers.set('idempotency-key', `contract-prime-${crypto.randomUUID()}`);
      const primed = await forward(
        new Request(request.url, { method: request.method, headers, body: JSON.stringify(earlier) }),
      );
      if (primed.status !== 201) return primed;
      return undefined; // the SDK's own request now meets the real conflict
    },
  },
  'token-revoked-401': {
    id: 'token-revoked-401',
    description:
      'The first target attempt gets 401 invalid_token; the SDK fetches a new token once and repeats the call.',
    target: ({ attempt }) =>
      attempt === 0
        ? problem(
            401,
            'invalid_token',
            'The access token is not valid',
            'Scripted by the contract harness: token revoked.',
            {
              'www-authenticate':
                'Bearer realm="einvoice", error="invalid_token", error_description="The access token was revoked"',
            },
          )
        : undefined,
  },
  'irp-down-then-up': {
    id: 'irp-down-then-up',
    description:
      'The first attempt gets 503; the first GET /v1/status says NIC1 is down, later ones are forwarded (operational).',
    target: ({ attempt }) =>
      attempt === 0
        ? problem(503, 'upstream_unavailable', 'The IRP is unavailable', 'Scripted: NIC1 is down.', {
            'retry-after': '1',
          })
        : undefined,
    status: ({ statusCall }) =>
      statusCall === 0
        ? HttpResponse.json(
            {
              status: 'down',
              updated_at: new Date().toISOString(),
              gsps: [{ id: 'sandbox-a', status: 'down', circuit: 'open' }],
              irps: [{ id: 'NIC1', status: 'down' }],
            },
            { headers: { 'cache-control': 'max-age=5', 'x-request-id': 'req_contractstatus' } },
          )
        : undefined,
  },
};
