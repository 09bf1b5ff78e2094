// A replay server: not the sandbox. It serves the request/response pairs of one fixture file in order and
// checks every request against its pair: method, exact path and query, headers (exact values, and headers
// that must be absent), and the body's exact shape, crypto undone (NIC's RSA auth payload, the e-way bill
// system's RSA fields, AES under the SEK it handed out). It answers the recorded response, encrypting the
// parts the protocol encrypts. Fixtures are written from NIC's and the GSPs' published documents and
// samples; each names its sources.
import { createHash, generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { rsaDecrypt } from '@einvoice/irp-sandbox';
import { aesDecrypt, aesEncrypt, ewbApiHmac } from '@einvoice/nic';

/** How the request body's secrets are undone before `plain` is compared. */
type Crypto = 'nic-auth' | 'ewb-auth' | 'sek';

export interface Exchange {
  name: string;
  request: {
    method: string;
    /** Exact path and query, as the IRP or GSP documents it. */
    path: string;
    /** Headers that must be sent with exactly these values ("$any": present, any value). Names case-insensitive. */
    headers?: Record<string, string>;
    /** Headers that must not be sent (the wrong spelling for this API). */
    absentHeaders?: string[];
    /** The JSON body's exact shape ("$any", "$rsa", "$aes" stand for values); null: no body. */
    body?: unknown;
    crypto?: Crypto;
    /** The decrypted payload's exact shape. "$appkey" captures the AppKey the client chose. */
    plain?: unknown;
  };
  response: {
    status: number;
    /** JSON answer; strings "$sek" become the SEK under the AppKey, {"$base64": x} becomes base64(JSON(x)). */
    body?: unknown;
    /** Encrypt `json` into `field` with the SEK, or with a fresh rek (adding `rek` and `hmac`, as e-way bill GETs). */
    encrypt?: { field: string; key: 'sek' | 'rek'; json: unknown };
    /** A non-JSON answer (a WAF page, a gateway's 502). */
    raw?: string;
    contentType?: string;
  };
}

export interface Fixture {
  /** The published documents and samples each exchange is written from. */
  sources: string[];
  /** The SEK this system hands out, base64 of 32 bytes. */
  sek: string;
  exchanges: Exchange[];
}

export function loadFixture(name: string): Fixture {
  return JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8')) as Fixture;
}

export interface ReplayServer {
  url: string;
  /** The RSA public key the client must encrypt its login with (this server's own, as NIC's is NIC's). */
  publicKeyPem: string;
  /** Every mismatch between a request and its recorded pair, and every request past the end. */
  problems: string[];
  /** Exchanges not yet requested. */
  remaining(): string[];
  close(): Promise<void>;
}

export async function startReplay(fixture: Fixture | Exchange[], sekBase64?: string): Promise<ReplayServer> {
  const exchanges = Array.isArray(fixture) ? fixture : fixture.exchanges;
  const sek = Buffer.from(Array.isArray(fixture) ? (sekBase64 ?? '') : fixture.sek, 'base64');
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const problems: string[] = [];
  let next = 0;
  let appKey: Buffer | undefined;

  const rsa = (b64: string) => rsaDecrypt(privateKey, b64);

  const server: Server = createServer(async (req, res) => {
    const text = await readBody(req);
    const ex = exchanges[next++];
    if (!ex) {
      problems.push(`unexpected request past the fixture's end: ${req.method} ${req.url}`);
      res.writeHead(599).end();
      return;
    }
    const where = `[${ex.name}]`;
    const before = problems.length;
    if (req.method !== ex.request.method) problems.push(`${where} method ${req.method}, expected ${ex.request.method}`);
    if (req.url !== ex.request.path) problems.push(`${where} path ${req.url}, expected ${ex.request.path}`);
    for (const [name, want] of Object.entries(ex.request.headers ?? {})) {
      const got = req.headers[name.toLowerCase()];
      if (got === undefined) problems.push(`${where} header ${name} missing`);
      else if (want !== '$any' && got !== want)
        problems.push(`${where} header ${name}: ${String(got)}, expected ${want}`);
    }
    for (const name of ex.request.absentHeaders ?? [])
      if (req.headers[name.toLowerCase()] !== undefined) problems.push(`${where} header ${name} must not be sent`);
    let body: unknown;
    try {
      body = text === '' ? null : (JSON.parse(text) as unknown);
    } catch {
      problems.push(`${where} body is not JSON: ${text.slice(0, 80)}`);
    }
    if (ex.request.body !== undefined) compare(ex.request.body, body, `${where} body`, problems);
    if (ex.request.crypto && problems.length === before) {
      try {
        const plain = undo(ex.request.crypto, body as Record<string, string>);
        compare(ex.request.plain, plain, `${where} payload`, problems, (v) => {
          const key = Buffer.from(String(v), 'base64');
          if (key.length !== 32) return false;
          appKey = key;
          return true;
        });
      } catch (error) {
        problems.push(`${where} payload could not be decrypted: ${(error as Error).message}`);
      }
    }
    try {
      answer(ex, res);
    } catch (error) {
      problems.push(`${where} cannot answer: ${(error as Error).message}`);
      res.writeHead(599).end();
    }
  });

  function undo(crypto: Crypto, body: Record<string, string>): unknown {
    if (crypto === 'nic-auth')
      return JSON.parse(Buffer.from(rsa(body.Data ?? '').toString('utf8'), 'base64').toString('utf8'));
    if (crypto === 'ewb-auth')
      return {
        ...body,
        password: rsa(body.password ?? '').toString('utf8'),
        app_key: rsa(body.app_key ?? '').toString('utf8'),
      };
    const data = body.Data ?? body.data ?? '';
    return { ...body, ...(body.Data !== undefined ? { Data: decrypt(data) } : { data: decrypt(data) }) };
  }

  function decrypt(data: string): unknown {
    const t = aesDecrypt(sek, data).toString('utf8');
    return JSON.parse(t.trim().startsWith('{') ? t : Buffer.from(t, 'base64').toString('utf8'));
  }

  function fill(v: unknown): unknown {
    if (v === '$sek') {
      if (!appKey) throw new Error('"$sek" before any login captured an AppKey');
      return aesEncrypt(appKey, sek);
    }
    if (Array.isArray(v)) return v.map(fill);
    if (v && typeof v === 'object') {
      if ('$base64' in v) return Buffer.from(JSON.stringify((v as { $base64: unknown }).$base64)).toString('base64');
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, fill(x)]));
    }
    return v;
  }

  function answer(ex: Exchange, res: import('node:http').ServerResponse) {
    const r = ex.response;
    if (r.raw !== undefined) {
      res.writeHead(r.status, { 'content-type': r.contentType ?? 'text/html' }).end(r.raw);
      return;
    }
    const body = (fill(r.body ?? {}) ?? {}) as Record<string, unknown>;
    if (r.encrypt) {
      const json = JSON.stringify(r.encrypt.json);
      if (r.encrypt.key === 'sek') body[r.encrypt.field] = aesEncrypt(sek, json);
      else {
        // A deterministic rek per exchange keeps fixtures reproducible.
        const rek = createHash('sha256').update(ex.name).digest();
        body[r.encrypt.field] = aesEncrypt(rek, json);
        body.rek = aesEncrypt(sek, rek);
        body.hmac = ewbApiHmac(rek, json);
      }
    }
    res.writeHead(r.status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    problems,
    remaining: () => exchanges.slice(next).map((e) => e.name),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * Exact comparison with placeholders: "$any" (present), "$rsa" / "$aes" (a non-empty base64 string),
 * "$appkey" (checked by `capture`). Objects must have exactly the expected keys.
 */
function compare(want: unknown, got: unknown, at: string, problems: string[], capture?: (v: unknown) => boolean): void {
  if (want === '$any') {
    if (got === undefined) problems.push(`${at}: missing`);
    return;
  }
  if (want === '$rsa' || want === '$aes') {
    if (typeof got !== 'string' || !/^[A-Za-z0-9+/]+=*$/.test(got)) problems.push(`${at}: expected base64 ciphertext`);
    return;
  }
  if (want === '$appkey') {
    if (!capture?.(got)) problems.push(`${at}: expected base64 of a 32-byte AppKey, got ${JSON.stringify(got)}`);
    return;
  }
  if (want && typeof want === 'object' && !Array.isArray(want)) {
    if (!got || typeof got !== 'object' || Array.isArray(got)) {
      problems.push(`${at}: expected an object, got ${JSON.stringify(got)}`);
      return;
    }
    const w = want as Record<string, unknown>;
    const g = got as Record<string, unknown>;
    for (const k of Object.keys(g))
      if (!(k in w)) problems.push(`${at}.${k}: not expected (sent ${JSON.stringify(g[k])})`);
    for (const k of Object.keys(w)) compare(w[k], g[k], `${at}.${k}`, problems, capture);
    return;
  }
  if (JSON.stringify(want) !== JSON.stringify(got))
    problems.push(`${at}: ${JSON.stringify(got)}, expected ${JSON.stringify(want)}`);
}
