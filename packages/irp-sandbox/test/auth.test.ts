import { randomBytes } from 'node:crypto';
import { aesEncrypt, rsaEncrypt } from '@einvoice/nic';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUYER, baseInvoice } from './support/fixtures.js';
import { authed, type Harness, startHarness } from './support/harness.js';

const HOUR = 3_600_000;
const codeOf = (r: { ok: boolean; errors?: { code: string }[] }) => (r.ok ? 'ok' : r.errors![0]!.code);

describe('NIC auth: tokens, SEK, header checks', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.close());

  it('re-auth inside validity returns the same token and SEK (re-wrapped under the new AppKey)', async () => {
    const a = await authed(h, { userName: 'same-token-user' });
    const b = await authed(h, { userName: 'same-token-user' });
    expect(b.currentSession!.authToken).toBe(a.currentSession!.authToken);
    expect(b.currentSession!.sek.equals(a.currentSession!.sek)).toBe(true);
  });

  it('ForceRefreshAccessToken only in the last 10 minutes', async () => {
    const c = await authed(h, { userName: 'force-user' });
    const first = c.currentSession!;
    await c.auth({ forceRefresh: true });
    expect(c.currentSession!.authToken).toBe(first.authToken); // outside the window: same token
    h.sandbox.admin.advanceClock(6 * HOUR - 5 * 60_000); // 5 minutes before expiry
    await c.auth({ forceRefresh: true });
    expect(c.currentSession!.authToken).not.toBe(first.authToken);
    expect(c.currentSession!.sek.equals(first.sek)).toBe(false);
    const r = await c.generateIrn(baseInvoice());
    expect(r.ok).toBe(true);
    h.sandbox.admin.advanceClock(-(6 * HOUR - 5 * 60_000));
  });

  it('expired token -> 1005; tampered token -> 1005', async () => {
    const c = await authed(h, { userName: 'expiry-user' });
    const tampered = await authed(h, { userName: 'expiry-user' });
    const s = tampered.currentSession!;
    tampered.setSession({ ...s, authToken: s.authToken.slice(0, -1) + (s.authToken.endsWith('A') ? 'B' : 'A') });
    expect(codeOf(await tampered.generateIrn(baseInvoice()))).toBe('1005');
    h.sandbox.admin.advanceClock(6 * HOUR + 1000);
    try {
      expect(codeOf(await c.generateIrn(baseInvoice()))).toBe('1005');
      expect(codeOf(await c.getIrn('a'.repeat(64)))).toBe('1005');
    } finally {
      h.sandbox.admin.advanceClock(-(6 * HOUR + 1000));
    }
  });

  it('wrong client secret -> 1010 (auth and business calls); missing client id -> 1011', async () => {
    const bad = h.nic({ clientSecret: 'nope' });
    expect(codeOf(await bad.auth())).toBe('1010');
    const good = await authed(h);
    const wrongSecret = h.nic({ clientSecret: 'nope' });
    wrongSecret.setSession(good.currentSession);
    expect(codeOf(await wrongSecret.generateIrn(baseInvoice()))).toBe('1010');
    const res = await fetch(`${h.url}/eivital/v1.04/auth`, { method: 'POST', body: '{}', headers: { Gstin: BUYER } });
    const body = (await res.json()) as { Status: number; ErrorDetails: { ErrorCode: string }[] };
    expect(body.Status).toBe(0);
    expect(body.ErrorDetails[0]!.ErrorCode).toBe('1011');
  });

  it('wrong password -> 1019; registered clients with their own users work', async () => {
    expect(codeOf(await h.nic({ password: 'wrong' }).auth())).toBe('1019');
  });

  it('header Gstin differing from the token GSTIN -> 1015', async () => {
    const c = await authed(h);
    const other = h.nic({ gstin: BUYER });
    other.setSession(c.currentSession);
    expect(codeOf(await other.generateIrn(baseInvoice()))).toBe('1015');
  });

  it('auth payload not encrypted with the IRP key -> 1016; bad AppKey -> 1016', async () => {
    const headers = {
      client_id: h.sandbox.defaults.clientId,
      client_secret: h.sandbox.defaults.clientSecret,
      Gstin: BUYER,
      'content-type': 'application/json',
    };
    const garbage = await fetch(`${h.url}/eivital/v1.04/auth`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ Data: aesEncrypt(randomBytes(32), 'x') }),
    });
    expect(((await garbage.json()) as { ErrorDetails: { ErrorCode: string }[] }).ErrorDetails[0]!.ErrorCode).toBe(
      '1016',
    );
    const inner = Buffer.from(
      JSON.stringify({ UserName: 'u', Password: 'sandbox', AppKey: 'short', ForceRefreshAccessToken: false }),
    ).toString('base64');
    const badKey = await fetch(`${h.url}/eivital/v1.04/auth`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ Data: rsaEncrypt(h.sandbox.authPublicKeyPem, inner) }),
    });
    expect(((await badKey.json()) as { ErrorDetails: { ErrorCode: string }[] }).ErrorDetails[0]!.ErrorCode).toBe(
      '1016',
    );
  });
});

describe('registered clients', () => {
  it('only the registered user/password and GSTINs are accepted when the default client is off', async () => {
    const h = await startHarness({
      includeDefaultClient: false,
      clients: [{ clientId: 'acme', clientSecret: 's3cret', users: { alice: 'pw1' }, gstins: ['29AAACP7879D1Z0'] }],
    });
    try {
      const ok = h.nic({ clientId: 'acme', clientSecret: 's3cret', userName: 'alice', password: 'pw1' });
      expect((await ok.auth()).ok).toBe(true);
      expect(
        codeOf(await h.nic({ clientId: 'acme', clientSecret: 's3cret', userName: 'bob', password: 'pw1' }).auth()),
      ).toBe('1017');
      expect(
        codeOf(
          await h
            .nic({ clientId: 'acme', clientSecret: 's3cret', userName: 'alice', password: 'pw1', gstin: BUYER })
            .auth(),
        ),
      ).toBe('1015');
      expect(codeOf(await h.nic().auth())).toBe('1010'); // default pair is off
    } finally {
      await h.close();
    }
  });
});
