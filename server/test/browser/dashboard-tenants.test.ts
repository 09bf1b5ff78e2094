// The dashboard acting on one tenant (issue #24) in Chromium against a live sandbox server: an account with two
// tenants (each a GSTIN, a credential, IRNs, a webhook endpoint) and a second account with a tenant of its own.
// Switching to tenant A hides B's GSTIN, documents, request-log rows, endpoints and audit trail; another account's
// tenant id is refused as absent; the switch needs the CSRF token and only holds in the session it was made in;
// the usage page shows exactly what GET /v1/usage answers for the same tenant; axe at 1280 and 390 px.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from '../../src/app/usecases/accounts.js';
import { USAGE_COUNTERS } from '../../src/app/usecases/usage.js';
import { gstinSession, type Harness, type RequestOptions, startHarness } from '../support/harness.js';
import { invoice } from '../support/invoices.js';
import { csrfOf, expectAccessible, launch, newContext, screenshot, signIn } from './browser.js';

const GSTIN_A = '29AAACP7879D1Z0';
const GSTIN_B = '29AABCL4444L1Z7';

interface World {
  tenant: string;
  name: string;
  gstin: string;
  clientId: string;
  docIds: string[];
  logId: string;
  endpointUrl: string;
}

let h: Harness;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let A: World;
let B: World;
let foreignTenant: string;

const onTenant = (tenant: string, o: RequestOptions = {}): RequestOptions => ({
  token: h.apiKey,
  ...o,
  headers: { ...(o.headers ?? {}), 'einvoice-tenant': tenant },
});

/** A tenant with a GSTIN, a credential, `irns` invoices and an endpoint, all made through the API on that tenant. */
async function tenantWorld(name: string, gstin: string, irns: number): Promise<World> {
  const t = await h.request('POST', '/v1/tenants', { token: h.apiKey, body: { name } });
  expect(t.status, t.text).toBe(201);
  const tenant = t.body.id as string;
  const reg = await h.request(
    'POST',
    '/v1/gstins',
    onTenant(tenant, { body: { gstin, irp_username: 'api_user', irp_password: 'sandbox' } }),
  );
  expect(reg.status, reg.text).toBe(201);
  const s = await gstinSession(
    {
      ...h,
      request: (m, p, o = {}) =>
        h.request(m, p, { ...o, headers: { ...(o.headers ?? {}), 'einvoice-tenant': tenant } }),
    },
    gstin,
  );
  const docIds: string[] = [];
  for (let i = 0; i < irns; i++) {
    const doc = await h.request('POST', '/v1/irn', { token: s.token, body: invoice(gstin) });
    expect(doc.status, doc.text).toBe(201);
    docIds.push(doc.body.id);
  }
  const endpointUrl = `http://127.0.0.1:9/${name.toLowerCase().replace(/\W/g, '-')}`;
  const ep = await h.request(
    'POST',
    '/v1/webhook-endpoints',
    onTenant(tenant, { body: { url: endpointUrl, events: ['*'] } }),
  );
  expect(ep.status, ep.text).toBe(201);
  const log = (await h.server.deps.storage.requestLogs.list(h.accountId, { limit: 1, gstin, tenantId: tenant }))
    .items[0];
  return { tenant, name, gstin, clientId: s.clientId, docIds, logId: log!.id, endpointUrl };
}

/** The header's select (its accessible name is "Tenant" plus the option chosen). */
const switcher = (p: Page) => p.locator('header select[name=tenant]');

async function switchTo(label: string): Promise<void> {
  await switcher(page).selectOption({ label });
  await page.getByRole('button', { name: 'Switch' }).click();
  await page.waitForLoadState('domcontentloaded');
}

const mainText = async () => (await page.locator('main').textContent()) ?? '';
/** The value of a fact ("IRNs generated today: 3") on the page. */
const fact = (p: Page, label: string) => p.locator(`dl.facts dt:text-is("${label}") + dd`).textContent();

