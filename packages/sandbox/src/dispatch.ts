// Applies faults to API requests and records every request, for the sandbox front (handlers.ts) and for this
// monorepo's contract harness alike. Which fault: the fault header, else the next armed one, else the default
// (`use`). Which attempt a request is, so "the first attempt fails, the retry succeeds" works:
//  - with a run header (a test's own scope), every target request of that run counts;
//  - without one, a retry is the same Idempotency-Key, or for requests without a key the same method, URL
//    and credentials.
import type { Contract } from '@einvoice/openapi';
import type { FaultContext, Scenario } from './scenarios.js';

export interface RecordedRequest {
  run: string;
  scenario: string;
  method: string;
  path: string;
  operationId: string | null;
  idempotencyKey: string | null;
  retryCount: string | null;
  authorization: 'bearer' | 'basic' | 'none';
  /** The client's User-Agent (SDKs append an integration's app info to it). */
  userAgent: string | null;
  /** X-Request-Id of the answer, so a client can prove which answer its raw response was. */
  requestId: string | null;
  /** The request's Einvoice-Version (the dated API version the client asked for). */
  apiVersion: string | null;
  /** The answer's Einvoice-Version (the version it was produced in). */
  answeredApiVersion: string | null;
  /** Epoch milliseconds when the request arrived. */
  at: number;
  status: number | null;
  violation: string | null;
}

export interface DispatcherOptions {
  /** Sends a request to the reference server. */
  forward(request: Request): Promise<Response>;
  /** The contract, for operation ids (the server's own instance: it is already loaded). */
  contract(): Contract;
  findFault(id: string): Scenario | undefined;
  faultHeader: string;
  runHeader: string;
  /** Answer for a fault id that does not exist. */
  unknownFault(id: string): Response;
}

export interface FaultDispatcher {
  /** Records the request and answers it: its fault, or the reference server. `body` is the request's bytes. */
  handle(request: Request, body: ArrayBuffer | undefined): Promise<Response>;
  /** Starts a record for a request answered elsewhere (e.g. refused by the contract harness). */
  record(request: Request): RecordedRequest;
  requests(run?: string): RecordedRequest[];
  /** Makes the next `count` target requests meet `fault`; 0 disarms it. */
  arm(fault: string, count: number): void;
  armed(): string[];
  /** The fault of requests that name none (null: none). */
  use(fault: string | null): void;
  clear(): void;
}

const authKind = (request: Request): RecordedRequest['authorization'] => {
  const auth = request.headers.get('authorization') ?? '';
  return /^bearer /i.test(auth) ? 'bearer' : /^basic /i.test(auth) ? 'basic' : 'none';
};

export function createFaultDispatcher(options: DispatcherOptions): FaultDispatcher {
  const recorded: RecordedRequest[] = [];
  const armed: string[] = [];
  const targetAttempts = new Map<string, number>();
  const statusCalls = new Map<string, number>();
  let current: string | null = null;

  const strip = (request: Request): Request => {
    if (!request.headers.has(options.faultHeader) && !request.headers.has(options.runHeader)) return request;
    const headers = new Headers(request.headers);
    headers.delete(options.faultHeader);
    headers.delete(options.runHeader);
    return new Request(request.url, {
      method: request.method,
      headers,
      body: request.body,
      duplex: 'half',
    } as RequestInit);
  };
  const forward = (request: Request) => options.forward(strip(request));

  function record(request: Request): RecordedRequest {
    const url = new URL(request.url);
    const match = options.contract().router.match(request.method, url.pathname);
    const entry: RecordedRequest = {
      run: request.headers.get(options.runHeader) ?? 'default',
      scenario: request.headers.get(options.faultHeader) ?? current ?? 'none',
      method: request.method,
      path: url.pathname + url.search,
      operationId: match?.operation.operationId ?? null,
      idempotencyKey: request.headers.get('idempotency-key'),
      retryCount: request.headers.get('x-einvoice-retry-count'),
      authorization: authKind(request),
      userAgent: request.headers.get('user-agent'),
      requestId: null,
      apiVersion: request.headers.get('einvoice-version'),
      answeredApiVersion: null,
      at: Date.now(),
      status: null,
      violation: null,
    };
    recorded.push(entry);
    return entry;
  }

  async function handle(request: Request, body: ArrayBuffer | undefined): Promise<Response> {
    const entry = record(request);
    const isToken = entry.operationId === 'createToken';
    const isStatus = entry.operationId === 'getStatus';
    const named = request.headers.get(options.faultHeader);
    const fromArm = !named && !isToken && !isStatus ? armed.shift() : undefined;
    const faultId = named ?? fromArm ?? current;
    const replay = () => new Request(request.url, { method: request.method, headers: request.headers, body });
    let response: Response | undefined;
    if (faultId && faultId !== 'none') {
      entry.scenario = faultId;
      const fault = options.findFault(faultId);
      if (!fault) response = options.unknownFault(faultId);
      else {
        const run = request.headers.get(options.runHeader);
        const scope = run
          ? `${run}|${faultId}`
          : named
            ? `${faultId}|${request.headers.get('idempotency-key') ?? `${request.method} ${request.url} ${request.headers.get('authorization') ?? ''}`}`
            : `default|${faultId}`;
        let skipped = false;
        const ctx: FaultContext = {
          request: replay(),
          operationId: entry.operationId ?? '',
          attempt: 0,
          statusCall: 0,
          forward,
          body,
          skip: () => {
            skipped = true;
          },
        };
        if (isStatus) {
          ctx.statusCall = statusCalls.get(scope) ?? 0;
          statusCalls.set(scope, ctx.statusCall + 1);
          response = await fault.status?.(ctx);
        } else if (isToken) {
          response = await fault.token?.(ctx);
        } else {
          // An armed fault meets exactly one request: always as its first attempt.
          ctx.attempt = fromArm ? 0 : (targetAttempts.get(scope) ?? 0);
          if (!fromArm) targetAttempts.set(scope, ctx.attempt + 1);
          response = await fault.target?.(ctx);
          if (skipped) {
            // It did not meet this request: still armed for the next one, still a first attempt for a retry.
            if (fromArm) armed.unshift(fromArm);
            else targetAttempts.set(scope, ctx.attempt);
            entry.scenario = 'none';
          }
        }
      }
    }
    response ??= await forward(replay());
    entry.status = response.type === 'error' ? null : response.status;
    entry.requestId = response.type === 'error' ? null : response.headers.get('x-request-id');
    entry.answeredApiVersion = response.type === 'error' ? null : response.headers.get('einvoice-version');
    return response;
  }

  return {
    handle,
    record,
    requests: (run) => (run ? recorded.filter((r) => r.run === run) : [...recorded]),
    arm(fault, count) {
      if (!options.findFault(fault)) throw new Error(`unknown fault ${fault}`);
      if (count === 0) for (let i = armed.length - 1; i >= 0; i--) if (armed[i] === fault) armed.splice(i, 1);
      for (let i = 0; i < count; i++) armed.push(fault);
    },
    armed: () => [...armed],
    use(fault) {
      if (fault !== null && !options.findFault(fault)) throw new Error(`unknown fault ${fault}`);
      current = fault;
    },
    clear() {
      recorded.length = 0;
      armed.length = 0;
      targetAttempts.clear();
      statusCalls.clear();
    },
  };
}
