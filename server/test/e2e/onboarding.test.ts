// Hosted credential onboarding (issue #24 item 3) over real HTTP, on SQLite and (E2E_DATABASE=postgres)
// PostgreSQL: the platform creates a one-time link; the page a business opens shows the GSTIN and the platform's
// name; a wrong password is refused with NIC's 1019 (the link stays pending, with the failure), the right one
// registers the GSTIN (or replaces a registered GSTIN's IRP user) and spends the link. Used, revoked, replaced,
// expired and guessed tokens all get the same page. The password never reaches an API answer, the request log
// or the server's log lines.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Clock } from '../../src/app/ports/clock.js';
import { type Harness, startHarness } from '../support/harness.js';

let h: Harness;
let offsetMs = 0;
const clock: Clock = { now: () => new Date(Date.now() + offsetMs) };
const PASSWORDS = ['Wr0ng-CANARY-pass', 'sandbox'];
const seen: string[] = [];

const admin = async (method: string, path: string, body?: unknown) => {
  const res = await h.request(method, path, { token: h.apiKey, ...(body === undefined ? {} : { body }) });
  seen.push(res.text);
  return res;
};

beforeAll(async () => {
  h = await startHarness({}, { clock });
});
afterAll(() => h?.close());

/** A browser's visit: the page, its CSRF cookie and the hidden field's value. */
async function visit(url: string) {
  const res = await fetch(url);
  const html = await res.text();
  const cookie = res.headers.get('set-cookie')?.split(';')[0] ?? '';
  const csrf = /name="csrf" value="([^"]+)"/.exec(html)?.[1] ?? '';
  return { res, html, cookie, csrf };
}

/** The form post the page makes (Chromium sends Origin: null from a no-referrer page, and Sec-Fetch-Site). */
async function submit(
  url: string,
  page: { cookie: string; csrf: string },
  fields: Record<string, string>,
  headers: Record<string, string> = { origin: 'null', 'sec-fetch-site': 'same-origin' },
) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: page.cookie, ...headers },
    body: new URLSearchParams({ csrf: page.csrf, ...fields }).toString(),
    redirect: 'manual',
  });
  return { res, html: await res.text() };
}

async function createLink(gstin: string, extra: Record<string, unknown> = {}) {
  const res = await admin('POST', '/v1/onboarding-links', { gstin, ...extra });
  expect(res.status, res.text).toBe(201);
  return res.body as { id: string; url: string; status: string };
}

const neutral = async () => (await visit(`${h.url}/onboarding/${randomBytes(32).toString('base64url')}`)).html;

