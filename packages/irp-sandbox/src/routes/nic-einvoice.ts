import type { Context, Hono } from 'hono';
import type { SandboxContext } from '../context.js';
import type { Operation } from '../faults/faults.js';
import { readHeader } from '../protocol/headers.js';
import type { Caller, Outcome } from '../service/index.js';
import type { Session } from '../store/sessions.js';
import { authenticateSession, decryptBody, nicReply } from './nic-session.js';
import { nicShape } from './nic-shape.js';
import { operate } from './pipeline.js';

type Exec = (caller: Caller, session: Session, c: Context) => Promise<Outcome<unknown>> | Outcome<unknown>;

/** A NIC business call: headers -> session, then exec, then SEK-encrypted envelope. */
export function nicCall(ctx: SandboxContext, op: Operation, exec: Exec) {
  return (c: Context) =>
    operate(ctx, c, op, readHeader(c.req.raw.headers, 'gstin'), nicShape, async () => {
      const session = authenticateSession(ctx, c.req.raw.headers);
      const caller: Caller = { gstin: session.gstin, userName: session.userName, channel: 'nic' };
      return nicReply(c, session, await exec(caller, session, c));
    });
}

/** Paths are registered lower-case; the app lower-cases request paths (NIC's are case-insensitive). */
export function registerNicEinvoice(app: Hono, ctx: SandboxContext): void {
  const svc = ctx.service;
  app.post(
    '/eicore/v1.03/invoice',
    nicCall(ctx, 'generate', async (caller, s, c) => svc.generateIrn(caller, await decryptBody(c, s))),
  );
  app.post(
    '/eicore/v1.03/invoice/cancel',
    nicCall(ctx, 'cancel', async (caller, s, c) => svc.cancelIrn(caller, await decryptBody(c, s))),
  );
  app.get(
    '/eicore/v1.03/invoice/irn/:irn',
    nicCall(ctx, 'get-irn', (caller, _s, c) => svc.getIrn(caller, c.req.param('irn') ?? '')),
  );
  app.get(
    '/eicore/v1.03/invoice/irnbydocdetails',
    nicCall(ctx, 'get-by-doc', (caller, _s, c) =>
      svc.getIrnByDocDetails(caller, {
        doctype: c.req.query('doctype'),
        docnum: c.req.query('docnum'),
        docdate: c.req.query('docdate'),
      }),
    ),
  );
  for (const version of ['v1.03', 'v1.04']) {
    app.get(
      `/eivital/${version}/master/gstin/:gstin`,
      nicCall(ctx, 'gstin', (caller, _s, c) => svc.gstinDetails(caller, (c.req.param('gstin') ?? '').toUpperCase())),
    );
  }
}
