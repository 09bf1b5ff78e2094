// The GSP/IRP routes' HTTP client: undici's request() over one keep-alive Agent per server, instead of the
// global fetch (issue #19: fetch's Request/Response/web-stream layers were about 8 % of the server's CPU per
// IRN). The clients (@einvoice/nic) see a FetchLike: same deadline (the AbortSignal covers the answer's body
// too), same failures (a refused connection throws ECONNREFUSED, a dropped one UND_ERR_SOCKET, the deadline
// the signal's TimeoutError), so classify.ts reads them as it read fetch's.
//
// Connection reuse is undici's, as it was under fetch: an idle socket the peer closes is noticed (undici
// reads every socket) and dropped from the pool; a server's `Keep-Alive: timeout` hint retires a socket
// before the server would; a socket that fails in use is destroyed, never reused. A request is never sent
// twice: undici retries only requests that have not been written (those queued behind a failed one), so a
// write that may have reached the IRP stays ambiguous, as classify.ts expects.
import type { FetchLike } from '@einvoice/nic';
import { Agent, request } from 'undici';

export interface UpstreamTransport {
  fetch: FetchLike;
  close(): Promise<void>;
}

export function pooledTransport(): UpstreamTransport {
  const agent = new Agent({ connections: 64 });
  const fetch: FetchLike = async (url, init) => {
    const res = await request(url, {
      method: init.method as 'GET' | 'POST',
      headers: init.headers,
      ...(init.body !== undefined ? { body: init.body } : {}),
      signal: init.signal,
      dispatcher: agent,
    });
    const text = await res.body.text();
    const ok = res.statusCode >= 200 && res.statusCode < 300;
    return { status: res.statusCode, ok, text: async () => text, json: async () => JSON.parse(text) as unknown };
  };
  return { fetch, close: () => agent.close() };
}
