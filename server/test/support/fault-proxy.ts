// A TCP fault proxy for e2e tests: sits on 127.0.0.1 in front of an upstream URL (a GSP) and, by
// mode, passes traffic, refuses connections, resets them, swallows them or delays them. It works on
// bytes, not HTTP, so what the server sees is what a real network fault looks like (ECONNREFUSED,
// ECONNRESET, a socket that never answers). Only the first line of each request is peeked at, for
// the request log (`requests`).
//
// Modes apply to connections accepted after setMode(); switching mode drops the connections the
// previous mode accepted (keep-alive pools would otherwise keep using them), so a test that switches
// while idle gets the new behaviour on its very next call.
import net from 'node:net';

export type FaultMode =
  | { mode: 'pass' }
  /** Stop listening: new connections get ECONNREFUSED. Leaving this mode listens on the same port again. */
  | { mode: 'refuse' }
  /**
   * Reset (RST) with probability p. `per: 'connection'` rolls once per connection (its first request);
   * `per: 'exchange'` rolls for every request on the connection (keep-alive pools reuse connections,
   * so this is what "p of the calls fail" means). `at`: 'request' resets when the request arrives and
   * forwards nothing (the IRP never sees it); 'response' forwards the request and resets instead of
   * returning the answer (the IRP committed); 'any' picks one of the two at random.
   */
  | { mode: 'reset'; p: number; per?: 'connection' | 'exchange'; at?: 'request' | 'response' | 'any' }
  /**
   * Never answer. `forward: false` accepts and reads nothing back; `forward: true` sends the request
   * upstream and swallows the response ("timeout after commit" as seen from the server).
   */
  | { mode: 'blackhole'; forward?: boolean }
  /** Hold every chunk of the answer for `ms` before passing it on. */
  | { mode: 'delay'; ms: number };

export type ModeName = FaultMode['mode'];

export interface FaultProxyStats {
  /** Connections accepted, by the mode they were accepted in (refused connections never reach us). */
  connections: Record<ModeName, number>;
  /** Requests seen (first chunk of each exchange), by mode. */
  exchanges: Record<ModeName, number>;
  /** Connections reset on purpose. */
  resets: number;
}

export interface FaultProxy {
  readonly url: string;
  readonly port: number;
  readonly mode: FaultMode;
  setMode(mode: FaultMode): Promise<void>;
  readonly stats: FaultProxyStats;
  /** Request lines seen ("POST /eicore/v1.03/Invoice"), oldest first. */
  readonly requests: string[];
  /** Total connections accepted so far (all modes). */
  connectionCount(): number;
  close(): Promise<void>;
}

const zero = (): Record<ModeName, number> => ({ pass: 0, refuse: 0, reset: 0, blackhole: 0, delay: 0 });
const METHOD_LINE = /^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) (\S+) HTTP\/1\.[01]\r?\n/;

export async function startFaultProxy(target: string, options: { random?: () => number } = {}): Promise<FaultProxy> {
  const upstream = new URL(target);
  const upstreamPort = Number(upstream.port || (upstream.protocol === 'https:' ? 443 : 80));
  const upstreamHost = upstream.hostname.replace(/^\[|\]$/g, '');
  const random = options.random ?? Math.random;
  let current: FaultMode = { mode: 'pass' };
  let closed = false;
  const stats: FaultProxyStats = { connections: zero(), exchanges: zero(), resets: 0 };
  const requests: string[] = [];
  const live = new Set<net.Socket>();

  const track = (s: net.Socket) => {
    live.add(s);
    s.once('close', () => live.delete(s));
    s.on('error', () => undefined); // resets and aborts are the point here
  };

  function handle(client: net.Socket) {
    track(client);
    const mode = current; // a connection keeps the mode it was accepted in
    stats.connections[mode.mode]++;
    let upstreamSocket: net.Socket | undefined;
    let forwarding = mode.mode !== 'blackhole' || mode.forward === true;
    // Exchange tracking: a client chunk after upstream has answered starts a new request.
    let lastFromClient = false;
    let exchange = 0;
    let resetThisExchange: 'request' | 'response' | null = null;
    let connectionRoll: boolean | undefined;

    const killBoth = () => {
      if (!client.destroyed) client.resetAndDestroy();
      upstreamSocket?.destroy();
      stats.resets++;
    };

    if (forwarding) {
      upstreamSocket = net.connect({ host: upstreamHost, port: upstreamPort });
      track(upstreamSocket);
      upstreamSocket.on('close', () => {
        // In delay mode, chunks still held must reach the client first.
        setTimeout(() => client.destroyed || client.destroy(), mode.mode === 'delay' ? mode.ms + 10 : 0);
      });
      upstreamSocket.on('data', (chunk: Buffer) => {
        lastFromClient = false;
        if (resetThisExchange === 'response') return killBoth();
        if (mode.mode === 'blackhole') return; // committed upstream, never answered
        if (mode.mode === 'delay') {
          upstreamSocket!.pause();
          setTimeout(() => {
            if (!client.destroyed) client.write(chunk);
            upstreamSocket!.resume();
          }, mode.ms);
          return;
        }
        client.write(chunk);
      });
    }
    client.on('close', () => upstreamSocket?.destroy());
    client.on('data', (chunk: Buffer) => {
      if (!lastFromClient) {
        lastFromClient = true;
        exchange++;
        stats.exchanges[mode.mode]++;
        const line = METHOD_LINE.exec(chunk.toString('latin1', 0, Math.min(chunk.length, 2048)));
        if (line) requests.push(`${line[1]} ${line[2]}`);
        resetThisExchange = null;
        if (mode.mode === 'reset') {
          const per = mode.per ?? 'connection';
          let hit: boolean;
          if (per === 'connection') {
            connectionRoll ??= random() < mode.p;
            hit = connectionRoll && exchange === 1;
          } else hit = random() < mode.p;
          if (hit) {
            const at = mode.at ?? 'request';
            resetThisExchange = at === 'any' ? (random() < 0.5 ? 'request' : 'response') : at;
          }
        }
      }
      if (resetThisExchange === 'request') return killBoth();
      if (forwarding && upstreamSocket && !upstreamSocket.destroyed) upstreamSocket.write(chunk);
    });
    client.on('end', () => {
      if (forwarding) upstreamSocket?.end();
      forwarding = false;
    });
  }

  const server = net.createServer({ allowHalfOpen: true }, handle);
  server.on('error', () => undefined);
  let listening = false;
  const listen = (port: number) =>
    new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject);
        listening = true;
        resolve();
      });
    });
  const stopListening = () =>
    new Promise<void>((resolve) => {
      if (!listening) return resolve();
      listening = false;
      server.close(() => resolve());
      dropAll();
    });
  const dropAll = () => {
    for (const s of live) s.destroy();
  };

  await listen(0);
  const port = (server.address() as net.AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    get mode() {
      return current;
    },
    stats,
    requests,
    connectionCount: () => Object.values(stats.connections).reduce((a, b) => a + b, 0),
    async setMode(next) {
      if (closed) throw new Error('fault proxy is closed');
      current = next;
      if (next.mode === 'refuse') return stopListening();
      dropAll();
      if (!listening) await listen(port);
    },
    async close() {
      if (closed) return;
      closed = true;
      await stopListening();
      dropAll();
    },
  };
}
