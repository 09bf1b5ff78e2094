import { aesEncrypt } from '@einvoice/nic';
import type { Hono } from 'hono';
import type { SandboxContext } from '../context.js';
import { rsaDecrypt } from '../crypto/rsa.js';
import { isRecord, parseJsonBody } from '../protocol/body.js';
import { NicFailure } from '../protocol/errors.js';
import { readHeader } from '../protocol/headers.js';
import { checkUser } from '../seed/credentials.js';
import type { Session } from '../store/sessions.js';
import { ewbApiShape, registerEwbApi } from './nic-ewb.js';
import { authenticateClient } from './nic-session.js';
import { operate } from './pipeline.js';

/**
 * The E-Way Bill System beside the IRP, as production has it: a separate system with its own login
 * (ACCESSTOKEN), its own RSA key (GET /sandbox/keys/ewb.pem), its own sessions and hyphenated headers
 * (`client-id`, `client-secret`, `gstin`, `authtoken`). It shares the IRP's ledger, so an e-way bill made
 * with an IRN is the one Part-B, extension and cancel act on. Mounted under this prefix; point a client's
 * base URL at `<sandbox>/ewb-system`.
 */
export const EWB_SYSTEM_PREFIX = '/ewb-system';

export function registerEwbSystem(app: Hono, ctx: SandboxContext): void {
  app.get('/sandbox/keys/ewb.pem', (c) => c.text(ctx.ewbLoginKey().publicKeyPem));

  /**
   * POST /ewaybillapi/v1.03/auth {action:"ACCESSTOKEN", username, password: RSA(password), app_key:
   * RSA(base64 AppKey)} -> {status:"1", authtoken, sek: AES(AppKey, SEK)}.
   */
  app.post(`${EWB_SYSTEM_PREFIX}/ewaybillapi/v1.03/auth`, (c) => {
    const gstinHeader = readHeader(c.req.raw.headers, 'gstin');
    return operate(ctx, c, 'auth', gstinHeader, ewbApiShape, async () => {
      const client = authenticateClient(ctx, c.req.raw.headers);
      if (!gstinHeader) throw NicFailure.of('1004');
      const gstin = gstinHeader.toUpperCase();
      const body = parseJsonBody(await c.req.text());
      if (!isRecord(body) || String(body.action).toUpperCase() !== 'ACCESSTOKEN')
        throw NicFailure.of('5001', 'action must be ACCESSTOKEN');
      const username = typeof body.username === 'string' ? body.username : '';
      if (!username) throw NicFailure.of('1006');
      let password: string;
      let appKey: Buffer;
      try {
        password = rsaDecrypt(ctx.ewbLoginKey().privateKey, String(body.password ?? '')).toString('utf8');
        appKey = Buffer.from(
          rsaDecrypt(ctx.ewbLoginKey().privateKey, String(body.app_key ?? '')).toString('utf8'),
          'base64',
        );
      } catch {
        throw NicFailure.of('1016', 'password and app_key must be RSA-encrypted with the e-way bill system key');
      }
      if (appKey.length !== 32) throw NicFailure.of('1016', 'app_key must be base64 of 32 bytes');
      const user = checkUser(client, username, password);
      if (!user.ok) throw NicFailure.of(user.code);
      if (client.gstins ? !client.gstins.map((g) => g.toUpperCase()).includes(gstin) : !ctx.taxpayers.lookup(gstin))
        throw NicFailure.of('1015');
      const s = ctx.ewbSessions.login(client.clientId, username, gstin, false, ctx.clock.now());
      return { response: c.json({ status: '1', authtoken: s.authToken, sek: aesEncrypt(appKey, s.sek) }), events: [] };
    });
  });

  registerEwbApi(app, ctx, EWB_SYSTEM_PREFIX, (headers) => authenticateEwbSession(ctx, headers));
}

/** Business call headers of the e-way bill system: client-id, client-secret, gstin, authtoken (no user name). */
function authenticateEwbSession(ctx: SandboxContext, headers: Headers): Session {
  const client = authenticateClient(ctx, headers);
  const gstin = readHeader(headers, 'gstin');
  if (!gstin) throw NicFailure.of('1004');
  const token = readHeader(headers, 'authtoken');
  if (!token) throw NicFailure.of('238', 'Invalid auth token: authtoken header is required');
  const found = ctx.ewbSessions.lookup(token, ctx.clock.now());
  if (!found.ok || found.session.clientId !== client.clientId) throw NicFailure.of('238', 'Invalid auth token');
  if (found.session.gstin !== gstin.toUpperCase()) throw NicFailure.of('1015');
  return found.session;
}