beforeAll(async () => {
  [h, browser] = await Promise.all([
    startHarness({ WEBHOOK_ALLOW_LOOPBACK: 'true', SANDBOX_MONTHLY_IRN_QUOTA: '100' }),
    launch(),
  ]);
  A = await tenantWorld('Acme Retail', GSTIN_A, 1);
  B = await tenantWorld('Bharat Foods', GSTIN_B, 2);
  const other = await createAccount(h.server.deps, 'Other platform', 'sandbox');
  const t = await h.request('POST', '/v1/tenants', { token: other.apiKey, body: { name: 'Not yours' } });
  expect(t.status).toBe(201);
  foreignTenant = t.body.id;
  context = await newContext(browser, h.url);
  page = await context.newPage();
  await signIn(page, h.apiKey);
});

afterAll(async () => {
  await browser?.close();
  await h?.close();
});

describe('dashboard tenant switcher', () => {
  it("shows the whole account by default, and only tenant A's GSTIN, documents, log rows, endpoints and audit after switching", async () => {
    await page.goto('/dashboard/documents');
    const gstinChoices = () => page.locator('main select[name=gstin] option').allTextContents();
    expect(new Set(await gstinChoices())).toEqual(new Set([GSTIN_A, GSTIN_B]));
    await page.goto('/dashboard/logs');
    expect(await mainText()).toContain(GSTIN_B);

    await page.goto(`/dashboard/documents?gstin=${GSTIN_B}`);
    await switchTo(`${A.name} (${A.tenant})`);
    // Back on the page the switch was made on, now acting on A (said in words, and kept in the select).
    expect(new URL(page.url()).pathname).toBe('/dashboard/documents');
    expect(await page.getByRole('note').textContent()).toContain(A.tenant);
    expect(await switcher(page).inputValue()).toBe(A.tenant);
    expect(await gstinChoices()).toEqual([GSTIN_A]);
    // Asked for B's GSTIN, the page shows A's (the only one it knows), never B's documents.
    const docs = await page.locator('main').innerHTML(); // the documents' links carry their ids
    expect(docs).toContain(A.docIds[0]!);
    for (const id of B.docIds) expect(docs).not.toContain(id);

    await page.goto('/dashboard/logs');
    const gstinCells = await page.locator('tbody tr td:nth-child(4)').allTextContents();
    expect(gstinCells).toContain(GSTIN_A);
    expect(gstinCells).not.toContain(GSTIN_B);
    expect(await page.request.get(`/dashboard/logs/export.ndjson?gstin=${GSTIN_B}`).then((r) => r.text())).toBe('');
    const exported = (await page.request.get('/dashboard/logs/export.ndjson').then((r) => r.text())).trim().split('\n');
    expect(exported.length).toBeGreaterThan(0);
    expect(exported.map((l) => JSON.parse(l).gstin).filter((g) => g !== null)).not.toContain(GSTIN_B);

    await page.goto('/dashboard/webhooks');
    expect(await mainText()).toContain(A.endpointUrl);
    expect(await mainText()).not.toContain(B.endpointUrl);
    await page.goto(`/dashboard/credentials?gstin=${GSTIN_B}`);
    const credentials = await mainText();
    expect(credentials).toContain(A.clientId);
    expect(credentials).not.toContain(B.clientId);
    expect(credentials).not.toContain(GSTIN_B); // B's audit trail (its GSTIN registered, its credential) included
    await page.goto('/dashboard');
    expect(await fact(page, 'IRNs generated today')).toBe('1'); // the account's is 3

    // B's ids, asked for directly: absent.
    for (const path of [`/dashboard/documents/${GSTIN_B}/${B.docIds[0]}`, `/dashboard/logs/${B.logId}`])
      expect([path, (await page.request.get(path)).status()]).toEqual([path, 404]);
    expect((await page.request.get(`/dashboard/documents/${GSTIN_A}/${A.docIds[0]}`)).status()).toBe(200);
    await screenshot(page, 'tenant-switcher', 'viewport');

    await switchTo('All (account)');
    expect(await page.getByRole('note').count()).toBe(0);
    await page.goto('/dashboard/logs');
    expect(await page.locator('tbody tr td:nth-child(4)').allTextContents()).toContain(GSTIN_B);
    expect((await page.request.get(`/dashboard/logs/${B.logId}`)).status()).toBe(200);
  });

  it("refuses another account's tenant id, or one that never existed, as absent (404), and keeps the current one", async () => {
    await page.goto('/dashboard/documents');
    await switchTo(`${B.name} (${B.tenant})`);
    const csrf = await csrfOf(page);
    for (const tenant of [foreignTenant, 'ten_doesnotexist']) {
      const res = await page.request.post('/dashboard/tenant', {
        form: { csrf, tenant, next: '/dashboard/documents' },
        headers: { origin: h.url },
        maxRedirects: 0,
      });
      expect([tenant, res.status()]).toEqual([tenant, 404]);
      expect(await res.text()).toContain('Not found');
    }
    await page.goto('/dashboard/documents');
    expect(await switcher(page).inputValue()).toBe(B.tenant);
    expect(await page.locator('main select[name=gstin] option').allTextContents()).toEqual([GSTIN_B]);
  });

  it('refuses a switch without the CSRF token, with a wrong one, or from another origin', async () => {
    await page.goto('/dashboard/documents');
    const csrf = await csrfOf(page);
    const post = (form: Record<string, string>, origin: string) =>
      page.request.post('/dashboard/tenant', {
        form: { tenant: A.tenant, ...form },
        headers: { origin },
        maxRedirects: 0,
      });
    expect((await post({}, h.url)).status()).toBe(403);
    expect((await post({ csrf: `${csrf}x` }, h.url)).status()).toBe(403);
    expect((await post({ csrf }, 'https://evil.example')).status()).toBe(403);
    await page.goto('/dashboard/documents');
    expect(await switcher(page).inputValue()).toBe(B.tenant); // unchanged
    const ok = await post({ csrf, next: 'https://evil.example/' }, h.url);
    expect(ok.status()).toBe(303);
    expect(ok.headers().location).toBe('/dashboard'); // only a dashboard path is followed
  });

  it('keeps the choice for its own session only: the tenant cookie copied into another session does nothing', async () => {
    const cookie = (await context.cookies()).find((c) => c.name === 'einvoice_tenant');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    expect(cookie!.value.startsWith(`${A.tenant}.`)).toBe(true);
    const second = await newContext(browser, h.url);
    const p = await second.newPage();
    await signIn(p, h.apiKey);
    await second.addCookies([{ ...cookie! }]);
    await p.goto('/dashboard/documents');
    expect(await switcher(p).inputValue()).toBe('');
    expect(new Set(await p.locator('main select[name=gstin] option').allTextContents())).toEqual(
      new Set([GSTIN_A, GSTIN_B]),
    );
    // A cookie naming B with A's MAC is no choice either.
    await second.addCookies([{ ...cookie!, value: cookie!.value.replace(A.tenant, B.tenant) }]);
    await p.goto('/dashboard/documents');
    expect(await switcher(p).inputValue()).toBe('');
    await second.close();
  });

  it('refuses to sign in with a restricted key (a session acts as the whole account)', async () => {
    const key = await h.request(
      'POST',
      '/v1/api-keys',
      onTenant(A.tenant, { body: { name: 'read A', permissions: ['read'] } }),
    );
    expect(key.status, key.text).toBe(201);
    const anonymous = await newContext(browser, h.url);
    const p = await anonymous.newPage();
    await p.goto('/dashboard/sign-in');
    await p.getByLabel('Account API key').fill(key.body.key);
    await p.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => p.locator('main').textContent()).toContain('not a valid account API key');
    expect((await anonymous.cookies()).some((c) => c.name === 'einvoice_session')).toBe(false);
    await anonymous.close();
  });
});

