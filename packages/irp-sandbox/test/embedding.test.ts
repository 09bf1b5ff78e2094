import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createSandbox } from '../src/index.js';

describe('embedding without a socket (app.fetch)', () => {
  it('serves keys and NIC errors, and a reset fault becomes a network error', async () => {
    const sb = createSandbox();
    const jwks = (await (await sb.fetch(new Request('http://sandbox/.well-known/jwks.json'))).json()) as {
      keys: { kid: string }[];
    };
    expect(jwks.keys[0]!.kid).toBe(sb.jwks.keys[0]!.kid);
    sb.admin.injectFault({ gstin: '*', mode: 'reset', ops: ['auth'] });
    const r = await sb.fetch(new Request('http://sandbox/eivital/v1.04/auth', { method: 'POST', body: '{}' }));
    expect(r.type).toBe('error');
  });

  it('rotates its signing key: the JWKS serves the new and the retired key, signing.pem the new one', async () => {
    const sb = createSandbox();
    const before = sb.jwks.keys[0]!.kid;
    const privateKeyPem = generateKeyPairSync('rsa', { modulusLength: 2048 })
      .privateKey.export({ type: 'pkcs8', format: 'pem' })
      .toString();
    const next = sb.admin.rotateSigningKey({ privateKeyPem });
    expect(next.kid).not.toBe(before);
    const jwks = (await (await sb.fetch(new Request('http://sandbox/.well-known/jwks.json'))).json()) as {
      keys: { kid: string }[];
    };
    expect(jwks.keys.map((k) => k.kid)).toEqual([next.kid, before]);
    const pem = await (await sb.fetch(new Request('http://sandbox/sandbox/keys/signing.pem'))).text();
    expect(pem).toBe(next.publicKeyPem);
    expect(sb.publicKeyPem).toBe(next.publicKeyPem);
  });
});
