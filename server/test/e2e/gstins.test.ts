// GSTIN administration over real HTTP: the IRP user is checked against the (sandbox) IRP at registration
// and update, so a wrong password is refused at once with NIC's 1019; a GSTIN can be updated and deleted
// (credentials revoked, documents kept); permanent conflicts say they are final (x-should-retry: false); API users
// per GSP route are set, refused and removed (issue #22).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gstinSession, type Harness, startHarness } from '../support/harness.js';
import { invoice } from '../support/invoices.js';

let h: Harness;
const admin = (method: string, path: string, body?: unknown) =>
  h.request(method, path, { token: h.apiKey, ...(body === undefined ? {} : { body }) });

beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

describe('registration checks the IRP user', () => {
  const GSTIN = '29AAACP7879D1Z0';

  it('refuses a wrong IRP password with 422 and NIC 1019, and stores nothing', async () => {
    const res = await admin('POST', '/v1/gstins', {
      gstin: GSTIN,
      irp_username: 'api_user',
      irp_password: 'not-the-password',
    });
    expect(res.status).toBe(422);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(res.body.code).toBe('irp_credentials_rejected');
    expect(res.body.gstn_errors).toEqual([
      expect.objectContaining({
        code: '1019',
        message: 'Incorrect Password',
        hint: expect.stringContaining('irp_password'),
      }),
    ]);
    expect(res.text).not.toContain('not-the-password');
    expect((await admin('GET', `/v1/gstins/${GSTIN}`)).status).toBe(404);
  });

  it('accepts the right one, and a second registration is a final 409', async () => {
    const ok = await admin('POST', '/v1/gstins', { gstin: GSTIN, irp_username: 'api_user', irp_password: 'sandbox' });
    expect(ok.status).toBe(201);
    const again = await admin('POST', '/v1/gstins', {
      gstin: GSTIN,
      irp_username: 'api_user',
      irp_password: 'sandbox',
    });
    expect([again.status, again.body.code]).toEqual([409, 'gstin_exists']);
    expect(again.headers.get('x-should-retry')).toBe('false');
    expect(again.body.detail).toContain(`PATCH /v1/gstins/${GSTIN}`);
  });
});

