// Production credentials go to the GSPs configured in GSP_ROUTES; sandbox credentials to the sandbox.
// Switching is a credential swap, no code change. Here a separate simulator plays the production IRP.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSandbox, DEFAULT_GSP_APP, type RunningSandbox } from '@einvoice/irp-sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from '../../src/app/usecases/accounts.js';
import { ConfigError, loadConfig } from '../../src/config.js';
import { gstinSession, type Harness, startHarness } from '../support/harness.js';
import { invoice } from '../support/invoices.js';
import { nicRouteTo } from '../support/production-irp.js';

const SELLER = '29AAACP7879D1Z0';
let h: Harness;
let prodIrp: ReturnType<typeof createSandbox>;
let running: RunningSandbox;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'einvoice-prod-'));
  prodIrp = createSandbox();
  running = await prodIrp.listen(0, '127.0.0.1');
  writeFileSync(join(dir, 'irp.pem'), prodIrp.authPublicKeyPem);
  const routes = [
    nicRouteTo('prod-a', 1, running.url, join(dir, 'irp.pem')),
    {
      kind: 'enriched',
      name: 'prod-b',
      irp: 'NIC1',
      priority: 2,
      url: running.url,
      appId: DEFAULT_GSP_APP.appId,
      appSecret: DEFAULT_GSP_APP.appSecret,
    },
  ];
  h = await startHarness({ GSP_ROUTES: JSON.stringify(routes) });
});
afterAll(async () => {
  await h.close();
  await running.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('environments', () => {
  it('routes a production credential to the configured GSPs and a sandbox one to the sandbox', async () => {
    const live = { ...h, apiKey: (await createAccount(h.server.deps, 'Live', 'production')).apiKey };
    expect(live.apiKey).toMatch(/^sk_live_/);
    const prod = await gstinSession(live, SELLER);
    const sandbox = await gstinSession(h, SELLER);
    const a = invoice(SELLER);
    const b = invoice(SELLER);
    const viaProd = await h.request('POST', '/v1/irn', { token: prod.token, body: a });
    const viaSandbox = await h.request('POST', '/v1/irn', { token: sandbox.token, body: b });
    expect([viaProd.status, viaProd.body.gsp, viaProd.body.irp, viaProd.body.environment]).toEqual([
      201,
      'prod-a',
      'NIC1',
      'production',
    ]);
    expect([viaSandbox.status, viaSandbox.body.gsp, viaSandbox.body.environment]).toEqual([
      201,
      'sandbox-a',
      'sandbox',
    ]);
    expect(prodIrp.ledger.snapshot().irns.map((r) => r.docNo)).toEqual([a.DocDtls.No]);
    expect(h.sandbox.ledger.snapshot().irns.map((r) => r.docNo)).toContain(b.DocDtls.No);
    expect(h.sandbox.ledger.snapshot().irns.map((r) => r.docNo)).not.toContain(a.DocDtls.No);
    const status = await h.request('GET', '/v1/status');
    expect(status.body.gsps.map((g: { id: string }) => g.id)).toEqual(['sandbox-a', 'sandbox-b', 'prod-a', 'prod-b']);
    // Rehearsing faults is for sandbox credentials only.
    const faults = await h.request('POST', '/v1/sandbox/faults', { token: prod.token, body: { faults: [] } });
    expect([faults.status, faults.body.code]).toEqual([403, 'sandbox_only']);
  });
});

describe('configuration errors', () => {
  it('lists every bad variable by name, and refuses malformed GSP routes', () => {
    try {
      loadConfig({
        PORT: 'eighty',
        EINVOICE_MODE: 'production',
        GSP_ROUTES: '[{"kind":"nic"}]',
        WEBHOOK_ALLOW_LOOPBACK: 'true',
      });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      const text = (e as Error).message;
      for (const name of [
        'PORT',
        'GSP_ROUTES',
        'EINVOICE_ENCRYPTION_KEY',
        'EINVOICE_HASH_PEPPER',
        'WEBHOOK_ALLOW_LOOPBACK',
        'NIC_SIGNING_CERT_FILES',
      ])
        expect(text).toContain(name);
    }
  });

  it('allows loopback webhook receivers by default only in sandbox mode', () => {
    const keys = {
      EINVOICE_ENCRYPTION_KEY: Buffer.alloc(32, 1).toString('base64'),
      EINVOICE_HASH_PEPPER: Buffer.alloc(32, 2).toString('base64'),
    };
    expect(loadConfig({ EINVOICE_MODE: 'sandbox' }).WEBHOOK_ALLOW_LOOPBACK).toBe(true);
    expect(loadConfig({ EINVOICE_MODE: 'sandbox', WEBHOOK_ALLOW_LOOPBACK: 'false' }).WEBHOOK_ALLOW_LOOPBACK).toBe(
      false,
    );
    const certs = { NIC_SIGNING_CERT_FILES: join(dir, 'irp.pem') };
    expect(loadConfig({ EINVOICE_MODE: 'production', ...keys, ...certs }).WEBHOOK_ALLOW_LOOPBACK).toBe(false);
  });
});
