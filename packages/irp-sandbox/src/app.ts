import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { CLOCK_HEADER, parseClockHeader } from './clock.js';
import type { SandboxContext } from './context.js';
import { registerGsp } from './gsp/routes.js';
import { gspShape } from './gsp/shape.js';
import { nicError } from './protocol/errors.js';
import { registerAdmin, type SandboxAdmin } from './routes/admin.js';
import { registerEwbSystem } from './routes/ewb-system.js';
import { registerKeys } from './routes/keys.js';
import { registerNicAuth } from './routes/nic-auth.js';
import { registerNicEinvoice } from './routes/nic-einvoice.js';
import { ewbApiShape, registerNicEwb } from './routes/nic-ewb.js';
import { nicShape } from './routes/nic-shape.js';
import type { ResponseShape } from './routes/pipeline.js';

/** Which error envelope a path speaks. */
function shapeFor(c: Context): ResponseShape {
  const p = new URL(c.req.url).pathname.toLowerCase();
  if (p.includes('/enriched/')) return gspShape;
  if (p.startsWith('/ewaybillapi/') || p.startsWith('/ewb-system/')) return ewbApiShape;
  return nicShape;
}

function routingPath(req: Request): string {
  const path = new URL(req.url).pathname;
  try {
    return decodeURIComponent(path).toLowerCase();
  } catch {
    return path.toLowerCase(); // malformed %-escapes: route as-is (and most likely 404), never throw
  }
}

export function buildApp(ctx: SandboxContext, admin: SandboxAdmin, maxBodyBytes: number): Hono {
  // NIC's paths are case-insensitive (clients send /Invoice and /invoice): route on the lower-cased path.
  const app = new Hono({ getPath: (req) => routingPath(req) });

  app.use(
    '*',
    bodyLimit({
      maxSize: maxBodyBytes,
      onError: (c) =>
        shapeFor(c).failure(c, [nicError('5002', `Request body is larger than ${maxBodyBytes} bytes`)], null, 413),
    }),
  );

  // A test clock's time for this one request (docs/adr/0025): every rule the call meets reads it.
  app.use('*', async (c, next) => {
    const header = c.req.header(CLOCK_HEADER);
    if (header === undefined) return next();
    const at = parseClockHeader(header);
    if (!at)
      return shapeFor(c).failure(
        c,
        [nicError('5001', `${CLOCK_HEADER} must be an RFC 3339 instant with a zone, e.g. 2026-01-05T10:00:00Z`)],
        null,
        400,
      );
    return ctx.clock.within(at, next);
  });

  registerKeys(app, ctx);
  registerNicAuth(app, ctx);
  registerNicEinvoice(app, ctx);
  registerNicEwb(app, ctx);
  registerEwbSystem(app, ctx);
  registerGsp(app, ctx);
  registerAdmin(app, ctx, admin);

  app.notFound((c) =>
    shapeFor(c).failure(
      c,
      [nicError('5001', `No such endpoint: ${c.req.method} ${new URL(c.req.url).pathname}`)],
      null,
      404,
    ),
  );
  app.onError((err, c) => {
    console.error('[irp-sandbox] unhandled error', err);
    return shapeFor(c).failure(c, [nicError('5001')], null, 500);
  });
  return app;
}
