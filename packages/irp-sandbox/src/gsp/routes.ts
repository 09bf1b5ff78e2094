import type { Context, Hono } from 'hono';
import type { SandboxContext } from '../context.js';
import type { Operation } from '../faults/faults.js';
import { isRecord, parseJsonBody } from '../protocol/body.js';
import { NicFailure } from '../protocol/errors.js';
import { readHeader } from '../protocol/headers.js';
import { operate } from '../routes/pipeline.js';
import { checkUser } from '../seed/credentials.js';
import type { Caller, Outcome } from '../service/index.js';
import { gspShape } from './shape.js';

/**
 * Adaequare-style "enriched" GSP: plaintext JSON, the GSP does NIC's crypto. Same service, rules and
 * ledger as the NIC surface. Mounted at /enriched/... and at the sandbox prefix /test/enriched/...
 */
export function registerGsp(app: Hono, ctx: SandboxContext): void {
  app.post('/gsp/authenticate', (c) => {
    if ((c.req.query('grant_type') ?? 'token') !== 'token') {
      return c.json({ error: 'unsupported_grant_type', error_description: 'grant_type must be token' }, 400);
    }
    const appId = readHeader(c.req.raw.headers, 'gspappid');
    const secret = readHeader(c.req.raw.headers, 'gspappsecret');
    const gspApp = ctx.gspApps.find((a) => a.appId === appId);
    if (!gspApp || gspApp.appSecret !== secret) {
      return c.json({ error: 'invalid_client', error_description: 'Bad client credentials' }, 401);
    }
    const t = ctx.gspTokens.issue(gspApp.appId, ctx.clock.now());
    return c.json({
      access_token: t.accessToken,
      token_type: 'bearer',
      expires_in: Math.floor(ctx.gspTokens.ttlMs / 1000) - 1,
      scope: 'gsp',
      jti: t.jti,
    });
  });

  const svc = ctx.service;
  for (const prefix of ['', '/test']) {
    const ei = `${prefix}/enriched/ei/api`;
    app.post(
      `${ei}/invoice`,
      gspCall(ctx, 'generate', 'IRN generated successfully', async (caller, c) =>
        svc.generateIrn(caller, await jsonBody(c)),
      ),
    );
    app.post(
      `${ei}/invoice/cancel`,
      gspCall(ctx, 'cancel', 'E-Invoice is cancelled successfully', async (caller, c) =>
        svc.cancelIrn(caller, normaliseCancel(await jsonBody(c))),
      ),
    );
    app.get(
      `${ei}/invoice/irn`,
      gspCall(ctx, 'get-irn', 'E-Invoice fetched successfully', (caller, c) =>
        svc.getIrn(caller, c.req.query('irn') ?? ''),
      ),
    );
    app.get(
      `${ei}/invoice/irnbydocdetails`,
      gspCall(ctx, 'get-by-doc', 'E-Invoice fetched successfully', (caller, c) =>
        svc.getIrnByDocDetails(caller, {
          doctype: c.req.query('doctype'),
          docnum: c.req.query('docnum'),
          docdate: c.req.query('docdate'),
        }),
      ),
    );
    app.post(
      `${ei}/ewaybill`,
      gspCall(ctx, 'ewb-generate', 'E-Way Bill generated successfully', async (caller, c) =>
        svc.generateEwb(caller, await jsonBody(c)),
      ),
    );
    app.get(
      `${ei}/ewaybill/irn`,
      gspCall(ctx, 'ewb-get', 'E-Way Bill fetched successfully', (caller, c) =>
        svc.getEwbByIrn(caller, c.req.query('irn') ?? ''),
      ),
    );
    app.get(
      `${ei}/master/gstin`,
      gspCall(ctx, 'gstin', 'GSTIN details fetched successfully', (caller, c) =>
        svc.gstinDetails(caller, (c.req.query('gstin') ?? '').toUpperCase()),
      ),
    );
    // Adaequare's e-way bill API: the e-way bill user in `username` (not `user_name`), the action in the query.
    const ewbActions: Record<
      string,
      { op: Operation; message: string; exec: (caller: Caller, body: unknown) => Outcome<unknown> }
    > = {
      CANEWB: { op: 'ewb-cancel', message: 'E-Way Bill is cancelled successfully', exec: svc.cancelEwb },
      VEHEWB: { op: 'ewb-vehicle', message: 'Vehicle details updated successfully', exec: svc.updateEwbVehicle },
      EXTENDVALIDITY: { op: 'ewb-extend', message: 'E-Way Bill validity extended successfully', exec: svc.extendEwb },
    };
    app.post(`${prefix}/enriched/ewb/ewayapi`, (c) => {
      const action = (c.req.query('action') ?? '').toUpperCase();
      const handler = ewbActions[action];
      return gspCall(
        ctx,
        handler?.op ?? 'ewb-cancel',
        handler?.message ?? '',
        async (caller, c2) => {
          if (!handler) throw NicFailure.of('5001', `action ${action || '(none)'} is not simulated`);
          return handler.exec(caller, await jsonBody(c2));
        },
        'username',
      )(c);
    });
    app.get(
      `${prefix}/enriched/ewb/ewayapi/getewaybill`,
      gspCall(
        ctx,
        'ewb-get',
        'E-Way Bill fetched successfully',
        (caller, c) => svc.getEwayBill(caller, c.req.query('ewbNo') ?? ''),
        'username',
      ),
    );
  }
}

