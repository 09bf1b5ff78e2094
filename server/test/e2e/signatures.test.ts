// Signed invoice / QR code verification (issue #22 item 6): every IRN's SignedInvoice and SignedQRCode are checked
// against NIC's signing certificates chosen by the JWT header's kid. Sandbox IRNs verify against the sandbox IRP's
// own key by default; production IRNs against NIC_SIGNING_CERT_FILES (here: a second simulator plays NIC and
// rotates its key mid-run). A failure flags the document and alerts; the IRN is still answered 201.
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSandbox, type RunningSandbox } from '@einvoice/irp-sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from '../../src/app/usecases/accounts.js';
import { gstinSession, type Harness, startHarness } from '../support/harness.js';
import { invoice } from '../support/invoices.js';
import { nicRouteTo } from '../support/production-irp.js';

const SELLER = '29AAACP7879D1Z0';
const newKeyPem = () =>
  generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const kidOf = (jwt: string) => JSON.parse(Buffer.from(jwt.split('.')[0] ?? '', 'base64url').toString('utf8')).kid;

let h: Harness;
let nic: ReturnType<typeof createSandbox>;
let running: RunningSandbox;
let dir: string;
/** NIC's next signing key, announced (configured) before NIC signs with it. */
const nextKey = newKeyPem();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'einvoice-signatures-'));
  nic = createSandbox();
  running = await nic.listen(0, '127.0.0.1');
  writeFileSync(join(dir, 'auth.pem'), nic.authPublicKeyPem);
  writeFileSync(join(dir, 'current.pem'), nic.publicKeyPem);
  // The next certificate comes from the sandbox itself, once it signs with it; NIC publishes it ahead.
  const preview = createSandbox({ signingKey: { privateKeyPem: nextKey } });
  writeFileSync(join(dir, 'next.pem'), preview.publicKeyPem);
  const routes = [nicRouteTo('nic-direct', 1, running.url, join(dir, 'auth.pem'))];
  h = await startHarness({
    GSP_ROUTES: JSON.stringify(routes),
    NIC_SIGNING_CERT_FILES: `${join(dir, 'current.pem')},${join(dir, 'next.pem')}`,
  });
});
afterAll(async () => {
  await h?.close();
  await running?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function liveSession() {
  const live = { ...h, apiKey: (await createAccount(h.server.deps, 'Live', 'production')).apiKey };
  return gstinSession(live, SELLER);
}

async function failureCount(): Promise<number> {
  const text = await (await fetch(`${h.url}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith('einvoice_signature_verification_failures_total{'));
  return line ? Number(line.split(' ').pop()) : 0;
}

describe('signed invoice and QR code verification', () => {
  it('verifies every sandbox IRN against the sandbox IRP signing key, by default', async () => {
    const s = await gstinSession(h, SELLER);
    const res = await h.request('POST', '/v1/irn', { token: s.token, body: invoice(SELLER) });
    expect(res.status).toBe(201);
    expect(res.body.signature_verification).toEqual({ status: 'verified', reason: null });
    expect(kidOf(res.body.SignedInvoice)).toMatch(/^[0-9A-F]{40}$/);
    const read = await h.request('GET', `/v1/irn/${res.body.Irn}`, { token: s.token });
    expect(read.body.signature_verification).toEqual({ status: 'verified', reason: null });
  });

  it('verifies production IRNs across NIC key rotation with both certificates configured', async () => {
    const s = await liveSession();
    const before = await h.request('POST', '/v1/irn', { token: s.token, body: invoice(SELLER) });
    nic.admin.rotateSigningKey({ privateKeyPem: nextKey });
    const after = await h.request('POST', '/v1/irn', { token: s.token, body: invoice(SELLER) });
    expect([before.status, after.status]).toEqual([201, 201]);
    expect(kidOf(after.body.SignedInvoice)).not.toBe(kidOf(before.body.SignedInvoice));
    expect(kidOf(after.body.SignedQRCode)).toBe(kidOf(after.body.SignedInvoice));
    for (const res of [before, after]) {
      expect(res.body.environment).toBe('production');
      expect(res.body.signature_verification).toEqual({ status: 'verified', reason: null });
    }
  });

  it('flags and alerts on an IRN signed by a key no configured certificate names, and still answers 201', async () => {
    const s = await liveSession();
    const failuresBefore = await failureCount();
    nic.admin.rotateSigningKey({ privateKeyPem: newKeyPem() }); // not announced: no configured certificate names it
    const body = invoice(SELLER);
    const res = await h.request('POST', '/v1/irn', { token: s.token, body });
    expect(res.status).toBe(201);
    expect(res.body.Irn).toMatch(/^[0-9a-f]{64}$/);
    expect(nic.ledger.snapshot().irns.map((r) => r.docNo)).toContain(body.DocDtls.No);
    expect(res.body.signature_verification).toEqual({
      status: 'failed',
      reason: expect.stringMatching(
        new RegExp(`^SignedInvoice: kid ${kidOf(res.body.SignedInvoice)} / x5t \\S+ matches none of the 2 configured`),
      ),
    });
    // Stored with the document, not only in the answer.
    const read = await h.request('GET', `/v1/irn/${res.body.Irn}`, { token: s.token });
    expect([read.status, read.body.signature_verification]).toEqual([200, res.body.signature_verification]);
    // The alert: one structured error line and the metric.
    const alerts = h.logLines
      .map((l) => JSON.parse(l))
      .filter((l) => l.alert === 'irn_signature_verification_failed' && l.irn === res.body.Irn);
    expect(alerts).toEqual([
      expect.objectContaining({ level: 50, document_id: res.body.id, environment: 'production', gsp: 'nic-direct' }),
    ]);
    expect(await failureCount()).toBe(failuresBefore + 1);
    // The same request again is a replay of the recorded document: no second alert.
    const again = await h.request('POST', '/v1/irn', { token: s.token, body });
    expect([again.status, again.body.signature_verification.status]).toEqual([200, 'failed']);
    expect(await failureCount()).toBe(failuresBefore + 1);
  });
});