describe('usage page', () => {
  const month = () => new Date(Date.now() + 5.5 * 3_600_000).toISOString().slice(0, 7);

  /** The page's table as {period: counts} plus its totals row, read as the user sees it. */
  async function pageFigures(p: Page) {
    const rows = await p.getByRole('region', { name: 'Usage by day' }).locator('tbody tr').all();
    const table: Record<string, number[]> = {};
    for (const row of rows)
      table[(await row.locator('th').textContent())!] = (await row.locator('td').allTextContents()).map(Number);
    return table;
  }

  async function apiFigures(tenant: string) {
    const r = await h.request('GET', '/v1/usage', onTenant(tenant));
    expect(r.status, r.text).toBe(200);
    const table: Record<string, number[]> = {};
    for (const d of r.body.data) table[d.period] = USAGE_COUNTERS.map((c) => d[c]);
    table.Total = USAGE_COUNTERS.map((c) => r.body.totals[c]);
    return { table, body: r.body };
  }

  it('shows, for the tenant in effect, exactly the figures GET /v1/usage answers for that tenant', async () => {
    for (const w of [A, B]) {
      await page.goto('/dashboard/usage');
      await switchTo(`${w.name} (${w.tenant})`);
      expect(new URL(page.url()).pathname).toBe('/dashboard/usage');
      // Page first: a call is logged after its own report is made, so GET /v1/usage counts in the next reading.
      const shown = await pageFigures(page);
      const api = await apiFigures(w.tenant);
      expect(shown).toEqual(api.table);
      expect(api.body.tenant).toBe(w.tenant);
      expect(
        Object.keys(shown)
          .filter((k) => k !== 'Total')
          .every((k) => k.startsWith(month())),
      ).toBe(true);
      // The script's own count: A generated 1 IRN, B 2.
      expect(api.body.totals.irns_generated).toBe(w.docIds.length);
      expect(await fact(page, 'IRNs generated')).toBe(String(w.docIds.length));
      const exported = await page.request.get(`/dashboard/usage/export.ndjson?month=${month()}`);
      expect(exported.headers()['content-type']).toContain('application/x-ndjson');
      const apiExport = await h.request('GET', '/v1/usage/export', onTenant(w.tenant));
      expect(apiExport.status).toBe(200);
      const lines = (t: string) =>
        t
          .trim()
          .split('\n')
          .map((l) => JSON.parse(l));
      // Both count the GET /v1/usage above and neither itself: the same lines.
      expect(lines(await exported.text())).toEqual(lines(apiExport.text));
    }
  });

  it("shows the sandbox quota of the whole account, and another month's zeros", async () => {
    await page.goto('/dashboard/usage');
    const quota = h.server.deps.settings.sandboxMonthlyIrnQuota!;
    expect(quota).toBeGreaterThan(0);
    const all = await h.request('GET', '/v1/usage', { token: h.apiKey });
    const used = all.body.totals.irns_generated + all.body.totals.notes + all.body.totals.bulk_records;
    expect(used).toBe(A.docIds.length + B.docIds.length);
    expect(await fact(page, 'Sandbox IRN quota (whole account)')).toBe(`${used} / ${quota}`);
    const [y, m] = month().split('-').map(Number) as [number, number];
    const previous = m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
    await page.getByLabel('Month (IST)').selectOption(previous);
    await page.getByRole('button', { name: 'Show' }).click();
    await page.waitForURL((u) => u.searchParams.get('month') === previous);
    const shown = await pageFigures(page);
    const days = new Date(Date.UTC(y, m - 1, 0)).getUTCDate();
    expect(Object.keys(shown)).toHaveLength(days + 1);
    expect(
      Object.values(shown)
        .flat()
        .every((n) => n === 0),
    ).toBe(true);
  });

  it('has no serious or critical axe violation on the usage page (with the switcher), at 1280 and 390 px', async () => {
    await page.goto('/dashboard/usage');
    await expectAccessible(page);
    await screenshot(page, 'usage');
    const phone = await newContext(browser, h.url, 'phone');
    await phone.addCookies(await context.cookies());
    const small = await phone.newPage();
    for (const path of ['/dashboard/usage', '/dashboard/documents']) {
      await small.goto(path);
      expect(await small.locator('h1').textContent()).toBeTruthy();
      await expectAccessible(small);
    }
    await screenshot(small, 'usage-phone', 'viewport');
    await phone.close();
  });
});