describe('a link for a GSTIN that is not registered yet', () => {
  const GSTIN = '29AAACP7879D1Z0';
  let link: { id: string; url: string };
  let page: Awaited<ReturnType<typeof visit>>;

  it('is created with an absolute one-time url on this server; the url is not shown again', async () => {
    const res = await admin('POST', '/v1/onboarding-links', { gstin: GSTIN, description: 'Acme plant' });
    expect(res.status).toBe(201);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.body).toMatchObject({
      object: 'onboarding_link',
      gstin: GSTIN,
      tenant: null,
      status: 'pending',
      failure: null,
      failed_attempts: 0,
      connected_at: null,
    });
    expect(res.body.id).toMatch(/^onb_[A-Za-z0-9]+$/);
    expect(res.body.url).toMatch(new RegExp(`^${h.url}/onboarding/[A-Za-z0-9_-]{43}$`));
    expect(Date.parse(res.body.expires_at) - Date.parse(res.body.created_at)).toBe(86_400_000);
    link = res.body;
    const got = await admin('GET', `/v1/onboarding-links/${link.id}`);
    expect(got.status).toBe(200);
    expect(got.body).not.toHaveProperty('url');
    const listed = await admin('GET', '/v1/onboarding-links');
    expect(listed.body.data.map((l: { id: string }) => l.id)).toContain(link.id);
    expect(listed.text).not.toContain(link.url.split('/').pop());
  });

  it("shows the GSTIN, the platform's name and a form, under the dashboard's CSP and with no Referer", async () => {
    page = await visit(link.url);
    expect(page.res.status).toBe(200);
    expect(page.html).toContain(GSTIN);
    expect(page.html).toContain('Test account');
    expect(page.html).toContain('name="irp_password"');
    const headers = page.res.headers;
    expect(headers.get('referrer-policy')).toBe('no-referrer');
    expect(headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(headers.get('content-security-policy')).toContain("form-action 'self'");
    expect(headers.get('x-frame-options')).toBe('DENY');
    expect(headers.get('cache-control')).toBe('no-store');
    expect(headers.get('x-ratelimit-limit')).toBe('20');
    // No third-party asset: every src and href is a path on this server.
    const refs = [...page.html.matchAll(/(?:src|href|action)="([^"]*)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) expect(ref, ref).toMatch(/^(\/|#)/);
    expect(page.cookie).toMatch(/^einvoice_onboarding_csrf=/);
    expect(headers.get('set-cookie')).toMatch(/HttpOnly/);
    expect(headers.get('set-cookie')).toMatch(/SameSite=Strict/);
    expect(page.csrf).toHaveLength(43);
  });

  it('refuses a post without the CSRF cookie, with another CSRF value, or from another site', async () => {
    const fields = { irp_username: 'api_user', irp_password: 'sandbox' };
    expect((await submit(link.url, { cookie: '', csrf: page.csrf }, fields)).res.status).toBe(403);
    expect((await submit(link.url, { cookie: page.cookie, csrf: 'x'.repeat(43) }, fields)).res.status).toBe(403);
    const crossSite = { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' };
    expect((await submit(link.url, page, fields, crossSite)).res.status).toBe(403);
    const framed = { origin: 'null', 'sec-fetch-site': 'cross-site' };
    expect((await submit(link.url, page, fields, framed)).res.status).toBe(403);
    // None of these reached the IRP check: nothing counted, nothing registered.
    expect((await admin('GET', `/v1/onboarding-links/${link.id}`)).body.failed_attempts).toBe(0);
    expect((await admin('GET', `/v1/gstins/${GSTIN}`)).status).toBe(404);
  });

  it("refuses a wrong password with NIC's 1019 and its hint; the link stays pending with the failure", async () => {
    const { res, html } = await submit(link.url, page, { irp_username: 'api_user', irp_password: PASSWORDS[0]! });
    expect(res.status).toBe(422);
    expect(html).toContain('Wrong password (NIC 1019: Incorrect Password)');
    expect(html).toContain('Attempts left: 4');
    expect(html).not.toContain(PASSWORDS[0]);
    expect(html).toContain('value="api_user"'); // the user name is kept, the password is not
    const got = await admin('GET', `/v1/onboarding-links/${link.id}`);
    expect(got.body).toMatchObject({
      status: 'pending',
      failure: { code: '1019', message: 'Incorrect Password' },
      failed_attempts: 1,
    });
    expect((await admin('GET', `/v1/gstins/${GSTIN}`)).status).toBe(404);
  });

  it('accepts the right one: the GSTIN is registered and the link is connected', async () => {
    const { res, html } = await submit(link.url, page, { irp_username: 'acme_user', irp_password: 'sandbox' });
    expect(res.status).toBe(200);
    expect(html).toContain(`GSTIN ${GSTIN} is connected to Test account`);
    const got = await admin('GET', `/v1/onboarding-links/${link.id}`);
    expect(got.body).toMatchObject({ status: 'connected', failure: null, failed_attempts: 1 });
    expect(got.body.connected_at).not.toBeNull();
    const gstin = await admin('GET', `/v1/gstins/${GSTIN}`);
    expect(gstin.body).toMatchObject({ gstin: GSTIN, irp_username: 'acme_user', irp_password_set: true });
    const events = (await admin('GET', '/v1/audit-events?limit=100')).body.data as {
      type: string;
      data: Record<string, unknown>;
    }[];
    const mine = events.filter((e) => e.data?.onboarding_link === link.id).map((e) => e.type);
    expect(mine.sort()).toEqual(
      ['gstin.registered', 'onboarding_link.connected', 'onboarding_link.created', 'onboarding_link.failed'].sort(),
    );
  });

  it('cannot be used again: the page and the post answer like a guessed token', async () => {
    const again = await visit(link.url);
    expect(again.res.status).toBe(404);
    expect(again.html).toBe(await neutral());
    const post = await submit(link.url, page, { irp_username: 'other', irp_password: 'sandbox' });
    expect(post.res.status).toBe(404);
    expect(post.html).toBe(await neutral());
    expect((await admin('GET', `/v1/gstins/${GSTIN}`)).body.irp_username).toBe('acme_user');
  });

  it('refuses a guessed token, a malformed one and a post to a guessed one alike', async () => {
    const guessed = `${h.url}/onboarding/${randomBytes(32).toString('base64url')}`;
    const g = await visit(guessed);
    expect(g.res.status).toBe(404);
    expect(g.res.headers.get('referrer-policy')).toBe('no-referrer');
    expect((await visit(`${h.url}/onboarding/short`)).html).toBe(g.html);
    const post = await submit(guessed, page, { irp_username: 'api_user', irp_password: 'sandbox' });
    expect([post.res.status, post.html]).toEqual([404, g.html]);
  });
});

describe('a link for a registered GSTIN', () => {
  const GSTIN = '27AAPFU0939F1ZV';

  it('replaces its IRP user after the IRP accepts it (as updateGstin does), audited as gstin.updated', async () => {
    expect(
      (await admin('POST', '/v1/gstins', { gstin: GSTIN, irp_username: 'old_user', irp_password: 'sandbox' })).status,
    ).toBe(201);
    const link = await createLink(GSTIN);
    const page = await visit(link.url);
    const wrong = await submit(link.url, page, { irp_username: 'new_user', irp_password: PASSWORDS[0]! });
    expect(wrong.res.status).toBe(422);
    expect((await admin('GET', `/v1/gstins/${GSTIN}`)).body.irp_username).toBe('old_user');
    const ok = await submit(link.url, page, { irp_username: 'new_user', irp_password: 'sandbox' });
    expect(ok.res.status).toBe(200);
    expect((await admin('GET', `/v1/gstins/${GSTIN}`)).body.irp_username).toBe('new_user');
    const events = (await admin('GET', '/v1/audit-events?limit=100')).body.data as {
      type: string;
      data: Record<string, unknown>;
    }[];
    const updated = events.find((e) => e.type === 'gstin.updated' && e.data?.onboarding_link === link.id);
    // The business on the page is known only by the link it holds; the names of what changed, never values.
    expect(updated).toMatchObject({
      actor: { type: 'anonymous', id: link.id },
      data: { changed: ['irp_password', 'irp_username'] },
    });
  });
});

describe('revocation, replacement, expiry and the attempt limit', () => {
  it('a new link for a GSTIN revokes its older pending one', async () => {
    const GSTIN = '07AAACR5055K1Z9';
    const first = await createLink(GSTIN);
    const second = await createLink(GSTIN);
    expect((await admin('GET', `/v1/onboarding-links/${first.id}`)).body.status).toBe('revoked');
    expect((await visit(first.url)).html).toBe(await neutral());
    expect((await visit(second.url)).res.status).toBe(200);
  });

  it('revoke: the page answers like a guessed token; again is the same answer; a connected link is 409', async () => {
    const link = await createLink('29AAGCB7383J1Z4');
    const revoked = await admin('POST', `/v1/onboarding-links/${link.id}/revoke`);
    expect(revoked.status).toBe(200);
    expect(revoked.body.status).toBe('revoked');
    expect(revoked.body.revoked_at).not.toBeNull();
    expect((await visit(link.url)).html).toBe(await neutral());
    expect((await admin('POST', `/v1/onboarding-links/${link.id}/revoke`)).body.status).toBe('revoked');
    const connected = (await admin('GET', '/v1/onboarding-links?limit=100')).body.data.find(
      (l: { status: string }) => l.status === 'connected',
    );
    const conflict = await admin('POST', `/v1/onboarding-links/${connected.id}/revoke`);
    expect([conflict.status, conflict.body.code]).toEqual([409, 'onboarding_link_not_pending']);
    const missing = await admin('POST', '/v1/onboarding-links/onb_01NOSUCHLINK0000000000000/revoke');
    expect(missing.status).toBe(404);
  });

  it('an expired link is refused (the server clock moved past expires_at) and reads expired', async () => {
    const link = await createLink('27AAACM3025E1ZZ', { expires_in_seconds: 300 });
    const page = await visit(link.url);
    expect(page.res.status).toBe(200);
    offsetMs += 301_000;
    try {
      expect((await visit(link.url)).html).toBe(await neutral());
      const post = await submit(link.url, page, { irp_username: 'api_user', irp_password: 'sandbox' });
      expect(post.res.status).toBe(404);
      expect((await admin('GET', `/v1/onboarding-links/${link.id}`)).body.status).toBe('expired');
      expect((await admin('GET', '/v1/gstins/27AAACM3025E1ZZ')).status).toBe(404);
      expect((await admin('POST', `/v1/onboarding-links/${link.id}/revoke`)).status).toBe(409);
    } finally {
      offsetMs -= 301_000;
    }
  });

  it('five refused attempts turn the link failed; then it answers like a guessed token', async () => {
    const link = await createLink('09AAJCM7191E1Z5');
    const page = await visit(link.url);
    for (let left = 4; left >= 0; left--) {
      const r = await submit(link.url, page, { irp_username: 'api_user', irp_password: PASSWORDS[0]! });
      expect(r.res.status).toBe(422);
      expect(r.html).toContain(`Attempts left: ${left}`);
    }
    expect((await admin('GET', `/v1/onboarding-links/${link.id}`)).body).toMatchObject({
      status: 'failed',
      failed_attempts: 5,
      failure: { code: '1019' },
    });
    const after = await submit(link.url, page, { irp_username: 'api_user', irp_password: 'sandbox' });
    expect([after.res.status, after.html]).toEqual([404, await neutral()]);
    expect((await admin('GET', '/v1/gstins/09AAJCM7191E1Z5')).status).toBe(404);
  });

  it('two submissions racing with the right password: one connects, the other gets the neutral page', async () => {
    const GSTIN = '05AAACG2115R1ZN';
    const link = await createLink(GSTIN);
    const page = await visit(link.url);
    const both = await Promise.all(
      ['first_user', 'second_user'].map((u) => submit(link.url, page, { irp_username: u, irp_password: 'sandbox' })),
    );
    expect(both.map((r) => r.res.status).sort()).toEqual([200, 404]);
    const winner = both[0]!.res.status === 200 ? 'first_user' : 'second_user';
    expect((await admin('GET', `/v1/gstins/${GSTIN}`)).body.irp_username).toBe(winner);
    expect((await admin('GET', `/v1/onboarding-links/${link.id}`)).body.status).toBe('connected');
  });

  it('bad input is refused as problems: an invalid GSTIN, an expiry out of range', async () => {
    const bad = await admin('POST', '/v1/onboarding-links', { gstin: '29AAACP7879D1Z1' });
    expect([bad.status, bad.body.code]).toEqual([422, 'invalid_gstin']);
    const short = await admin('POST', '/v1/onboarding-links', { gstin: '29AAACP7879D1Z0', expires_in_seconds: 10 });
    expect(short.status).toBe(400);
  });
});

describe('the password stays with the business', () => {
  it('no API answer, request-log row or server log line carries a password entered on the page', async () => {
    const exported = await h.request('GET', '/v1/logs/export', { token: h.apiKey, raw: true });
    expect(exported.status).toBe(200);
    const rows = exported.text.trim().split('\n');
    expect(rows.some((r) => r.includes('"createOnboardingLink"'))).toBe(true);
    const audit = await admin('GET', '/v1/audit-events?limit=100');
    for (const text of [...seen, exported.text, audit.text, h.logLines.join('\n')])
      expect(text).not.toContain(PASSWORDS[0]);
  });

  it('the page is rate limited per client address', async () => {
    const url = `${h.url}/onboarding/${randomBytes(32).toString('base64url')}`;
    const answers = await Promise.all(Array.from({ length: 120 }, () => fetch(url)));
    const limited = answers.filter((r) => r.status === 429);
    expect(limited.length).toBeGreaterThan(0);
    expect(Number(limited[0]!.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    await Promise.all(answers.map((r) => r.text()));
  });
});
