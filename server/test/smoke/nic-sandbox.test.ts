// Opt-in smoke suite against NIC's public e-invoice sandbox (docs/production.md §6). It needs your own NIC
// sandbox API credentials, so it never runs in CI: without NIC_SMOKE_URL it is skipped, and says so loudly.
// The replay suite (test/replay) checks wire shapes against the documents; this checks them against NIC.
//
//   NIC_SMOKE_URL=https://einv-apisandbox.nic.in NIC_SMOKE_CLIENT_ID=... NIC_SMOKE_CLIENT_SECRET=... \
//   NIC_SMOKE_PUBLIC_KEY_FILE=./einv_sandbox.pem NIC_SMOKE_GSTIN=... NIC_SMOKE_USERNAME=... \
//   NIC_SMOKE_PASSWORD=... npx vitest run test/smoke
// Optional: NIC_SMOKE_HEADER_STYLE (nic, nic-hyphen, taxpro, vayana) for a GSP's pass-through URL.
import { describe, expect, it } from 'vitest';
import { productionRoutes } from '../../src/adapters/gsp/production.js';
import type { UpstreamCall } from '../../src/app/ports/gsp.js';
import { loadConfig } from '../../src/config.js';

const env = process.env;
const enabled = Boolean(env.NIC_SMOKE_URL);
if (!enabled) {
  console.warn(
    '\n[smoke] SKIPPED: the NIC public sandbox smoke suite runs only with NIC_SMOKE_URL and your NIC sandbox credentials (see docs/production.md §6).\n',
  );
}

function required(name: string): string {
  const v = env[name];
  if (!v) throw new Error(`${name} is required for the NIC smoke suite`);
  return v;
}

describe.skipIf(!enabled)('NIC public sandbox (opt-in smoke)', () => {
  const route = () => {
    const config = loadConfig({
      GSP_ROUTES: JSON.stringify([
        {
          kind: 'nic',
          name: 'nic-sandbox',
          priority: 1,
          url: required('NIC_SMOKE_URL'),
          clientId: required('NIC_SMOKE_CLIENT_ID'),
          clientSecret: required('NIC_SMOKE_CLIENT_SECRET'),
          irpPublicKeyFile: required('NIC_SMOKE_PUBLIC_KEY_FILE'),
          headerStyle: env.NIC_SMOKE_HEADER_STYLE ?? 'nic',
          timeoutMs: 60000,
        },
      ]),
    });
    return productionRoutes(config.GSP_ROUTES ?? [])[0]!.route;
  };
  const who = (): UpstreamCall => ({
    gstin: required('NIC_SMOKE_GSTIN'),
    username: required('NIC_SMOKE_USERNAME'),
    password: required('NIC_SMOKE_PASSWORD'),
  });

  it('logs in (AppKey/SEK handshake) and reads the GSTIN’s own details through the session', async () => {
    const r = route();
    expect(await r.verifyCredentials(who())).toMatchObject({ kind: 'ok' });
    const details = await r.getGstinDetails(who(), who().gstin);
    expect(details).toMatchObject({ kind: 'ok', data: { Gstin: who().gstin } });
  });

  it('a wrong password is a rejection at login (what registration reports), and unavailable on a document call', async () => {
    const r = route();
    const wrong = { ...who(), password: `${who().password}-wrong` };
    expect((await r.verifyCredentials(wrong)).kind).toBe('rejected');
    expect(await r.getGstinDetails(wrong, wrong.gstin)).toMatchObject({ kind: 'unavailable', credentials: true });
  });
});
