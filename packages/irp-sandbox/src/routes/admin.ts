import type { Context, Hono, Next } from 'hono';
import type { SandboxContext } from '../context.js';
import { loadRsaKey, type SigningKey, type SigningKeyInput, toSigningKey } from '../crypto/keys.js';
import { FAULT_MODES, type FaultSpec, type Operation } from '../faults/faults.js';
import { validateLatencyProfile } from '../faults/latency.js';
import { isRecord } from '../protocol/body.js';
import type { Taxpayer } from '../rules.js';

/** Control plane for tests and integrators; see README "Admin endpoints". Not part of NIC's API. */
export function registerAdmin(app: Hono, ctx: SandboxContext, admin: SandboxAdmin): void {
  const guard = async (c: Context, next: Next) => {
    if (ctx.adminToken && c.req.header('x-admin-token') !== ctx.adminToken)
      return c.json({ error: 'admin token required' }, 401);
    return next();
  };
  app.use('/admin/*', guard);

  app.get('/admin/faults', (c) => c.json({ faults: admin.listFaults() }));
  app.post('/admin/faults', async (c) => {
    const body = await readJson(c);
    try {
      return c.json({ fault: admin.injectFault(parseFaultSpec(body)) }, 201);
    } catch (e) {
      return c.json({ error: (e as Error).message }, 400);
    }
  });
  app.delete('/admin/faults', (c) => c.json({ cleared: admin.clearFaults(c.req.query('gstin')) }));

  app.get('/admin/clock', (c) => c.json(clockState(ctx)));
  app.post('/admin/clock', async (c) => {
    const body = await readJson(c);
    if (isRecord(body) && typeof body.advanceMs === 'number') admin.advanceClock(body.advanceMs);
    else if (isRecord(body) && typeof body.set === 'string' && !Number.isNaN(Date.parse(body.set)))
      admin.setClock(new Date(body.set));
    else return c.json({ error: 'body must be {advanceMs: number} or {set: ISO-8601}' }, 400);
    return c.json(clockState(ctx));
  });

  app.get('/admin/latency', (c) => c.json({ latency: ctx.latency.profile ?? null }));
  app.post('/admin/latency', async (c) => {
    try {
      admin.setLatency(validateLatencyProfile(await readJson(c)));
      return c.json({ latency: ctx.latency.profile ?? null });
    } catch (e) {
      return c.json({ error: (e as Error).message }, 400);
    }
  });

  app.get('/admin/ledger', (c) => c.json(ctx.ledger.snapshot()));
  app.get('/admin/taxpayers', (c) => c.json({ taxpayers: ctx.taxpayers.seededList() }));
  app.post('/admin/taxpayers', async (c) => {
    const body = await readJson(c);
    if (!isRecord(body) || typeof body.gstin !== 'string' || typeof body.legalName !== 'string') {
      return c.json({ error: 'a Taxpayer needs at least gstin and legalName' }, 400);
    }
    admin.upsertTaxpayer(body as unknown as Taxpayer);
    return c.json({ taxpayer: ctx.taxpayers.lookup(body.gstin) }, 201);
  });
  app.post('/admin/reset', (c) => {
    admin.reset();
    return c.json({ ok: true });
  });
}

export interface SandboxAdmin {
  injectFault(spec: FaultSpec): ReturnType<SandboxContext['faults']['add']>;
  listFaults(): ReturnType<SandboxContext['faults']['list']>;
  clearFaults(gstin?: string): number;
  advanceClock(ms: number): Date;
  setClock(at: Date): Date;
  now(): Date;
  setLatency(profile: SandboxContext['latency']['profile']): void;
  upsertTaxpayer(t: Taxpayer): void;
  /** Forget every IRN, EWB, session, GSP token and fault (the clock and keys stay). */
  reset(): void;
  /**
   * NIC's key rotation: sign every later SignedInvoice / SignedQRCode with this key (its kid in the JWT header).
   * The JWKS keeps serving the retired keys, whose JWTs stay valid; /sandbox/keys/signing.pem serves the new one.
   */
  rotateSigningKey(key: SigningKeyInput): SigningKey;
}

export function createAdmin(ctx: SandboxContext): SandboxAdmin {
  return {
    injectFault: (spec) => ctx.faults.add(spec),
    listFaults: () => ctx.faults.list(),
    clearFaults: (gstin) => ctx.faults.clear(gstin),
    advanceClock: (ms) => ctx.clock.advance(ms),
    setClock: (at) => ctx.clock.set(at),
    now: () => ctx.clock.now(),
    setLatency: (profile) => {
      ctx.latency.profile = profile;
    },
    upsertTaxpayer: (t) => ctx.taxpayers.upsert(t),
    rotateSigningKey: (input) => {
      const key = toSigningKey(loadRsaKey(input.privateKeyPem), input.certificatePem);
      ctx.retiredSigningKeys.push(ctx.signingKey);
      ctx.signingKey = key;
      ctx.service.deps.signingKey = key;
      return key;
    },
    reset: () => {
      ctx.ledger.clear();
      ctx.sessions.clear();
      ctx.ewbSessions.clear();
      ctx.gspTokens.clear();
      ctx.faults.clear();
    },
  };
}

function parseFaultSpec(body: unknown): FaultSpec {
  if (!isRecord(body)) throw new Error('body must be a JSON object');
  const { gstin, mode, count, code, message, holdMs, ops } = body;
  if (typeof gstin !== 'string' || gstin === '') throw new Error("gstin is required (a GSTIN or '*')");
  if (typeof mode !== 'string' || !FAULT_MODES.includes(mode as FaultSpec['mode']))
    throw new Error(`mode must be one of ${FAULT_MODES.join(', ')}`);
  const spec: FaultSpec = { gstin, mode: mode as FaultSpec['mode'] };
  if (count === null || (typeof count === 'number' && count >= 0)) spec.count = count;
  else if (count !== undefined) throw new Error('count must be a non-negative number or null (until cleared)');
  if (code !== undefined) spec.code = String(code);
  if (typeof message === 'string') spec.message = message;
  if (typeof holdMs === 'number') spec.holdMs = holdMs;
  if (Array.isArray(ops)) spec.ops = ops.map(String) as Operation[];
  return spec;
}

async function readJson(c: Context): Promise<unknown> {
  try {
    return JSON.parse(await c.req.text()) as unknown;
  } catch {
    return undefined;
  }
}

function clockState(ctx: SandboxContext) {
  return { now: ctx.clock.now().toISOString(), offsetMs: ctx.clock.offset };
}
