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
});