describe('updateGstin', () => {
  const GSTIN = '29AABCL4444L1Z7';

  it('changes the description without asking the IRP, and the IRP user only after the IRP accepts it', async () => {
    await admin('POST', '/v1/gstins', {
      gstin: GSTIN,
      irp_username: 'first_user',
      irp_password: 'sandbox',
      description: 'Pune',
    });
    const described = await admin('PATCH', `/v1/gstins/${GSTIN}`, {
      description: 'Pune warehouse',
      large_taxpayer: true,
    });
    expect(described.status).toBe(200);
    expect(described.body).toMatchObject({
      gstin: GSTIN,
      description: 'Pune warehouse',
      large_taxpayer: true,
      irp_username: 'first_user',
    });

    const wrong = await admin('PATCH', `/v1/gstins/${GSTIN}`, { irp_username: 'second_user', irp_password: 'wrong' });
    expect([wrong.status, wrong.body.code, wrong.body.gstn_errors[0].code]).toEqual([
      422,
      'irp_credentials_rejected',
      '1019',
    ]);
    expect((await admin('GET', `/v1/gstins/${GSTIN}`)).body.irp_username).toBe('first_user');

    const renamed = await admin('PATCH', `/v1/gstins/${GSTIN}`, { irp_username: 'second_user' });
    expect([renamed.status, renamed.body.irp_username, renamed.body.irp_password_set]).toEqual([
      200,
      'second_user',
      true,
    ]);

    // The new IRP user is the one documents go out with.
    const s = await gstinSession(h, GSTIN);
    const made = await h.request('POST', '/v1/irn', { token: s.token, body: invoice(GSTIN) });
    expect(made.status, made.text).toBe(201);

    const audit = await admin('GET', `/v1/audit-events?type=gstin.updated&gstin=${GSTIN}`);
    expect(audit.body.data.map((e: any) => e.data.changed)).toEqual([
      ['irp_username'],
      ['description', 'large_taxpayer'],
    ]);
    expect(audit.text).not.toContain('wrong');
  });

  it('answers bad input with problem+json, never a 500', async () => {
    const empty = await admin('PATCH', `/v1/gstins/${GSTIN}`, {});
    expect([empty.status, empty.body.code]).toEqual([400, 'invalid_request']);
    const unknown = await admin('PATCH', `/v1/gstins/${GSTIN}`, { password: 'sandbox' });
    expect([unknown.status, unknown.body.code]).toEqual([400, 'invalid_request']);
    const tooLong = await admin('PATCH', `/v1/gstins/${GSTIN}`, { irp_password: 'x'.repeat(101) });
    expect(tooLong.status).toBe(400);
    const missing = await admin('PATCH', '/v1/gstins/33AAACR4849R1ZP', { description: 'nobody' });
    expect([missing.status, missing.body.code]).toEqual([404, 'not_found']);
    const noKey = await h.request('PATCH', `/v1/gstins/${GSTIN}`, { body: { description: 'x' } });
    expect(noKey.status).toBe(401);
  });

  // A pair the IRP could never accept must be bad input, not an outage: a password outside ASCII cannot travel
  // in a GSP's password header, and a pair over NIC's login block cannot be encrypted. Either once made every
  // route fail until the circuits opened for every GSTIN, and the caller waited 15 s for a 503.
  it('refuses credentials no IRP login can carry at once, and the routes stay healthy for everyone', async () => {
    const emoji = await admin('PATCH', `/v1/gstins/${GSTIN}`, {
      irp_username: 'api_user',
      irp_password: '\u{1F600}'.repeat(20),
    });
    expect([emoji.status, emoji.body.code]).toEqual([400, 'invalid_request']);
    expect(emoji.body.errors).toEqual([expect.objectContaining({ pointer: '/irp_password', code: 'pattern' })]);
    const spaced = await admin('PATCH', `/v1/gstins/${GSTIN}`, { irp_username: 'api user' });
    expect(spaced.status).toBe(400);
    // 66 characters together still fit NIC's block (this pair is only refused as a wrong password); 67 do not.
    const fits = await admin('PATCH', `/v1/gstins/${GSTIN}`, {
      irp_username: 'u'.repeat(33),
      irp_password: 'p'.repeat(33),
    });
    expect([fits.status, fits.body.code]).toEqual([422, 'irp_credentials_rejected']);
    const over = await admin('PATCH', `/v1/gstins/${GSTIN}`, {
      irp_username: 'u'.repeat(33),
      irp_password: 'p'.repeat(34),
    });
    expect([over.status, over.body.code]).toEqual([422, 'irp_login_too_long']);
    expect(over.body.errors.map((e: { pointer: string }) => e.pointer)).toEqual(['/irp_username', '/irp_password']);
    expect(over.text).not.toContain('p'.repeat(34));
    for (let i = 0; i < 6; i++) {
      const wrong = await admin('PATCH', `/v1/gstins/${GSTIN}`, {
        irp_username: 'api_user',
        irp_password: `wrong-${i}`,
      });
      expect([wrong.status, wrong.body.code]).toEqual([422, 'irp_credentials_rejected']);
    }
    // More wrong passwords than the breaker's threshold (5): no route's circuit opened.
    const status = await h.request('GET', '/v1/status');
    expect(status.body.gsps.map((g: { id: string; circuit: string }) => [g.id, g.circuit])).toEqual([
      ['sandbox-a', 'closed'],
      ['sandbox-b', 'closed'],
    ]);
    const stored = await admin('GET', `/v1/gstins/${GSTIN}`);
    expect(stored.body.irp_username).not.toBe('u'.repeat(33));
  });
});

describe('deleteGstin', () => {
  const GSTIN = '29AABCR9999R1ZV';

  it('revokes every credential at once, keeps the documents, and a new registration reads them again', async () => {
    const s1 = await gstinSession(h, GSTIN);
    const s2 = await gstinSession(h, GSTIN);
    const made = await h.request('POST', '/v1/irn', { token: s1.token, body: invoice(GSTIN) });
    expect(made.status).toBe(201);
    const irn = made.body.Irn as string;

    const deleted = await admin('DELETE', `/v1/gstins/${GSTIN}`);
    expect(deleted.status).toBe(200);
    expect(deleted.body).toEqual({ object: 'gstin', gstin: GSTIN, deleted: true, revoked_credentials: 2 });

    expect((await h.request('GET', `/v1/irn/${irn}`, { token: s1.token })).status).toBe(401);
    expect((await h.request('GET', `/v1/irn/${irn}`, { token: s2.token })).status).toBe(401);
    expect((await admin('GET', `/v1/gstins/${GSTIN}`)).status).toBe(404);
    expect((await admin('GET', '/v1/gstins?limit=100')).body.data.map((g: any) => g.gstin)).not.toContain(GSTIN);
    expect((await admin('DELETE', `/v1/gstins/${GSTIN}`)).status).toBe(404);
    const types = (await admin('GET', `/v1/audit-events?gstin=${GSTIN}&limit=100`)).body.data.map((e: any) => e.type);
    expect(types.filter((t: string) => t === 'credential.revoked')).toHaveLength(2);
    expect(types).toContain('gstin.deleted');

    const s3 = await gstinSession(h, GSTIN);
    const read = await h.request('GET', `/v1/irn/${irn}`, { token: s3.token });
    expect([read.status, read.body.Irn]).toEqual([200, irn]);
  });
});

