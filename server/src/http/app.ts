// The API: one dispatcher that routes by the contract (spec/openapi.yaml), not by hand-written paths.
// Order: match -> authenticate (headers only) -> rate limit -> read the body's bytes -> verify the signature ->
// parse the body -> choose the API version (and bring the body up to the current one) -> validate (and open the cursor) ->
// idempotency -> handler (and seal the next cursor) -> the answer in the call's version (pipeline/api-version.ts).
// Credentials come first, so a caller without them is answered 401 whatever the body; the bucket is taken
// before any refusal, so every answer (401, 403, 404, 405, 413, 415, 400 included) carries the rate-limit
// headers (docs/adr/0016). createToken is public here: its credentials (Basic or form fields) are checked
// by its use case, after its body is parsed.
import type { Contract } from '@einvoice/openapi';
import type { HttpBindings } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import { type Context, Hono } from 'hono';
import type { Deps } from '../app/deps.js';
import { ProblemError, problems } from '../app/problems.js';
import { newId } from '../app/security/ids.js';
import type { Call, Handler, IdempotencyHandle, Reply } from './call.js';
import { chooseApiVersion, presentInVersion, upgradeCall } from './pipeline/api-version.js';
import { authenticate } from './pipeline/authenticate.js';
import { openCursor, sealCursor } from './pipeline/cursors.js';
import { claim, serializeBody, settle } from './pipeline/idempotency.js';
import { type RateLimitState, rateLimitHeaders, takeRateLimit } from './pipeline/rate-limit.js';
import { parseBody, readBodyText, webStreamChunks } from './pipeline/read-body.js';
import { round, writeRequestLog } from './pipeline/request-log.js';
import { verifySignature } from './pipeline/signature.js';
import { resolveTenant } from './pipeline/tenant.js';
import { validate } from './pipeline/validate.js';
import { problemReply } from './problem-reply.js';

export interface ApiOptions {
  deps: Deps;
  contract: Contract;
  handlers: Partial<Record<string, Handler>>;
  onError?: (error: unknown, requestId: string) => void;
  /** Called once per answered call (structured log line, metrics). */
  onCompleted?: (call: Call, reply: Reply, totalMs: number) => void;
}

/** The peer address when served by Node; null when the app is called in-process (tests, MSW). */
function clientIp(c: Context): string | null {
  try {
    return getConnInfo(c).remote.address ?? null;
  } catch {
    return null;
  }
}

export function createApi(options: ApiOptions): Hono {
  const { deps, contract } = options;
  const app = new Hono();

  app.all('/v1/*', async (c) => {
    const started = performance.now();
    const url = new URL(c.req.url);
    const requestId = newId('req');
    // RFC 9110 §9.1: HEAD is answered wherever GET is, as GET without the body (Node never sends a body to HEAD).
    const match = contract.router.match(c.req.method === 'HEAD' ? 'GET' : c.req.method, url.pathname);
    if (!match) return toResponse(await unrouted(deps, contract, c, url, requestId, options.onError), requestId);
    const call: Call = {
      op: match.operation,
      requestId,
      method: c.req.method,
      path: url.pathname,
      url,
      pathParams: match.pathParams,
      query: url.searchParams,
      headers: c.req.raw.headers,
      body: undefined,
      ip: clientIp(c),
      receivedAt: deps.clock.now(),
      timings: { auth: 0, validation: 0, queue: 0, upstream: 0, storage: 0 },
      upstreamAttempts: [],
    };
    let rateLimit: RateLimitState | undefined;
    let handle: IdempotencyHandle | undefined;
    let reply: Reply;
    try {
      let t = performance.now();
      const refused = await authenticate(deps, call).then(
        () => undefined,
        (e: unknown) => e,
      );
      // A fault (storage down) is answered as itself; a refusal (401, 403) is counted first.
      if (refused !== undefined && !isRefusal(refused)) throw refused;
      rateLimit = await takeRateLimit(deps, call);
      if (refused !== undefined) throw refused;
      await resolveTenant(deps, call);
      call.timings.auth = round(performance.now() - t);
      const incoming = (c.env as Partial<HttpBindings> | undefined)?.incoming;
      // Only without Node's request (another runtime, a test's app.request) is the Fetch body touched at all.
      const body = incoming ?? (c.req.raw.body ? webStreamChunks(c.req.raw.body) : null);
      const text = await readBodyText(call.headers, body, call.op);
      if (text) call.rawBody = text;
      t = performance.now();
      await verifySignature(deps, call, url);
      call.timings.auth = round(call.timings.auth + performance.now() - t);
      t = performance.now();
      const contentType = c.req.raw.headers.get('content-type');
      call.body = parseBody(text, contentType, call.op).body;
      await chooseApiVersion(deps, call);
      upgradeCall(call);
      validate(contract, call, contentType);
      openCursor(deps, call);
      call.timings.validation = round(performance.now() - t);
      t = performance.now();
      const claimed = await claim(deps, call);
      call.timings.storage = round(performance.now() - t);
      if (claimed.replay) {
        reply = claimed.replay;
      } else {
        handle = claimed.handle;
        call.idempotency = handle;
        const handler = options.handlers[call.op.operationId];
        if (!handler)
          throw new ProblemError({
            status: 501,
            slug: 'not-implemented',
            title: 'Not implemented yet',
            detail: `${call.op.operationId} is in the contract but not served by this build.`,
            code: 'not_implemented',
          });
        reply = await handler(call);
        sealCursor(deps, call, reply);
      }
    } catch (error) {
      rateLimit ??= (error as { rateLimit?: RateLimitState }).rateLimit;
      reply = problemReply(error, requestId, call.path, (e) => options.onError?.(e, requestId));
    }
    try {
      await settle(deps, handle, reply);
    } catch (error) {
      options.onError?.(error, requestId);
    }
    if (rateLimit) reply.headers = { ...rateLimitHeaders(rateLimit), ...reply.headers };
    presentInVersion(call, reply);
    const totalMs = performance.now() - started;
    await writeRequestLog(deps, call, reply, totalMs).catch((e) => options.onError?.(e, requestId));
    options.onCompleted?.(call, reply, totalMs);
    return toResponse(reply, requestId);
  });

  return app;
}

