// Production adapters against recorded real-world traffic shapes (fixtures/*.json, each naming the NIC or
// GSP document it is written from), served by a replay server that checks every request's path, headers
// and body and answers the recorded response. The routes are built exactly as production builds them:
// GSP_ROUTES through loadConfig and productionRoutes. Each `certain failure` test failed on the adapters
// before this change (see the comment on each).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NicSigningKeys } from '@einvoice/nic';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { productionRoutes } from '../../src/adapters/gsp/production.js';
import { DEFAULT_POLICY, GspRouter } from '../../src/adapters/gsp/router.js';
import { NicSignatureVerifier } from '../../src/adapters/gsp/signatures.js';
import type { GspRoute, UpstreamCall } from '../../src/app/ports/gsp.js';
import { loadConfig } from '../../src/config.js';
import { loadFixture, type ReplayServer, startReplay } from './replay-server.js';

const GSTIN = '29AADCB2230M1ZP';
const IRN = '8e0fd1f9a3ba2a7a1a1c4b37a2e2e5fbd7e5b9f45dc1d1ef4a6cbb1e2b0c1d22';
const dir = mkdtempSync(join(tmpdir(), 'einvoice-replay-'));
const started: ReplayServer[] = [];
/** 10:00 IST on the fixtures' day: their tokens expire at 16:00 IST. */
let clock = new Date('2026-12-05T10:00:00+05:30');
const now = () => clock;

