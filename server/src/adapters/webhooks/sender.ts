// One HTTP POST of a webhook to an already-checked target. node:http(s) rather than fetch because we must
// control the socket: the connection goes to the pinned address the SSRF guard approved (never a second DNS
// lookup), through an injectable connect function (tests spy on it), and node:http never follows redirects.
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, connect as netConnect, type Socket } from 'node:net';
import { connect as tlsConnect } from 'node:tls';
import type { WebhookTarget } from '../../app/policy/webhook-urls/url-guard.js';

export type Connect = (target: WebhookTarget) => Socket;

/** Dials target.address (the checked IP), with SNI and certificate checks against the URL's host name. */
export const defaultConnect: Connect = (t) =>
  t.tls
    ? tlsConnect({
        host: t.address,
        port: t.port,
        ...(isIP(t.hostname) ? {} : { servername: t.hostname }),
        ALPNProtocols: ['http/1.1'],
      })
    : netConnect({ host: t.address, port: t.port });

export interface SendResult {
  statusCode: number | null;
  latencyMs: number;
  responseExcerpt: string | null;
  error: string | null;
}

export const EXCERPT_BYTES = 1024;
/** We read at most this much of an answer (for the excerpt), then hang up: receivers cannot make us buffer. */
const MAX_READ_BYTES = 64 * 1024;

function transportError(e: NodeJS.ErrnoException): string {
  switch (e.code) {
    case 'ECONNREFUSED':
      return 'connection_refused';
    case 'ECONNRESET':
    case 'EPIPE':
      return 'connection_reset';
    case 'ETIMEDOUT':
      return 'timeout';
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return 'unreachable';
    default:
      return e.code?.startsWith('ERR_TLS') || /certificate|SSL|TLS/i.test(e.message)
        ? `tls_error: ${e.message}`
        : `connection_error: ${e.code ?? e.message}`;
  }
}

/**
 * One deadline for the whole attempt (`timeoutMs`, default 10 s): connecting, sending and the answer together,
 * so a receiver that accepts slowly and then stalls cannot hold a delivery slot for more than that. `signal`
 * ends the attempt early (the dispatcher stopping), with the error `aborted`.
 */
export function sendWebhook(
  target: WebhookTarget,
  headers: Record<string, string>,
  body: string,
  options: { connect?: Connect; timeoutMs?: number; signal?: AbortSignal } = {},
): Promise<SendResult> {
  const connect = options.connect ?? defaultConnect;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const started = performance.now();
  return new Promise((resolve) => {
    let settled = false;
    const finish = (r: Omit<SendResult, 'latencyMs'>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      resolve({ ...r, latencyMs: Math.round((performance.now() - started) * 10) / 10 });
    };
    const giveUp = (error: string) => {
      finish({ statusCode: null, responseExcerpt: null, error });
      req.destroy();
    };
    const onAbort = () => giveUp('aborted');
    const timer = setTimeout(() => giveUp('timeout'), timeoutMs);
    const req = (target.tls ? httpsRequest : httpRequest)({
      method: 'POST',
      host: target.hostname,
      port: target.port,
      path: `${target.url.pathname}${target.url.search}`,
      headers: {
        host: target.url.host,
        'content-type': 'application/json',
        'content-length': String(Buffer.byteLength(body, 'utf8')),
        'user-agent': 'einvoice-webhooks/1',
        ...headers,
      },
      // No agent: with createConnection, node:http uses exactly the socket we dial (no pooling, no lookup).
      createConnection: () => connect(target),
    });
    if (options.signal?.aborted) onAbort();
    else options.signal?.addEventListener('abort', onAbort, { once: true });
    req.on('error', (e) => finish({ statusCode: null, responseExcerpt: null, error: transportError(e) }));
    req.on('response', (res: IncomingMessage) => {
      const chunks: Buffer[] = [];
      let size = 0;
      const done = () => {
        const excerpt = Buffer.concat(chunks).subarray(0, EXCERPT_BYTES).toString('utf8');
        finish({ statusCode: res.statusCode ?? null, responseExcerpt: excerpt.length ? excerpt : null, error: null });
      };
      res.on('data', (chunk: Buffer) => {
        if (size < EXCERPT_BYTES) chunks.push(chunk);
        size += chunk.length;
        if (size > MAX_READ_BYTES) {
          done();
          res.destroy();
        }
      });
      res.on('end', done);
      res.on('error', done); // the status is known; a broken body does not change the verdict
    });
    req.end(body);
  });
}
