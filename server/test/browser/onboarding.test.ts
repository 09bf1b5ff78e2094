// Hosted credential onboarding in a real browser (Debian's Chromium through playwright-core, the page's own CSP
// enforced): the platform creates a link through the API, the business opens it, a wrong password is refused
// with NIC's 1019, the right one connects the GSTIN; the link is then spent. Neither the platform's API answers
// nor its request log ever hold the password (issue #24, "Done when").
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiResponse } from '../support/harness.js';
import { type Harness, startHarness } from '../support/harness.js';
import { expectAccessible, launch, newContext, screenshot } from './browser.js';

const GSTIN = '29AAACP7879D1Z0';
/** A wrong password that can be found anywhere it leaks to. */
const WRONG = 'Wr0ng-BROWSER-canary-7Q';
/** The sandbox IRP's password for any user; it is also the environment's name ("environment": "sandbox"). */
const RIGHT = 'sandbox';

let h: Harness;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const apiAnswers: ApiResponse[] = [];
const browserRequests: Request[] = [];

const api = async (method: string, path: string, body?: unknown) => {
  const res = await h.request(method, path, { token: h.apiKey, ...(body === undefined ? {} : { body }) });
  apiAnswers.push(res);
  return res;
};

beforeAll(async () => {
  [h, browser] = await Promise.all([startHarness(), launch()]);
  // Not the suite's bypassCSP context: this page must work under its own CSP, as a business's browser sees it.
  context = await browser.newContext({
    baseURL: h.url,
    viewport: { width: 1280, height: 900 },
    timezoneId: 'Asia/Kolkata',
  });
  page = await context.newPage();
  page.on('request', (r) => browserRequests.push(r));
});

afterAll(async () => {
  await browser?.close();
  await h?.close();
});

/** Every string anywhere in a JSON value, with the member name it sits under. */
function strings(value: unknown, key = ''): [string, string][] {
  if (typeof value === 'string') return [[key, value]];
  if (Array.isArray(value)) return value.flatMap((v) => strings(v, key));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, k));
  return [];
}

describe('hosted onboarding in Chromium', () => {
  let link: { id: string; url: string };

  it('opens the link: the GSTIN, the platform and a form, with no Referer and nothing from another origin', async () => {
    const created = await api('POST', '/v1/onboarding-links', { gstin: GSTIN, description: 'Acme Bengaluru plant' });
    expect(created.status).toBe(201);
    link = created.body;
    const answer = await page.goto(link.url);
    expect(answer?.status()).toBe(200);
    expect(answer?.headers()['referrer-policy']).toBe('no-referrer');
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Connect your e-invoice API user');
    const main = page.locator('main');
    expect(await main.textContent()).toContain(GSTIN);
    expect(await main.textContent()).toContain('Test account');
    // The stylesheet and script loaded under the CSP (no inline anything): the form is styled as a card.
    // Runs in the page (this file is type-checked without the DOM library).
    const style = (f: unknown) =>
      (globalThis as unknown as { getComputedStyle(e: unknown): { borderTopStyle: string } }).getComputedStyle(f)
        .borderTopStyle;
    expect(await page.locator('form.card').evaluate(style)).toBe('solid');
    await screenshot(page, 'onboarding-form');
  });

  it("refuses a wrong password with NIC's 1019 and its hint; the platform sees pending with the failure", async () => {
    await page.getByLabel('IRP API user name').fill('acme_api_user');
    await page.getByLabel('IRP API password').fill(WRONG);
    await page.getByRole('button', { name: 'Connect' }).click();
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('Wrong password (NIC 1019: Incorrect Password).');
    expect(await alert.textContent()).toContain('Attempts left: 4');
    // The user name is kept for the next try; the password field is empty again.
    expect(await page.getByLabel('IRP API user name').inputValue()).toBe('acme_api_user');
    expect(await page.getByLabel('IRP API password').inputValue()).toBe('');
    expect(await page.content()).not.toContain(WRONG);
    const got = await api('GET', `/v1/onboarding-links/${link.id}`);
    expect(got.body).toMatchObject({ status: 'pending', failure: { code: '1019', message: 'Incorrect Password' } });
    expect((await api('GET', `/v1/gstins/${GSTIN}`)).status).toBe(404);
    await screenshot(page, 'onboarding-1019');
  });

  it('accepts the right one: connected, the GSTIN registered with that user', async () => {
    await page.getByLabel('IRP API password').fill(RIGHT);
    await page.getByRole('button', { name: 'Connect' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Connected');
    expect(await page.getByRole('status').textContent()).toContain(`GSTIN ${GSTIN} is connected to Test account`);
    const got = await api('GET', `/v1/onboarding-links/${link.id}`);
    expect(got.body).toMatchObject({ status: 'connected', failure: null, failed_attempts: 1 });
    const gstin = await api('GET', `/v1/gstins/${GSTIN}`);
    expect(gstin.body).toMatchObject({ gstin: GSTIN, irp_username: 'acme_api_user', irp_password_set: true });
    await screenshot(page, 'onboarding-connected');
  });

  it('the link is spent: opening it again shows the page every unusable link gets', async () => {
    const again = await page.goto(link.url);
    expect(again?.status()).toBe(404);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('This link cannot be used');
  });

  it('the browser sent no Referer and asked no other origin; both form posts passed the CSRF check as they are', async () => {
    const origin = new URL(h.url).origin;
    expect(browserRequests.length).toBeGreaterThan(0);
    for (const r of browserRequests) expect(new URL(r.url()).origin, r.url()).toBe(origin);
    const posts = browserRequests.filter((r) => r.method() === 'POST');
    expect(posts).toHaveLength(2);
    for (const r of posts) {
      const headers = await r.allHeaders();
      expect(headers.referer).toBeUndefined();
      expect(headers.origin).toBe('null'); // what no-referrer makes Chromium send; Sec-Fetch-Site decides
      expect(headers['sec-fetch-site']).toBe('same-origin');
    }
  });

  it("no API answer and no request-log row of the platform's account holds the password", async () => {
    await api('GET', '/v1/onboarding-links');
    await api('GET', '/v1/audit-events?limit=100');
    const exported = await h.request('GET', '/v1/logs/export', { token: h.apiKey, raw: true });
    expect(exported.status).toBe(200);
    const rows = exported.text
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    // The platform's calls are all there (create, the reads above), with their bodies.
    expect(rows.filter((r) => r.operation === 'createOnboardingLink')).toHaveLength(1);
    expect(rows.length).toBeGreaterThanOrEqual(apiAnswers.length);
    for (const text of [...apiAnswers.map((a) => a.text), exported.text, h.logLines.join('\n')])
      expect(text).not.toContain(WRONG);
    // The right password is the sandbox's "sandbox": no value equals it but the environment's name.
    const values = [...apiAnswers.flatMap((a) => strings(a.body)), ...rows.flatMap((r) => strings(r))];
    expect(values.length).toBeGreaterThan(50);
    expect(values.filter(([key, value]) => value === RIGHT && key !== 'environment')).toEqual([]);
    expect(values.some(([key]) => key === 'irp_password')).toBe(false);
  });

  it('the form page has no serious accessibility violations', async () => {
    const other = await api('POST', '/v1/onboarding-links', { gstin: '27AAPFU0939F1ZV' });
    const axeContext = await newContext(browser, h.url); // axe is injected, so this context bypasses the CSP
    const axePage = await axeContext.newPage();
    await axePage.goto(other.body.url);
    await expectAccessible(axePage);
    await axeContext.close();
  });
});
