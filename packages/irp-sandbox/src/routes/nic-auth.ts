import { type AuthData, aesEncrypt } from '@einvoice/nic';
import type { Hono } from 'hono';
import type { SandboxContext } from '../context.js';
import { rsaDecrypt } from '../crypto/rsa.js';
import { isRecord, parseJsonBody } from '../protocol/body.js';
import { successEnvelope } from '../protocol/envelope.js';
import { NicFailure } from '../protocol/errors.js';
import { readHeader } from '../protocol/headers.js';
import * as rules from '../rules.js';
import { checkUser } from '../seed/credentials.js';
import { authenticateClient } from './nic-session.js';
import { nicShape } from './nic-shape.js';
import { operate } from './pipeline.js';

/**
 * POST /eivital/v1.04/auth. Body {"Data": base64(RSA-PKCS1v1.5(base64(json)))} with json =
 * {UserName, Password, AppKey (base64 of 32 bytes), ForceRefreshAccessToken}. Answers the AuthToken and
 * the SEK wrapped with AES-256-ECB under the AppKey.
 */
export function registerNicAuth(app: Hono, ctx: SandboxContext): void {
  app.post('/eivital/v1.04/auth', (c) => {
    const gstinHeader = readHeader(c.req.raw.headers, 'gstin');
    return operate(ctx, c, 'auth', gstinHeader, nicShape, async () => {
      const client = authenticateClient(ctx, c.req.raw.headers);
      if (!gstinHeader) throw NicFailure.of('1004');
      const gstin = gstinHeader.toUpperCase();
      const body = parseJsonBody(await c.req.text());
      const data = isRecord(body) ? (body.Data ?? body.data) : undefined;
      if (typeof data !== 'string')
        throw NicFailure.of('1016', 'Decryption of App Key failed: expected {"Data": "<RSA ciphertext>"}');

      const req = decryptLogin(ctx, data);
      const userName = typeof req.UserName === 'string' ? req.UserName : '';
      if (!userName) throw NicFailure.of('1006');
      const password = typeof req.Password === 'string' ? req.Password : '';
      const appKey = typeof req.AppKey === 'string' ? Buffer.from(req.AppKey, 'base64') : Buffer.alloc(0);
      if (appKey.length !== 32)
        throw NicFailure.of('1016', 'Decryption of App Key failed: AppKey must be base64 of 32 bytes');
      const user = checkUser(client, userName, password);
      if (!user.ok) throw NicFailure.of(user.code);
      if (client.gstins ? !client.gstins.map((g) => g.toUpperCase()).includes(gstin) : !ctx.taxpayers.lookup(gstin)) {
        throw NicFailure.of('1015');
      }

      const force = req.ForceRefreshAccessToken === true || req.ForceRefreshAccessToken === 'true';
      const s = ctx.sessions.login(client.clientId, userName, gstin, force, ctx.clock.now());
      const payload: AuthData = {
        ClientId: client.clientId,
        UserName: userName,
        AuthToken: s.authToken,
        Sek: aesEncrypt(appKey, s.sek),
        TokenExpiry: rules.formatAckDt(s.expiresAt),
      };
      // Auth is the one call whose Data is plain JSON, not ciphertext.
      return { response: c.json({ ...successEnvelope('', null), Data: payload }), events: [] };
    });
  });
}

function decryptLogin(ctx: SandboxContext, data: string): Record<string, unknown> {
  let plain: Buffer;
  try {
    plain = rsaDecrypt(ctx.loginKey.privateKey, data);
  } catch {
    throw NicFailure.of(
      '1016',
      'Decryption of App Key failed: the payload is not RSA-encrypted with the IRP public key',
    );
  }
  // v1.04 wraps base64(json); accept bare json too (some clients skip the inner base64).
  const text = plain.toString('utf8');
  for (const candidate of [Buffer.from(text, 'base64').toString('utf8'), text]) {
    try {
      const parsed = JSON.parse(candidate) as unknown;
      if (isRecord(parsed)) return parsed;
    } catch {
      /* try the next form */
    }
  }
  throw NicFailure.of('1016', 'Decryption of App Key failed: the decrypted payload is not JSON');
}