afterEach(async () => {
  await Promise.all(started.splice(0).map((s) => s.close()));
  clock = new Date('2026-12-05T10:00:00+05:30');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function replay(name: string): Promise<ReplayServer> {
  const server = await startReplay(loadFixture(name));
  started.push(server);
  return server;
}

function keyFile(server: ReplayServer, name: string): string {
  const file = join(dir, `${name}.pem`);
  writeFileSync(file, server.publicKeyPem);
  return file;
}

/** Routes from GSP_ROUTES as the server builds them (production mode's checks included where the URLs allow). */
function routes(config: unknown[]): GspRoute[] {
  const parsed = loadConfig({ GSP_ROUTES: JSON.stringify(config) }).GSP_ROUTES ?? [];
  return productionRoutes(parsed, { now }).map((e) => e.route);
}

/** Every request matched its recorded pair and every pair was requested. */
function clean(server: ReplayServer) {
  expect(server.problems).toEqual([]);
  expect(server.remaining()).toEqual([]);
}

const who: UpstreamCall = { gstin: GSTIN, username: 'API_29AADCB_adq', password: 'Irp@Pass#1' };
const VEH = {
  ewbNo: 141008850090,
  vehicleNo: 'KA12AB1234',
  fromPlace: 'Bengaluru',
  fromState: 29,
  reasonCode: '1',
  reasonRem: 'Vehicle broke down',
  transDocNo: '',
  transDocDate: '',
  transMode: '1',
  vehicleType: 'R',
};
const EXT = {
  ewbNo: 141008850090,
  vehicleNo: 'KA12AB1234',
  fromPlace: 'Hosur',
  fromState: 33,
  fromPincode: 635109,
  remainingDistance: 120,
  transDocNo: '',
  transDocDate: '',
  transMode: '1',
  extnRsnCode: '5',
  extnRemarks: 'Accident',
  consignmentStatus: 'M',
  transitType: '',
};
const CAN = { ewbNo: 141008850090, cancelRsnCode: '2', cancelRmrk: 'Order cancelled' };
const INVOICE = {
  Version: '1.1',
  TranDtls: { TaxSch: 'GST', SupTyp: 'B2B' },
  DocDtls: { Typ: 'INV', No: 'RPL/0001', Dt: '05/12/2026' },
};
const nicRoute = (name: string, url: string, key: string, extra: Record<string, unknown> = {}) => ({
  kind: 'nic',
  name,
  priority: 1,
  url,
  clientId: 'AAACL07TXPYS32F',
  clientSecret: 'pR3tTy5eCrEt',
  irpPublicKeyFile: key,
  ...extra,
});

describe('certain failure 1 and 2: the E-Way Bill System client', () => {
  it('sends Part-B, extension, cancel and reads to the E-Way Bill System (own login, key, hyphenated headers) and reads POST answers without rek', async () => {
    // Before: these went to the e-invoice URL's /ewaybillapi/v1.03/ewayapi on the e-invoice session (the
    // e-invoice replay below would have seen them), and every POST answer threw on the missing rek.
    const einvoice = await startReplay([], Buffer.alloc(32).toString('base64'));
    started.push(einvoice);
    const ewb = await replay('ewb-system.json');
    const [route] = routes([
      nicRoute('nic-direct', einvoice.url, keyFile(einvoice, 'einv'), {
        ewb: {
          url: ewb.url,
          clientId: 'EWBAPICLIENT7',
          clientSecret: 'ewbS3cret',
          publicKeyFile: keyFile(ewb, 'ewb'),
        },
      }),
    ]);
    const call: UpstreamCall = {
      ...who,
      routes: { 'nic-direct': { ...who, ewbUsername: 'ewb_api_29AADCB', ewbPassword: 'Ewb@Pass#1' } },
    };
    expect(await route!.updateEwbVehicle(call, VEH)).toMatchObject({
      kind: 'ok',
      data: { vehUpdDate: '05/12/2026 11:40:00 AM', validUpto: '07/12/2026 11:59:00 PM' },
    });
    expect(await route!.extendEwb(call, EXT)).toMatchObject({
      kind: 'ok',
      data: { validUpto: '08/12/2026 11:59:00 PM' },
    });
    expect(await route!.cancelEwb(call, CAN)).toMatchObject({
      kind: 'ok',
      data: { ewayBillNo: '141008850090', cancelDate: '05/12/2026 12:10:00 PM' },
    });
    expect(await route!.getEwb(call, 141008850090)).toMatchObject({
      kind: 'ok',
      data: { ewbNo: 141008850090, status: 'CNL', extendedTimes: 1 },
    });
    // {status:"0", error: base64({errorCodes})} is the IRP refusing: a rejection with its code.
    expect(await route!.cancelEwb(call, CAN)).toEqual({
      kind: 'rejected',
      errors: [{ code: '312', message: '' }],
      info: [],
    });
    clean(ewb);
    clean(einvoice); // nothing went to the e-invoice system
  });

  it('reads an e-invoice-hosted e-way bill API POST answer without rek (NIC sandbox)', async () => {
    // Before: aesDecrypt(SEK, undefined rek) threw, and the cancel was reported ambiguous.
    const irp = await replay('einvoice-hosted-ewb.json');
    const [route] = routes([nicRoute('nic-sandbox', irp.url, keyFile(irp, 'einv-hosted'))]);
    expect(await route!.cancelEwb(who, CAN)).toMatchObject({ kind: 'ok', data: { ewayBillNo: '141008850090' } });
    clean(irp);
  });
});

describe('certain failure 3: credentials per GSP', () => {
  it('fails over to the next GSP with that GSP’s own API user when the first refuses its login', async () => {
    // Before: both routes got the GSTIN's one user; GSP A's 1017 was a document rejection (no failover)
    // and GSP B would have refused that user too.
    const a = await replay('failover-gsp-a.json');
    const b = await replay('failover-gsp-b.json');
    const entries = productionRoutes(
      loadConfig({
        GSP_ROUTES: JSON.stringify([
          nicRoute('gsp-a', a.url, keyFile(a, 'a')),
          {
            ...nicRoute('gsp-b', b.url, keyFile(b, 'b')),
            priority: 2,
            clientId: 'TPROCLIENT01',
            clientSecret: 'tpr0S3cret',
          },
        ]),
      }).GSP_ROUTES ?? [],
      { now },
    );
    const router = new GspRouter(entries, { ...DEFAULT_POLICY, backoffBaseMs: 1, backoffCapMs: 2 });
    const call: UpstreamCall = {
      ...who,
      routes: {
        'gsp-a': { username: 'API_29AADCB_adq', password: 'Irp@Pass#1' },
        'gsp-b': { username: 'API_29AADCB_tpro', password: 'Tpro@Pass#2' },
      },
      deadline: Date.now() + 30_000,
    };
    const out = await router.view().generateIrn(call, INVOICE);
    expect(out).toMatchObject({ kind: 'ok', data: { Irn: IRN }, via: { gsp: 'gsp-b' } });
    clean(a);
    clean(b);
  });

  it('a refused login makes the route unavailable for the GSTIN, with the reason, never a rejection', async () => {
    const a = await replay('failover-gsp-a.json');
    const [route] = routes([nicRoute('gsp-a', a.url, keyFile(a, 'a-alone'))]);
    const out = await route!.generateIrn(who, INVOICE);
    expect(out).toMatchObject({ kind: 'unavailable', code: '1017', credentials: true });
    expect(out.kind === 'unavailable' && out.detail).toContain('gsp-a refused the API user API_29AADCB_adq');
    clean(a);
  });
});

describe('certain failure 4 and 5: base paths and header styles', () => {
  it('keeps a GSP’s base path and sends Vayana’s ASP headers instead of client_id/client_secret', async () => {
    // Before: new URL('/eivital/v1.04/auth', base) dropped /gus/irp/nic, and only client_id/client_secret existed.
    const gsp = await replay('vayana-base-path.json');
    const token = `v2.0:CUST123::txn-1:20261205110000+0530:${GSTIN}:EINV`;
    const [route] = routes([
      nicRoute('vayana', `${gsp.url}/gus/irp/nic`, keyFile(gsp, 'vay'), {
        headerStyle: 'vayana',
        clientId: token,
        clientSecret: 'c2lnbmF0dXJl',
      }),
    ]);
    const call = { ...who, routes: { vayana: { username: 'API_29AADCB_vay', password: 'Vay@Pass#3' } } };
    expect(await route!.generateIrn(call, INVOICE)).toMatchObject({ kind: 'ok', data: { Irn: IRN } });
    clean(gsp);
  });

  it('sends TaxPro’s aspid/password', async () => {
    const gsp = await replay('taxpro-headers.json');
    const [route] = routes([
      nicRoute('taxpro', gsp.url, keyFile(gsp, 'tp'), {
        headerStyle: 'taxpro',
        clientId: '1600000001',
        clientSecret: 'aspPa55',
      }),
    ]);
    const call = { ...who, routes: { taxpro: { username: 'API_29AADCB_tpro', password: 'Tpro@Pass#2' } } };
    const out = await route!.generateIrn(call, INVOICE);
    expect(out).toMatchObject({ kind: 'ok', data: { Irn: IRN } });
    clean(gsp);
    // Issue #22 item 6: the answer's SignedInvoice carries NIC's published kid, which names none of the certificates
    // configured here: flagged with that kid (the IRN stands), never thrown.
    if (out.kind !== 'ok') return;
    const verifier = new NicSignatureVerifier(
      { production: NicSigningKeys.fromPem(gsp.publicKeyPem, 'not-nic.pem') },
      () => undefined,
    );
    expect(
      verifier.verify('production', { signedInvoice: out.data.SignedInvoice, signedQrCode: out.data.SignedQRCode }),
    ).toEqual({
      status: 'failed',
      reason: expect.stringMatching(
        /^SignedInvoice: kid EDC57DE1358B300BA9F79340A6696831F3C85047 \/ x5t \S+ matches none of the 1 configured/,
      ),
    });
    expect(
      verifier.verify('sandbox', { signedInvoice: out.data.SignedInvoice, signedQrCode: out.data.SignedQRCode }),
    ).toMatchObject({ status: 'unverified' });
  });
});

describe('certain failure 6: Adaequare’s e-way bill actions', () => {
  it('offers e-way bill by IRN, Part-B, extension, cancel (with `username`) and GetEwayBill; reads DUPIRN from `result`', async () => {
    // Before: by-IRN, Part-B, extension and GetEwayBill answered "does not offer" (and fell back to the
    // e-invoice session), and cancel sent `user_name`.
    const gsp = await replay('adaequare-ewb.json');
    const [route] = routes([
      { kind: 'enriched', name: 'adaequare', priority: 1, url: gsp.url, appId: 'ADQAPPID01', appSecret: 'adqS3cret' },
    ]);
    const call: UpstreamCall = {
      ...who,
      routes: { adaequare: { ...who, ewbUsername: 'ewb_api_29AADCB', ewbPassword: 'Ewb@Pass#1' } },
    };
    expect(await route!.getEwbByIrn(call, IRN)).toMatchObject({ kind: 'ok', data: { EwbNo: 141008850090 } });
    expect(await route!.updateEwbVehicle(call, VEH)).toMatchObject({
      kind: 'ok',
      data: { vehUpdDate: '05/12/2026 11:40:00 AM' },
    });
    expect(await route!.extendEwb(call, EXT)).toMatchObject({
      kind: 'ok',
      data: { validUpto: '08/12/2026 11:59:00 PM' },
    });
    expect(await route!.cancelEwb(call, CAN)).toMatchObject({
      kind: 'ok',
      data: { cancelDate: '05/12/2026 12:10:00 PM' },
    });
    expect(await route!.getEwb(call, 141008850090)).toMatchObject({ kind: 'ok', data: { status: 'CNL' } });
    expect(await route!.generateIrn(call, INVOICE)).toMatchObject({ kind: 'duplicate', dupIrn: IRN });
    // A WAF page is the route failing, not the document.
    expect(await route!.generateIrn(call, INVOICE)).toMatchObject({ kind: 'unavailable', code: 'HTTP_403' });
    clean(gsp);
  });
});

describe('error classification (fault matrix)', () => {
  it('never blames the document for a transport problem, and reads DUPIRN before any lookup', async () => {
    const irp = await replay('fault-matrix.json');
    const [route] = routes([nicRoute('nic', irp.url, keyFile(irp, 'fm'))]);
    // 504 page on login: unavailable (a login changes nothing at the IRP).
    expect(await route!.generateIrn(who, INVOICE)).toMatchObject({ kind: 'unavailable', code: 'HTTP_504' });
    // WAF 403: unavailable with the HTTP status, not a rejection without codes.
    const waf = await route!.generateIrn(who, INVOICE);
    expect(waf).toMatchObject({ kind: 'unavailable', code: 'HTTP_403' });
    expect(waf.kind === 'unavailable' && waf.detail).toContain('not whitelisted');
    // 502 after the write was sent: it may have committed; ambiguous, for the reconciler.
    expect(await route!.generateIrn(who, INVOICE)).toMatchObject({ kind: 'ambiguous' });
    // 502 on a read: nothing changed; unavailable.
    expect(
      await route!.getIrnByDocument(who, { docType: 'INV', docNo: 'RPL/0001', docDate: '05/12/2026' }),
    ).toMatchObject({ kind: 'unavailable', code: 'HTTP_502' });
    // 2150: the IRN comes from DUPIRN and is fetched by IRN.
    const dup = await route!.generateIrn(who, INVOICE);
    expect(dup).toMatchObject({ kind: 'duplicate', dupIrn: IRN });
    expect(await route!.getIrn(who, IRN)).toMatchObject({ kind: 'ok', data: { Irn: IRN, AckNo: 112010036563310 } });
    // NIC's envelope with a content code: that, and only that, is a rejection.
    expect(await route!.generateIrn(who, INVOICE)).toMatchObject({
      kind: 'rejected',
      errors: [{ code: '2172', message: 'Duplicate item serial number' }],
    });
    clean(irp);
  });
});

describe('token lifecycle (fake clock)', () => {
  it('one login for concurrent calls, reuse until the last 10 minutes, forced refresh there, recovery from 1005', async () => {
    const irp = await replay('token-lifecycle.json');
    const [route] = routes([nicRoute('nic', irp.url, keyFile(irp, 'tl'))]);
    const gstin = () => route!.getGstinDetails(who, GSTIN);
    const both = await Promise.all([gstin(), gstin()]);
    expect(both.map((o) => o.kind)).toEqual(['ok', 'ok']);
    clock = new Date('2026-12-05T15:49:00+05:30'); // 11 minutes before TokenExpiry: reused
    expect((await gstin()).kind).toBe('ok');
    clock = new Date('2026-12-05T15:55:00+05:30'); // inside NIC's last 10 minutes: forced refresh
    expect((await gstin()).kind).toBe('ok');
    expect((await gstin()).kind).toBe('ok'); // 1005, forced login, the call again
    clean(irp);
  });
});
