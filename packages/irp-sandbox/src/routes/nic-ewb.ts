import { aesEncrypt, type EwbApiError, ewbApiHmac } from '@einvoice/nic';
import type { Context, Hono } from 'hono';
import type { SandboxContext } from '../context.js';
import { randomKey32 } from '../crypto/random.js';
import type { Operation } from '../faults/faults.js';
import { isRecord, parseJsonBody } from '../protocol/body.js';
import { type NicError, NicFailure } from '../protocol/errors.js';
import { readHeader } from '../protocol/headers.js';
import type { Caller, Outcome } from '../service/index.js';
import type { Session } from '../store/sessions.js';
import { nicCall } from './nic-einvoice.js';
import { authenticateSession, decryptBody, decryptData } from './nic-session.js';
import { operate, type ResponseShape } from './pipeline.js';

export function registerNicEwb(app: Hono, ctx: SandboxContext): void {
  const svc = ctx.service;
  app.post(
    '/eiewb/v1.03/ewaybill',
    nicCall(ctx, 'ewb-generate', async (caller, s, c) => svc.generateEwb(caller, await decryptBody(c, s))),
  );
  app.get(
    '/eiewb/v1.03/ewaybill/irn/:irn',
    nicCall(ctx, 'ewb-get', (caller, _s, c) => svc.getEwbByIrn(caller, c.req.param('irn') ?? '')),
  );

  // The stand-alone e-way bill API as the e-invoice system hosts it in NIC's sandbox: the e-invoice session.
  registerEwbApi(app, ctx, '', (headers) => authenticateSession(ctx, headers));
}

/**
 * The stand-alone e-way bill API under `base`, on the sessions `authenticate` accepts. Request {action,
 * data: AES(SEK, json)}. POST actions answer {status:"1", data: AES(SEK, json)} (no rek); GetEwayBill answers
 * {status:"1", data: AES(rek, json), rek: AES(SEK, rek), hmac}; failures {status:"0", error: base64({errorCodes})}.
 * The action picks the fault operation, so the body is read (not decrypted) before the pipeline runs; a body
 * whose action is missing or unknown counts as `ewb-cancel`.
 */
export function registerEwbApi(
  app: Hono,
  ctx: SandboxContext,
  base: string,
  authenticate: (headers: Headers) => Session,
): void {
  const svc = ctx.service;
  const actions: Record<string, { op: Operation; exec: (caller: Caller, payload: unknown) => Outcome<unknown> }> = {
    CANEWB: { op: 'ewb-cancel', exec: svc.cancelEwb },
    VEHEWB: { op: 'ewb-vehicle', exec: svc.updateEwbVehicle },
    EXTENDVALIDITY: { op: 'ewb-extend', exec: svc.extendEwb },
  };
  /** GetEwayBill (NIC's path is case-insensitive; routes are lower case): the stand-alone API's read. */
  app.get(`${base}/ewaybillapi/v1.03/ewayapi/getewaybill`, (c) =>
    operate(ctx, c, 'ewb-get', readHeader(c.req.raw.headers, 'gstin'), ewbApiShape, async () => {
      const session = authenticate(c.req.raw.headers);
      const caller: Caller = { gstin: session.gstin, userName: session.userName, channel: 'nic' };
      const out = svc.getEwayBill(caller, c.req.query('ewbNo') ?? '');
      if (!out.ok) return { response: ewbApiShape.failure(c, out.errors, null), events: out.events };
      return { response: c.json(ewbApiSuccess(session.sek, out.data)), events: out.events };
    }),
  );
  app.post(`${base}/ewaybillapi/v1.03/ewayapi`, async (c) => {
    const text = await c.req.text(); // over maxBodyBytes: throws to bodyLimit, which answers 413
    const action = peekAction(text);
    const handler = action === undefined ? undefined : actions[action];
    return operate(
      ctx,
      c,
      handler?.op ?? 'ewb-cancel',
      readHeader(c.req.raw.headers, 'gstin'),
      ewbApiShape,
      async () => {
        const session = authenticate(c.req.raw.headers);
        const outer = parseJsonBody(text);
        if (!isRecord(outer) || typeof outer.action !== 'string') throw NicFailure.of('5001', 'action is required');
        if (!handler) throw NicFailure.of('5001', `action ${outer.action} is not simulated`);
        const payload = decryptData(outer.data ?? outer.Data, session);
        const caller: Caller = { gstin: session.gstin, userName: session.userName, channel: 'nic' };
        const out = handler.exec(caller, payload);
        if (!out.ok) return { response: ewbApiShape.failure(c, out.errors, null), events: out.events };
        // POST actions: the answer under the SEK itself, no rek (only GETs carry rek and hmac).
        return {
          response: c.json({ status: '1', data: aesEncrypt(session.sek, JSON.stringify(out.data)) }),
          events: out.events,
        };
      },
    );
  });
}

/** A success: the answer under a fresh rek, the rek under the session's SEK, and the hmac of the answer. */
function ewbApiSuccess(sek: Parameters<typeof aesEncrypt>[0], data: unknown) {
  const rek = randomKey32();
  const json = JSON.stringify(data);
  return { status: '1', data: aesEncrypt(rek, json), rek: aesEncrypt(sek, rek), hmac: ewbApiHmac(rek, json) };
}

/** The upper-cased `action` of an EWB API body, without failing on anything malformed. */
function peekAction(text: string): string | undefined {
  try {
    const outer = JSON.parse(text) as unknown;
    return isRecord(outer) && typeof outer.action === 'string' ? outer.action.toUpperCase() : undefined;
  } catch {
    return undefined;
  }
}

/** The EWB API's error envelope: only codes, base64-encoded JSON. */
export const ewbApiShape: ResponseShape = {
  failure: (c: Context, errors: NicError[], _info, httpStatus = 200) =>
    c.json(
      {
        status: '0',
        error: Buffer.from(
          JSON.stringify({
            errorCodes: errors.map((e) => e.code).join(','),
            errorMessages: errors.map((e) => e.message),
          } satisfies EwbApiError),
        ).toString('base64'),
      },
      httpStatus as 200,
    ),
  down: (c: Context) =>
    c.json(
      {
        status: '0',
        error: Buffer.from(JSON.stringify({ errorCodes: 'GSPERR300' } satisfies EwbApiError)).toString('base64'),
      },
      503,
      {
        'Retry-After': '5',
      },
    ),
};
