// A tiny round-robin load balancer for multi-replica tests: what a platform's load balancer does in front of the
// server's replicas, no more. It polls every replica's /readyz (every `checkEveryMs`) and sends each request to the
// next ready one. A replica that refuses the connection (nothing was sent) is marked not ready and the request goes
// to the next one, as real balancers do; any other failure after the request left (a reset, a closed connection)
// is answered 502 and counted as a failed request against the replica's process (pid), so a test can tell the
// failures a SIGKILL causes (expected) from the ones a graceful SIGTERM must not cause (none).
import { createServer, request as httpRequest, type IncomingMessage, type Server } from 'node:http';

export interface Backend {
  url: string;
  /** The process currently behind `url` (failures are attributed to it). */
  pid: number | undefined;
  ready: boolean;
}

export interface Exchange {
  backend: number;
  pid: number | undefined;
  /** 'answered': the replica's answer was passed on; 'failed': the request left and no answer came back. */
  outcome: 'answered' | 'failed';
  status: number;
  /** A 5xx answer's problem code (`code` of the problem+json body), if any. */
  code?: string;
  error?: string;
}

export class Balancer {
  readonly backends: Backend[] = [];
  readonly exchanges: Exchange[] = [];
  /** Processes whose readiness answered 503 `shutting_down` (the drain of a graceful shutdown was seen). */
  readonly drainSeen = new Set<number>();
  /** Requests a replica refused at connect (sent to the next one instead), per process id. */
  readonly refused = new Map<number, number>();
  url = '';
  #server: Server | undefined;
  #next = 0;
  #timer: NodeJS.Timeout | undefined;
  #checkEveryMs: number;

  constructor(options: { checkEveryMs?: number } = {}) {
    this.#checkEveryMs = options.checkEveryMs ?? 100;
  }

  /** Adds a replica (index returned), or replaces the process behind an index after a restart. */
  set(index: number, url: string, pid: number | undefined): void {
    this.backends[index] = { url, pid, ready: false };
    void this.#check(index);
  }

  async start(): Promise<this> {
    this.#server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        void this.#forward(req, Buffer.concat(chunks)).then(
          ({ status, headers, body }) => res.writeHead(status, headers).end(body),
          () => res.writeHead(502).end(),
        );
      });
    });
    await new Promise<void>((r) => this.#server!.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.#server.address() as { port: number }).port}`;
    const poll = () => {
      void Promise.all(this.backends.map((_, i) => this.#check(i))).finally(() => {
        if (this.#server) this.#timer = setTimeout(poll, this.#checkEveryMs);
      });
    };
    poll();
    return this;
  }

  async close(): Promise<void> {
    clearTimeout(this.#timer);
    const server = this.#server;
    this.#server = undefined;
    if (server) await new Promise<void>((r) => server.close(() => r()));
  }

  /** Requests a process failed: sent and not answered, or answered 5xx other than the `expected` problem codes. */
  failuresOf(pid: number | undefined, expected: string[] = []): Exchange[] {
    return this.exchanges.filter(
      (e) => e.pid === pid && (e.outcome === 'failed' || (e.status >= 500 && !expected.includes(e.code ?? ''))),
    );
  }

  async #check(i: number): Promise<void> {
    const b = this.backends[i];
    if (!b) return;
    try {
      const res = await fetch(`${b.url}/readyz`, { signal: AbortSignal.timeout(1000) });
      const body = await res.text();
      if (this.backends[i] === b) b.ready = res.status === 200;
      if (res.status === 503 && body.includes('shutting_down') && b.pid !== undefined) this.drainSeen.add(b.pid);
    } catch {
      if (this.backends[i] === b) b.ready = false;
    }
  }

  async #forward(
    req: IncomingMessage,
    body: Buffer,
  ): Promise<{ status: number; headers: Record<string, string | string[]>; body: Buffer }> {
    // Try each ready replica at most once, starting with the next in turn; wait a little when none is ready.
    const deadline = Date.now() + 10_000;
    for (;;) {
      const order = this.backends.map((_, k) => (this.#next + k) % this.backends.length);
      this.#next = (this.#next + 1) % Math.max(1, this.backends.length);
      for (const i of order) {
        const b = this.backends[i]!;
        if (!b.ready) continue;
        const pid = b.pid;
        try {
          const answer = await send(b.url, req, body);
          const code = answer.status >= 500 ? problemCode(answer.body) : undefined;
          this.exchanges.push({
            backend: i,
            pid,
            outcome: 'answered',
            status: answer.status,
            ...(code ? { code } : {}),
          });
          return answer;
        } catch (error) {
          const code = (error as { code?: string }).code ?? String(error);
          if (code === 'ECONNREFUSED') {
            b.ready = false; // nothing was sent: the next replica gets it
            if (pid !== undefined) this.refused.set(pid, (this.refused.get(pid) ?? 0) + 1);
            continue;
          }
          this.exchanges.push({ backend: i, pid, outcome: 'failed', status: 502, error: code });
          throw error;
        }
      }
      if (Date.now() > deadline) return { status: 503, headers: {}, body: Buffer.from('no replica ready') };
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

function problemCode(body: Buffer): string | undefined {
  try {
    const code = (JSON.parse(body.toString('utf8')) as { code?: unknown }).code;
    return typeof code === 'string' ? code : undefined;
  } catch {
    return undefined;
  }
}

function send(
  base: string,
  req: IncomingMessage,
  body: Buffer,
): Promise<{ status: number; headers: Record<string, string | string[]>; body: Buffer }> {
  const headers: Record<string, string | string[]> = {};
  for (const [k, v] of Object.entries(req.headers))
    if (v !== undefined && !['host', 'connection', 'keep-alive'].includes(k)) headers[k] = v;
  headers['content-length'] = String(body.length);
  return new Promise((resolve, reject) => {
    const out = httpRequest(`${base}${req.url}`, { method: req.method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('error', reject);
      res.on('aborted', () => reject(Object.assign(new Error('aborted'), { code: 'ECONNRESET' })));
      res.on('end', () => {
        const back: Record<string, string | string[]> = {};
        for (const [k, v] of Object.entries(res.headers))
          if (v !== undefined && !['connection', 'keep-alive', 'transfer-encoding', 'content-length'].includes(k))
            back[k] = v;
        resolve({ status: res.statusCode ?? 502, headers: back, body: Buffer.concat(chunks) });
      });
    });
    out.on('error', reject);
    out.end(body);
  });
}