describe('API users per GSP route (issue #22)', () => {
  // NIC creates API users per GSP: managed through the API, checked on that route first, sealed at rest; a route
  // that later refuses them is marked refused with the reason and the document fails over, never rejected.
  const GSTIN = '29AABCT1332L1ZA';

  it('checks the user on that route, seals the passwords, and never returns them', async () => {
    await gstinSession(h, GSTIN);
    const wrong = await admin('PUT', `/v1/gstins/${GSTIN}/gsp-routes/sandbox-a`, {
      irp_username: 'api_a',
      irp_password: 'not-the-password',
    });
    expect([wrong.status, wrong.body.code]).toEqual([422, 'irp_credentials_rejected']);
    expect(wrong.body.gstn_errors[0].code).toBe('1019');

    const unknown = await admin('PUT', `/v1/gstins/${GSTIN}/gsp-routes/no-such-gsp`, {
      irp_username: 'api_a',
      irp_password: 'sandbox',
    });
    expect(unknown.status).toBe(404);
    const half = await admin('PUT', `/v1/gstins/${GSTIN}/gsp-routes/sandbox-a`, {
      irp_username: 'api_a',
      irp_password: 'sandbox',
      ewb_username: 'ewb_a',
    });
    expect([half.status, half.body.errors?.[0]?.pointer]).toEqual([422, '/ewb_password']);

    const put = await admin('PUT', `/v1/gstins/${GSTIN}/gsp-routes/sandbox-a`, {
      irp_username: 'api_a',
      irp_password: 'sandbox',
      ewb_username: 'ewb_a',
      ewb_password: 'sandbox',
    });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({
      object: 'gsp_route_user',
      route: 'sandbox-a',
      irp_username: 'api_a',
      ewb_username: 'ewb_a',
      status: 'active',
      refused_reason: null,
    });
    const list = await admin('GET', `/v1/gstins/${GSTIN}/gsp-routes`);
    expect(list.body.data.map((r: { route: string }) => r.route)).toEqual(['sandbox-a']);
    expect(put.text + list.text).not.toContain('sandbox"');
    // Encrypted at rest with the same box as the GSTIN's IRP password.
    const [row] = await h.server.deps.storage.routeCredentials.list(h.accountId, GSTIN);
    expect(row?.irpPasswordEnc).not.toContain('sandbox');
    expect(h.server.deps.box.open(row!.irpPasswordEnc)).toBe('sandbox');
    expect(h.server.deps.box.open(row!.ewbPasswordEnc!)).toBe('sandbox');
  });

  it('a route that refuses its user is marked refused with the reason; the document fails over and is generated', async () => {
    const session = await gstinSession(h, GSTIN);
    // The API user's password was changed on the portal since (what the IRP now refuses).
    const [row] = await h.server.deps.storage.routeCredentials.list(h.accountId, GSTIN);
    await h.server.deps.storage.routeCredentials.upsert({
      ...row!,
      irpPasswordEnc: h.server.deps.box.seal('rotated-elsewhere'),
      updatedAt: new Date(),
    });
    const doc = invoice(GSTIN);
    const res = await h.request('POST', '/v1/irn', { token: session.token, body: doc });
    expect([res.status, res.body.gsp, res.body.status]).toEqual([201, 'sandbox-b', 'generated']);
    await expect
      .poll(async () => (await admin('GET', `/v1/gstins/${GSTIN}/gsp-routes`)).body.data[0], { timeout: 10_000 })
      .toMatchObject({
        route: 'sandbox-a',
        status: 'refused',
        refused_reason: expect.stringMatching(/sandbox-a refused the API user api_a .*1019/),
        refused_at: expect.any(String),
      });

    // Replacing the users clears the refusal; removing them returns the route to the GSTIN's registered user.
    const fixed = await admin('PUT', `/v1/gstins/${GSTIN}/gsp-routes/sandbox-a`, {
      irp_username: 'api_a',
      irp_password: 'sandbox',
    });
    expect([fixed.status, fixed.body.status, fixed.body.ewb_username]).toEqual([200, 'active', null]);
    const again = await h.request('POST', '/v1/irn', { token: session.token, body: invoice(GSTIN) });
    expect([again.status, again.body.gsp]).toEqual([201, 'sandbox-a']);
    expect((await admin('DELETE', `/v1/gstins/${GSTIN}/gsp-routes/sandbox-a`)).status).toBe(200);
    expect((await admin('DELETE', `/v1/gstins/${GSTIN}/gsp-routes/sandbox-a`)).status).toBe(404);
    expect((await admin('GET', `/v1/gstins/${GSTIN}/gsp-routes`)).body.data).toEqual([]);
  });
});
