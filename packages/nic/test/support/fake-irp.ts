import { randomBytes } from 'node:crypto';
import { aesDecrypt, aesEncrypt, ewbApiHmac } from '../../src/index.js';
import { irpKey, rsaDecryptForTest } from './irp-keys.js';

export interface Seen {
  method: string;
  path: string;
  headers: Record<string, string>;
  /** The request body as sent. */
  body: Record<string, string> | undefined;
  /** The request body with the crypto undone: the auth JSON, or the decrypted payload. */
  plain: unknown;
}

/**
 * Just enough of an IRP to exercise the client's side of the protocol: it answers the auth call, decrypts
 * payloads with the SEK it handed out and encrypts answers back. `answer` decides what each path returns.
 */
export function fakeIrp(answer: (seen: Seen) => { data?: unknown; raw?: unknown; status?: number }) {
  const sek = randomBytes(32);
  const seen: Seen[] = [];
  const fetch = async (url: Parameters<typeof globalThis.fetch>[0], init?: RequestInit): Promise<Response> => {
    const u = new URL(String(url));
    const headers = Object.fromEntries(new Headers(init?.headers).entries());
    const body = init?.body ? (JSON.parse(String(init.body)) as Record<string, string>) : undefined;
    const entry: Seen = {
      method: init?.method ?? 'GET',
      path: `${u.pathname}${u.search}`,
      headers,
      body,
      plain: undefined,
    };
    seen.push(entry);
    if (u.pathname === '/eivital/v1.04/auth') {
      const login = JSON.parse(
        Buffer.from(rsaDecryptForTest(irpKey.privateKey, body?.Data ?? '').toString('utf8'), 'base64').toString('utf8'),
      ) as { AppKey: string; UserName: string };
      entry.plain = login;
      const Data = {
        ClientId: headers.client_id ?? headers['client-id'],
        UserName: login.UserName,
        AuthToken: 'TOKEN123',
        Sek: aesEncrypt(Buffer.from(login.AppKey, 'base64'), sek),
        TokenExpiry: '2025-04-01 18:00:00',
      };
      return Response.json({ Status: 1, Data, ErrorDetails: null, InfoDtls: null });
    }
    const encrypted = body?.Data ?? body?.data;
    if (encrypted) entry.plain = JSON.parse(aesDecrypt(sek, encrypted).toString('utf8'));
    const out = answer(entry);
    if (out.raw !== undefined) return new Response(JSON.stringify(out.raw), { status: out.status ?? 200 });
    if (u.pathname === '/ewaybillapi/v1.03/ewayapi') {
      const rek = randomBytes(32);
      const json = JSON.stringify(out.data);
      return Response.json({
        status: '1',
        data: aesEncrypt(rek, json),
        rek: aesEncrypt(sek, rek),
        hmac: ewbApiHmac(rek, json),
      });
    }
    return Response.json({
      Status: 1,
      Data: aesEncrypt(sek, JSON.stringify(out.data)),
      ErrorDetails: null,
      InfoDtls: null,
    });
  };
  return { fetch: fetch as typeof globalThis.fetch, seen, sek };
}