/** 401 and 403: answers about the caller's credentials, which still count against a bucket. */
function isRefusal(error: unknown): boolean {
  return error instanceof ProblemError && (error.problem.status === 401 || error.problem.status === 403);
}

/** A path no operation serves (404), or a method it does not allow (405), counted against the IP's anonymous bucket. */
async function unrouted(
  deps: Deps,
  contract: Contract,
  c: Context,
  url: URL,
  requestId: string,
  onError: ApiOptions['onError'],
): Promise<Reply> {
  const allowed = contract.router.allowedMethods(url.pathname);
  let error: unknown = allowed.length
    ? problems.methodNotAllowed(allowed)
    : problems.notFound(`No operation at ${c.req.method} ${url.pathname}.`);
  let rateLimit: RateLimitState | undefined;
  try {
    rateLimit = await takeRateLimit(deps, { ip: clientIp(c) });
  } catch (e) {
    rateLimit = (e as { rateLimit?: RateLimitState }).rateLimit;
    error = e;
  }
  const reply = problemReply(error, requestId, url.pathname, (e) => onError?.(e, requestId));
  if (rateLimit) reply.headers = { ...rateLimitHeaders(rateLimit), ...reply.headers };
  return reply;
}

function toResponse(reply: Reply, requestId: string): Response {
  const headers = new Headers(reply.headers);
  headers.set('x-request-id', requestId);
  // API answers carry taxpayers' documents, addresses and identifiers: no shared or private cache keeps them,
  // unless the operation says otherwise (the public status page: max-age=5).
  if (!headers.has('cache-control')) headers.set('cache-control', 'no-store');
  if (reply.lines) {
    headers.set('content-type', reply.contentType ?? 'application/x-ndjson');
    const encoder = new TextEncoder();
    const iterator = reply.lines[Symbol.asyncIterator]();
    const stream = new ReadableStream<Uint8Array>({
      async pull(controller) {
        const { done, value } = await iterator.next();
        if (done) controller.close();
        else controller.enqueue(encoder.encode(value));
      },
      async cancel() {
        await iterator.return?.();
      },
    });
    return new Response(stream, { status: reply.status, headers });
  }
  if ((reply.body === undefined && reply.rawBody === undefined) || reply.status === 204)
    return new Response(null, { status: reply.status, headers });
  headers.set('content-type', reply.contentType ?? 'application/json');
  return new Response(serializeBody(reply), { status: reply.status, headers });
}
