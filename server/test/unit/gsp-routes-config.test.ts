// What docs/production.md names is checked at start-up, with a message naming the route and the field.
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, nicSigningKeys } from '../../src/config.js';

const dir = mkdtempSync(join(tmpdir(), 'einvoice-gsp-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const pem = join(dir, 'nic.pem');
writeFileSync(
  pem,
  generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey.export({ type: 'spki', format: 'pem' }),
);
const notPem = join(dir, 'not.pem');
writeFileSync(notPem, 'hello');
const production = {
  EINVOICE_MODE: 'production',
  EINVOICE_ENCRYPTION_KEY: Buffer.alloc(32, 1).toString('base64'),
  EINVOICE_HASH_PEPPER: Buffer.alloc(32, 2).toString('base64'),
  NIC_SIGNING_CERT_FILES: pem,
};
const nic = (over: Record<string, unknown> = {}) => ({
  kind: 'nic',
  name: 'nic-direct',
  priority: 1,
  url: 'https://api.einvoice.example',
  clientId: 'c',
  clientSecret: 's',
  irpPublicKeyFile: pem,
  ewb: { url: 'https://api.ewb.example', clientId: 'c', clientSecret: 's', publicKeyFile: pem },
  ...over,
});
function refusal(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as Error).message;
  }
  throw new Error('the configuration was accepted');
}

describe('GSP_ROUTES at start-up', () => {
  it('accepts a complete production route, with the default header styles', () => {
    const routes = loadConfig({ ...production, GSP_ROUTES: JSON.stringify([nic()]) }).GSP_ROUTES;
    expect(routes?.[0]).toMatchObject({ headerStyle: 'nic', ewb: { headerStyle: 'nic-hyphen' } });
  });

  it('names the route and field of every missing or unreadable key, http URL, missing EWB system and duplicate name', () => {
    const message = refusal({
      ...production,
      GSP_ROUTES: JSON.stringify([
        nic({ irpPublicKeyFile: join(dir, 'missing.pem') }),
        nic({ name: 'plain', url: 'http://gsp.example', ewb: undefined }),
        nic({
          name: 'plain',
          ewb: { url: 'https://e.example', clientId: 'c', clientSecret: 's', publicKeyFile: notPem },
        }),
      ]),
    });
    expect(message).toContain('GSP_ROUTES[0] (nic-direct).irpPublicKeyFile: cannot read');
    expect(message).toContain('ENOENT');
    expect(message).toContain('GSP_ROUTES[1] (plain).url: must be https:// in production mode');
    expect(message).toContain('GSP_ROUTES[1] (plain).ewb: is required in production mode');
    expect(message).toContain('GSP_ROUTES[2] (plain).name: is used by another route');
    expect(message).toContain('GSP_ROUTES[2] (plain).ewb.publicKeyFile:');
    expect(message).toContain('is not a PEM public key');
  });

  it('refuses an unknown header style', () => {
    expect(refusal({ GSP_ROUTES: JSON.stringify([nic({ headerStyle: 'mastersindia' })]) })).toContain('GSP_ROUTES');
  });
});

describe('NIC_SIGNING_CERT_FILES at start-up', () => {
  const routes = JSON.stringify([nic()]);
  it('is required in production mode and takes several files, each with one or more PEM blocks', () => {
    const { NIC_SIGNING_CERT_FILES: _, ...without } = production;
    expect(refusal({ ...without, GSP_ROUTES: routes })).toMatch(
      /NIC_SIGNING_CERT_FILES: is required in production mode/,
    );
    const two = join(dir, 'two.pem');
    writeFileSync(two, `${readFileSync(pem, 'utf8')}\n${readFileSync(pem, 'utf8')}`);
    const config = loadConfig({ ...production, GSP_ROUTES: routes, NIC_SIGNING_CERT_FILES: `${pem}, ${two}` });
    expect(config.NIC_SIGNING_CERT_FILES).toEqual([pem, two]);
    expect(nicSigningKeys(config.NIC_SIGNING_CERT_FILES ?? []).keys.map((k) => k.source)).toEqual([
      pem,
      `${two}#1`,
      `${two}#2`,
    ]);
  });

  it('names the file that is missing or holds no certificate', () => {
    const missing = join(dir, 'missing.crt');
    expect(refusal({ ...production, GSP_ROUTES: routes, NIC_SIGNING_CERT_FILES: `${pem},${missing}` })).toContain(
      `NIC_SIGNING_CERT_FILES: cannot read ${missing} (ENOENT)`,
    );
    expect(refusal({ ...production, GSP_ROUTES: routes, NIC_SIGNING_CERT_FILES: notPem })).toContain(
      `NIC_SIGNING_CERT_FILES: ${notPem} holds no PEM certificate or public key`,
    );
  });
});
