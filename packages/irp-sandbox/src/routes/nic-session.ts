import { aesDecrypt, aesEncrypt } from '@einvoice/nic';
import type { Context } from 'hono';
import type { SandboxContext } from '../context.js';
import { isRecord, parseJsonBody } from '../protocol/body.js';
import { successEnvelope } from '../protocol/envelope.js';
import { NicFailure } from '../protocol/errors.js';
import { readHeader } from '../protocol/headers.js';
import type { ClientRegistration } from '../seed/credentials.js';
import type { Outcome } from '../service/index.js';
import type { Session } from '../store/sessions.js';
import { nicShape } from './nic-shape.js';
import type { Handled } from './pipeline.js';

/** client_id / client_secret check shared by auth and business calls. */
export function authenticateClient(ctx: SandboxContext, headers: Headers): ClientRegistration {
  const clientId = readHeader(headers, 'client_id');
  if (!clientId) throw NicFailure.of('1011');
  const secret = readHeader(headers, 'client_secret');
  if (!secret) throw NicFailure.of('1012');
  const client = ctx.clients.find((cl) => cl.clientId === clientId);
  if (!client || client.clientSecret !== secret) throw NicFailure.of('1010');
  return client;
}

/** Headers of a business call: client_id, client_secret, Gstin, user_name, AuthToken. */
export function authenticateSession(ctx: SandboxContext, headers: Headers): Session {
  const client = authenticateClient(ctx, headers);
  const gstin = readHeader(headers, 'gstin');
  if (!gstin) throw NicFailure.of('1004');
  const token = readHeader(headers, 'authtoken');
  if (!token) throw NicFailure.of('1005', 'Invalid Token: AuthToken header is required');
  const userName = readHeader(headers, 'user_name');
  if (!userName) throw NicFailure.of('1006');
  const found = ctx.sessions.lookup(token, ctx.clock.now());
  if (!found.ok)
    throw NicFailure.of('1005', found.reason === 'expired' ? 'Invalid Token: the token has expired' : 'Invalid Token');
  const s = found.session;
  if (s.clientId !== client.clientId || s.userName !== userName) {
    throw NicFailure.of('1005', 'Invalid Token: it was not issued to this client/user');
  }
  if (s.gstin !== gstin.toUpperCase()) throw NicFailure.of('1015');
  return s;
}

/** `{"Data": base64(AES(SEK, json))}` -> the JSON inside. Every failure is a NIC-shaped 2140. */
export async function decryptBody(c: Context, session: Session): Promise<unknown> {
  const outer = parseJsonBody(await c.req.text());
  return decryptData(isRecord(outer) ? (outer.Data ?? outer.data) : undefined, session);
}

/** A base64 AES(SEK) ciphertext -> the JSON inside. */
export function decryptData(data: unknown, session: Session): unknown {
  if (typeof data !== 'string' || data === '') {
    throw NicFailure.of('2140', 'Invalid request: expected {"Data": "<base64 AES-256-ECB ciphertext>"}');
  }
  let plain: Buffer;
  try {
    plain = aesDecrypt(session.sek, data);
  } catch {
    throw NicFailure.of(
      '2140',
      'Invalid request: Data could not be decrypted with the session key (SEK)',
      'Encrypt with the SEK from the latest auth',
    );
  }
  return parseJsonBody(plain.toString('utf8'), 'decrypted payload');
}

/** Outcome -> NIC envelope; success Data encrypted with the SEK. */
export function nicReply<T>(c: Context, session: Session, out: Outcome<T>): Handled {
  if (!out.ok) return { response: nicShape.failure(c, out.errors, out.info), events: out.events };
  const data = aesEncrypt(session.sek, JSON.stringify(out.data));
  return { response: c.json(successEnvelope(data, out.info)), events: out.events };
}
