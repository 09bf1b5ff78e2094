import type { Hono } from 'hono';
import type { SandboxContext } from '../context.js';

/**
 * Public keys. NIC hands integrators an RSA public key for login encryption (einv_sandbox.pem) and
 * publishes its signing certificates separately; the sandbox serves both, plus a JWKS for jose & co.
 */
export function registerKeys(app: Hono, ctx: SandboxContext): void {
  app.get('/.well-known/jwks.json', (c) =>
    c.json({ keys: [ctx.signingKey.jwk, ...ctx.retiredSigningKeys.map((k) => k.jwk)] }),
  );
  app.get('/sandbox/keys/signing.pem', (c) => c.text(ctx.signingKey.publicKeyPem));
  app.get('/sandbox/keys/auth.pem', (c) => c.text(ctx.loginKey.publicKeyPem));
  app.get('/healthz', (c) => c.json({ status: 'ok', now: ctx.clock.now().toISOString() }));
}
