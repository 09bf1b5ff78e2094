import { computeIrn, formatNicDate, gstinCheckDigit } from '@einvoice/gst';
import { decodeNicJwtData, type NicClient, verifyNicJwt } from '@einvoice/nic';
import { createLocalJWKSet, importSPKI, jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUYER, baseInvoice, nextDocNo, SELLER } from './support/fixtures.js';
import { authed, type Harness, startHarness } from './support/harness.js';

const QR_CLAIMS = [
  'SellerGstin',
  'BuyerGstin',
  'DocNo',
  'DocTyp',
  'DocDt',
  'TotInvVal',
  'ItemCnt',
  'MainHsnCode',
  'Irn',
  'IrnDt',
];

describe('NIC protocol end to end (real HTTP, RSA, AES)', () => {
  let h: Harness;
  let c: NicClient;
  beforeAll(async () => {
    h = await startHarness();
    c = await authed(h);
  });
  afterAll(() => h.close());

  it('handshake returns a token, an SEK the client can unwrap, and an IST expiry', () => {
    const s = c.currentSession!;
    expect(s.authToken).toMatch(/^[A-Za-z0-9]{25}$/);
    expect(s.sek).toHaveLength(32);
    expect(s.tokenExpiry).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    expect(s.raw.ClientId).toBe(h.sandbox.defaults.clientId);
  });

  it('generates an IRN whose JWTs verify against the exposed key and carry exactly NIC claims', async () => {
    const inv = baseInvoice();
    const r = await c.generateIrn(inv);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const doc = inv.DocDtls as { Typ: string; No: string; Dt: string };
    expect(r.data.Irn).toBe(computeIrn(SELLER, 'INV', doc.No, doc.Dt));
    expect(String(r.data.AckNo)).toMatch(/^\d{15}$/);
    expect(r.data.AckDt).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    expect(r.data.Status).toBe('ACT');
    expect(r.data.EwbNo).toBeNull();

    // JWKS served over HTTP, used by jose as any verifier would.
    const jwks = (await (await fetch(`${h.url}/.well-known/jwks.json`)).json()) as { keys: Record<string, string>[] };
    const keyset = createLocalJWKSet(jwks as Parameters<typeof createLocalJWKSet>[0]);
    const pem = await (await fetch(`${h.url}/sandbox/keys/signing.pem`)).text();
    const spki = await importSPKI(pem, 'RS256');
    for (const jwt of [r.data.SignedInvoice, r.data.SignedQRCode]) {
      const { payload, protectedHeader } = await jwtVerify(jwt, keyset);
      expect(payload.iss).toBe('NIC');
      expect(Object.keys(payload)).toEqual(['data', 'iss']);
      expect(typeof payload.data).toBe('string');
      expect(Object.keys(protectedHeader)).toEqual(['alg', 'kid', 'typ', 'x5t']);
      expect(protectedHeader.kid).toMatch(/^[0-9A-F]{40}$/);
      expect(
        Buffer.from(protectedHeader.x5t as string, 'base64url')
          .toString('hex')
          .toUpperCase(),
      ).toBe(protectedHeader.kid);
      expect(protectedHeader.kid).toBe(jwks.keys[0]!.kid);
      await jwtVerify(jwt, spki); // the PEM verifies too
      expect(verifyNicJwt(jwt, pem)).toEqual(decodeNicJwtData(jwt)); // and so does the client's own check
      expect(Buffer.from(jwt.split('.')[2]!, 'base64url')).toHaveLength(256); // RSA-2048
    }

    const qr = decodeNicJwtData<Record<string, unknown>>(r.data.SignedQRCode);
    expect(Object.keys(qr)).toEqual(QR_CLAIMS);
    expect(qr).toMatchObject({
      SellerGstin: SELLER,
      BuyerGstin: BUYER,
      DocNo: doc.No,
      DocTyp: 'INV',
      DocDt: doc.Dt,
      TotInvVal: 1180,
      ItemCnt: 1,
      MainHsnCode: '61149090',
      Irn: r.data.Irn,
      IrnDt: r.data.AckDt,
    });
    const signed = decodeNicJwtData<Record<string, unknown>>(r.data.SignedInvoice);
    expect(Object.keys(signed).slice(0, 4)).toEqual(['AckNo', 'AckDt', 'Irn', 'Version']);
    expect(signed).toMatchObject({ AckNo: r.data.AckNo, AckDt: r.data.AckDt, Irn: r.data.Irn, DocDtls: doc });
    expect((signed.ItemList as Record<string, unknown>[])[0]).toHaveProperty('ItemNo');
  });

  it('repeats -> 2150 with InfoDtls DUPIRN naming the original; ledger holds one IRN', async () => {
    const inv = baseInvoice();
    const first = await c.generateIrn(inv);
    const again = await c.generateIrn(inv);
    expect(first.ok).toBe(true);
    expect(again.ok).toBe(false);
    if (!first.ok || again.ok) return;
    expect(again.errors.map((e) => e.code)).toEqual(['2150']);
    expect(again.info).toEqual([
      { InfCd: 'DUPIRN', Desc: { AckNo: first.data.AckNo, AckDt: first.data.AckDt, Irn: first.data.Irn } },
    ]);
    // Upper-casing since June 2025: the lower-case spelling is the same document.
    const lower = {
      ...inv,
      DocDtls: { ...(inv.DocDtls as object), No: (inv.DocDtls as { No: string }).No.toLowerCase() },
    };
    const third = await c.generateIrn(lower);
    expect(third.ok ? 'ok' : third.errors[0]!.code).toBe('2150');
    expect([...h.sandbox.ledger.irns.keys()].filter((k) => k === first.data.Irn)).toHaveLength(1);
  });

  it('fetches by IRN and by document details: same payload as generate', async () => {
    const inv = baseInvoice();
    const gen = await c.generateIrn(inv);
    if (!gen.ok) throw new Error('generate failed');
    const byIrn = await c.getIrn(gen.data.Irn);
    const doc = inv.DocDtls as { No: string; Dt: string };
    const byDoc = await c.getIrnByDocDetails({ docType: 'INV', docNo: doc.No, docDate: doc.Dt });
    expect(byIrn).toMatchObject({ ok: true, data: gen.data });
    expect(byDoc).toMatchObject({ ok: true, data: gen.data });
    const missing = await c.getIrn('0'.repeat(64));
    expect(missing.ok ? 'ok' : missing.errors[0]!.code).toBe('2148');
  });

  it('cancels within 24 h; cancelling again -> 9999; the IRN then reads CNL', async () => {
    const gen = await c.generateIrn(baseInvoice());
    if (!gen.ok) throw new Error('generate failed');
    const cnl = await c.cancelIrn({ Irn: gen.data.Irn, CnlRsn: '1', CnlRem: 'Duplicate' });
    expect(cnl).toMatchObject({ ok: true, data: { Irn: gen.data.Irn } });
    if (cnl.ok) expect(cnl.data.CancelDate).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    const again = await c.cancelIrn({ Irn: gen.data.Irn, CnlRsn: '1', CnlRem: 'Duplicate' });
    expect(again.ok ? 'ok' : again.errors[0]!.code).toBe('9999');
    const got = await c.getIrn(gen.data.Irn);
    expect(got.ok && got.data.Status).toBe('CNL');
    const events = h.sandbox.ledger.events.filter((e) => e.irn === gen.data.Irn).map((e) => [e.type, e.delivery]);
    expect(events).toEqual([
      ['IRN_GENERATED', 'delivered'],
      ['IRN_CANCELLED', 'delivered'],
    ]);
  });

  it("refuses to cancel another GSTIN's IRN (2143)", async () => {
    const gen = await c.generateIrn(baseInvoice());
    if (!gen.ok) throw new Error('generate failed');
    const other = await authed(h, { gstin: BUYER });
    const r = await other.cancelIrn({ Irn: gen.data.Irn, CnlRsn: '2', CnlRem: 'not mine' });
    expect(r.ok ? 'ok' : r.errors[0]!.code).toBe('2143');
  });

  it('relays business-rule errors from @einvoice/gst, several at once', async () => {
    const inv = baseInvoice();
    (inv.ItemList as Record<string, unknown>[])[0]!.IgstAmt = 180;
    (inv.ValDtls as Record<string, unknown>).TotInvVal = 1500;
    const r = await c.generateIrn(inv);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const codes = r.errors.map((e) => e.code);
    expect(codes).toContain('2172');
    expect(codes.length).toBeGreaterThan(1);
    expect(r.httpStatus).toBe(200);
  });

  it('answers GSTIN details from the master (seeded and synthesised)', async () => {
    const seeded = await c.getGstinDetails('29aagcb7383j1z4');
    expect(seeded).toMatchObject({
      ok: true,
      data: { Gstin: BUYER, LegalName: 'Sandbox Buyer Pvt Ltd', Status: 'ACT', TxpType: 'REG', StateCode: 29 },
    });
    const valid = `33AABCU9603R1Z${gstinCheckDigit('33AABCU9603R1Z')}`;
    const synth = await c.getGstinDetails(valid);
    expect(synth).toMatchObject({ ok: true, data: { Gstin: valid, Status: 'ACT', StateCode: 33, TxpType: 'REG' } });
    const wrongDigit = valid.slice(0, 14) + (valid.endsWith('A') ? 'B' : 'A');
    const bad = await c.getGstinDetails(wrongDigit);
    expect(bad.ok ? 'ok' : bad.errors[0]!.code).toBe('3028');
  });

  it('accepts hyphenated, lower-case header spellings and case-insensitive paths', async () => {
    const hy = await authed(h, { headerStyle: 'nic-hyphen' });
    const inv = baseInvoice();
    const r = await hy.call('POST', '/eicore/v1.03/invoice', inv);
    expect(r.ok).toBe(true);
    expect(formatNicDate(new Date())).toBe((inv.DocDtls as { Dt: string }).Dt);
    void nextDocNo;
  });
});