type Exec = (caller: Caller, c: Context) => Promise<Outcome<unknown>> | Outcome<unknown>;

/** `userHeader`: `user_name` on the e-invoice API, `username` on the e-way bill API. */
function gspCall(
  ctx: SandboxContext,
  op: Operation,
  successMessage: string,
  exec: Exec,
  userHeader: 'user_name' | 'username' = 'user_name',
) {
  return (c: Context) => {
    const h = c.req.raw.headers;
    const gstin = readHeader(h, 'gstin');
    // The bearer check precedes everything: an OAuth failure is a 401, not a GSP envelope.
    const auth = readHeader(h, 'authorization') ?? '';
    const bearer = /^bearer\s+(.+)$/i.exec(auth)?.[1];
    if (!bearer || !ctx.gspTokens.verify(bearer, ctx.clock.now())) {
      return c.json({ error: 'invalid_token', error_description: 'Invalid access token' }, 401);
    }
    return operate(ctx, c, op, gstin, gspShape, async () => {
      if (!gstin) throw NicFailure.of('1004');
      const userName = readHeader(h, userHeader);
      if (!userName) throw NicFailure.of('1006');
      const password = readHeader(h, 'password') ?? '';
      const checks = ctx.clients.map((cl) => checkUser(cl, userName, password));
      const failed = checks.find((r) => !r.ok);
      if (!checks.some((r) => r.ok)) throw NicFailure.of(failed && !failed.ok ? failed.code : '1019');
      if (!readHeader(h, 'requestid')) throw NicFailure.of('GSPERR101', 'requestid header is required');
      if (!ctx.taxpayers.lookup(gstin.toUpperCase())) throw NicFailure.of('1015');
      const caller: Caller = { gstin: gstin.toUpperCase(), userName, channel: 'gsp' };
      const out = await exec(caller, c);
      if (!out.ok) return { response: gspShape.failure(c, out.errors, out.info), events: out.events };
      const body: Record<string, unknown> = { success: true, message: successMessage, result: out.data };
      if (out.info) body.info = out.info;
      return { response: c.json(body), events: out.events };
    });
  };
}

async function jsonBody(c: Context): Promise<unknown> {
  return parseJsonBody(await c.req.text());
}

/** Adaequare accepts Cnlrsn/Cnlrem as well as NIC's CnlRsn/CnlRem. */
function normaliseCancel(body: unknown): unknown {
  if (!isRecord(body)) return body;
  const { Cnlrsn, Cnlrem, ...rest } = body;
  return {
    ...rest,
    CnlRsn: rest.CnlRsn ?? Cnlrsn,
    ...((rest.CnlRem ?? Cnlrem) ? { CnlRem: rest.CnlRem ?? Cnlrem } : {}),
  };
}
